import { describe, expect, it } from "vitest";
import { type HarnessResult, runFdaHarness } from "./fda-harness.ts";

/**
 * The smallest fentanyl IV bolus that ends in cardiac arrest within the FDA's 90 minutes without naloxone,
 * for the FDA typical chronic subject (our model, volume quirk left out). Measured by bisection at rtol
 * 1e-5, 1e-6 and 1e-8 alike: arrest from 1.807 mg, none at 1.806 mg. The test brackets it at ±0.05 mg,
 * and checks the FDA's mean + 1 SD post-mortem dose, 2.965 mg.
 *
 * (Opioid-naive exponents, measured with a copy of the harness: threshold 1.155 mg; 2.965 mg arrests at
 * about 593 s.)
 */
const THRESHOLD_MG = 1.81;

/** Arrest time (s), read from the event log by its label so that it does not depend on the log's type. */
function arrest_s(r: HarnessResult): number | undefined {
  const e = r.log.find((x) => x.detail.startsWith("cardiac arrest"));
  return r.cardiacArrest_s ?? (e === undefined ? undefined : e.time * 3600);
}

const run = (dose_mg: number) =>
  runFdaHarness({ naloxone: false, fentanylDose_mg: dose_mg, outputTimes_s: [0, 5400] });

describe("fentanyl IV dose that ends in cardiac arrest (chronic subject, no naloxone)", () => {
  it("survives just below the threshold", () => {
    expect(arrest_s(run(THRESHOLD_MG - 0.05))).toBeUndefined();
  });

  it("arrests just above it, about 11 minutes after the dose", () => {
    const t = arrest_s(run(THRESHOLD_MG + 0.05));
    expect(t).toBeDefined();
    expect(t!).toBeGreaterThan(600);
    expect(t!).toBeLessThan(680);
  });

  it("arrests at the FDA's mean + 1 SD post-mortem dose, 2.965 mg", () => {
    const t = arrest_s(run(2.965));
    expect(t).toBeDefined();
    // Measured 605 s.
    expect(Math.abs(t! - 605)).toBeLessThan(15);
  });
});
