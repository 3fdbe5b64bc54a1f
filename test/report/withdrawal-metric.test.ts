import { describe, expect, it } from "vitest";
import { withdrawalOf } from "../../src/report/metrics.ts";
import type { SeriesColumn, SimulationResult } from "../../src/simulate.ts";

/** A result with only what withdrawalOf reads: the time grid and the doses given. */
function result(time_h: number[], given: { drug: string; time_h: number }[]): SimulationResult {
  return {
    time_h: Float64Array.from(time_h),
    given: given.map((d, k) => ({ ...d, source: `doses[${k}]` })),
  } as unknown as SimulationResult;
}
const cows = (values: number[]): SeriesColumn => ({
  name: "cows_total",
  unit: "score 0–48",
  label: "COWS",
  values: Float64Array.from(values),
});

describe("withdrawal onset after the last agonist dose", () => {
  const t = [0, 10, 20, 30, 40, 50, 60, 70, 80];
  // An early episode (a switch from heroin to a first methadone dose) crosses 5 between 10 and 20 h and
  // settles; the withdrawal after the last dose (40 h) crosses 5 between 60 and 70 h.
  const v = [0, 3, 7, 2, 1, 2, 4, 6, 9];
  /** The metric of COWS `values` on the grid t with these doses given. */
  const metric = (values: number[], given: { drug: string; time_h: number }[]) =>
    withdrawalOf(cows(values), result(t, given));

  it("counts from the last agonist dose to the first crossing after it, not to an earlier episode", () => {
    const w = metric(v, [
      { drug: "heroin", time_h: 0 },
      { drug: "methadone", time_h: 16 },
      { drug: "methadone", time_h: 40 },
    ]);
    expect(w.onset_h).toBeCloseTo(15, 12); // the run's first crossing is still reported as onset_h
    expect(w.last_agonist_h).toBe(40);
    expect(w.onset_after_last_agonist_h).toBeCloseTo(65 - 40, 12);
  });

  it("ignores antagonist doses when it finds the last agonist", () => {
    const w = metric(v, [
      { drug: "heroin", time_h: 40 },
      { drug: "naloxone", time_h: 50 },
    ]);
    expect(w.onset_after_last_agonist_h).toBeCloseTo(25, 12);
  });

  it("is null when COWS does not reach the threshold after the last agonist dose", () => {
    const w = metric([0, 3, 7, 9, 4, 3, 2, 1, 0], [{ drug: "heroin", time_h: 25 }]);
    expect(w.onset_h).toBeCloseTo(15, 12);
    expect(w.onset_after_last_agonist_h).toBeNull();
  });

  it("does not depend on where the output grid falls: a crossing before the dose in the same interval does not count, one after it does", () => {
    // COWS crosses 5 at 15 h and stays up; a dose at 16 h (inside the 10–20 h interval) is given in withdrawal.
    const up = [0, 3, 7, 9, 9, 9, 9, 9, 9];
    expect(metric(up, [{ drug: "heroin", time_h: 16 }]).onset_after_last_agonist_h).toBeNull();
    // Doses before the crossing, in the same interval or the one before, count from the dose.
    for (const dose of [8, 12, 14.5]) {
      const w = metric(up, [{ drug: "heroin", time_h: dose }]);
      expect(w.onset_after_last_agonist_h).toBeCloseTo(15 - dose, 12);
    }
  });

  it("counts every dose given, in whatever order the run lists them (condition-given ones come last)", () => {
    const w = metric(v, [
      { drug: "heroin", time_h: 0 },
      { drug: "buprenorphine", time_h: 40 },
      { drug: "buprenorphine", time_h: 30 },
    ]);
    expect(w.last_agonist_h).toBe(40);
    expect(w.onset_after_last_agonist_h).toBeCloseTo(25, 12);
  });

  it("is null with no agonist dose at all", () => {
    expect(metric(v, [{ drug: "naloxone", time_h: 0 }]).onset_after_last_agonist_h).toBeNull();
  });
});
