import { describe, expect, it } from "vitest";
import { type HarnessResult, runFdaHarness } from "./fda-harness.ts";

/**
 * The FDA model's typical chronic subject, fentanyl 1.625 mg IV, with and without EVZIO 2 mg IM 60 s
 * after ventilation first falls below 40% of baseline (shared/reference/models.md §7, from the FDA
 * repository's main-branch IM script). Columns: ventilation L/min, PaO2, PaCO2, brain PO2 (mmHg),
 * cardiac output L/min.
 */
type Row = readonly [number, number, number, number, number];
const FDA: Record<"none" | "naloxone", Record<number, Row>> = {
  none: {
    0: [6.76, 92.8, 38.6, 31.6, 4.93],
    30: [1.0, 82.9, 44.1, 35.0, 5.04],
    120: [1.59, 33.7, 49.5, 27.4, 6.59],
    300: [1.68, 12.5, 61.4, 5.8, 9.66],
    600: [0, 25.5, 65.1, 0.1, 0.05],
  },
  naloxone: {
    0: [6.76, 92.8, 38.6, 31.6, 4.93],
    30: [1.0, 82.9, 44.1, 35.0, 5.04],
    120: [1.59, 33.7, 49.5, 27.4, 6.59],
    300: [3.4, 25.1, 55.9, 22.0, 9.52],
    600: [6.24, 93.2, 46.9, 41.8, 5.3],
    3600: [6.23, 91.6, 40.4, 34.5, 5.02],
  },
};
const FDA_ARREST_S = 656;
const FDA_HYPOXIA_ONSET_S = 197;

const COLUMNS = [
  "ventilation_l_min",
  "pao2_mmhg",
  "paco2_mmhg",
  "brain_po2_mmhg",
  "cardiac_output_l_min",
] as const;

/**
 * |ours − FDA| ≤ max(rel·|FDA|, abs) per column. `abs` covers the table's rounding (3 significant
 * digits) and values near zero, where a relative bound means nothing.
 */
function compare(r: HarnessResult, table: Record<number, Row>, rel: number, abs: readonly number[]) {
  const misses: string[] = [];
  for (const [t, row] of Object.entries(table)) {
    const i = Array.from(r.times_s).indexOf(Number(t));
    COLUMNS.forEach((col, j) => {
      const ours = r[col][i]!;
      const ref = row[j]!;
      if (!(Math.abs(ours - ref) <= Math.max(rel * Math.abs(ref), abs[j]!))) {
        misses.push(`t=${t} s ${col}: ours ${ours.toPrecision(4)}, FDA ${ref}`);
      }
    });
  }
  return misses;
}

describe("FDA reference trajectory (models.md §7)", () => {
  // With the FDA's volume-scaling quirk reproduced in the harness PK, this checks the port of the
  // physiology itself. Tolerance 3% or (0.05 L/min, 1 mmHg, 1 mmHg, 1 mmHg, 0.05 L/min): the table's
  // rounding plus our two continuous replacements for the FDA's low-flow jumps, which act only once
  // cardiac output is below 20% of normal (the 600 s no-naloxone row).
  describe("port fidelity (FDA volume quirk reproduced)", () => {
    const none = runFdaHarness({ naloxone: false, fdaVolumeScaling: true });
    const nal = runFdaHarness({ naloxone: true, fdaVolumeScaling: true });

    it("matches the no-naloxone trajectory", () => {
      // 600 s: PaO2 after circulatory arrest depends on how ventilation is switched off (our ramp vs the
      // FDA's jump), so that cell gets 3 mmHg (ours 22.8 vs 25.5 would otherwise need 11%).
      const { 600: late, ...early } = FDA.none;
      expect(compare(none, early, 0.03, [0.05, 1, 1, 1, 0.05])).toEqual([]);
      expect(compare(none, { 600: late! }, 0.03, [0.05, 3, 2, 1, 0.05])).toEqual([]);
    });

    it("matches the naloxone trajectory", () => {
      expect(compare(nal, FDA.naloxone, 0.03, [0.05, 1, 1, 1, 0.05])).toEqual([]);
    });

    it("has a cardiac arrest without naloxone, near the FDA's time, and none with it", () => {
      expect(none.hypoxiaOnset_s).toBeCloseTo(FDA_HYPOXIA_ONSET_S, -1);
      expect(none.cardiacArrest_s).toBeDefined();
      expect(Math.abs(none.cardiacArrest_s! - FDA_ARREST_S)).toBeLessThan(10);
      const iArrest = Array.from(none.times_s).findIndex((t) => t >= none.cardiacArrest_s!);
      expect(none.cardiac_output_l_min[iArrest]!).toBeLessThanOrEqual(0.01);
      expect(nal.cardiacArrest_s).toBeUndefined();
      expect(Math.min(...nal.cardiac_output_l_min)).toBeGreaterThan(4);
    });
  });

  // Our default: the quirk left out. Before 300 s cardiac output stays below the quirk's switch-on
  // (1.6× baseline), so the early rows must match as tightly as above. With naloxone the later rows may
  // differ by 10% or 3 mmHg (we chose this because the quirk doubles fentanyl's effect-site input while
  // cardiac output is high; observed differences are ≤ 4%).
  describe("our model (volume quirk left out)", () => {
    const none = runFdaHarness({ naloxone: false });
    const nal = runFdaHarness({ naloxone: true });

    it("matches the FDA before the quirk switches on", () => {
      const { 0: a, 30: b, 120: c } = FDA.none;
      expect(compare(none, { 0: a!, 30: b!, 120: c! }, 0.03, [0.05, 1, 1, 1, 0.05])).toEqual([]);
    });

    it("stays within 10% or 3 mmHg of the FDA naloxone trajectory, with no arrest", () => {
      expect(compare(nal, FDA.naloxone, 0.1, [0.1, 3, 3, 3, 0.1])).toEqual([]);
      expect(nal.cardiacArrest_s).toBeUndefined();
      expect(nal.naloxoneTriggered_s! + 60).toBeCloseTo(76.5, 0);
    });

    it("documented deviation: without naloxone PaO2 crosses 15 mmHg but has recovered 220 s later", () => {
      // The FDA's arrest at this dose needs the quirk; here the subject survives (PaO2 nadir ≈ 14 mmHg).
      expect(none.hypoxiaOnset_s).toBeGreaterThan(190);
      expect(none.log.some((e) => e.detail === "collapse cancelled")).toBe(true);
      expect(none.cardiacArrest_s).toBeUndefined();
      expect(Math.min(...none.pao2_mmhg)).toBeLessThan(15);
    });

    it("still arrests at 2 mg, within a minute of the FDA's 1.625 mg time", () => {
      const r = runFdaHarness({ naloxone: false, fentanylDose_mg: 2, outputTimes_s: [] });
      expect(r.cardiacArrest_s).toBeDefined();
      expect(Math.abs(r.cardiacArrest_s! - FDA_ARREST_S)).toBeLessThan(60);
    });

    it("keeps every delayed read inside the stored history", () => {
      for (const r of [none, nal]) {
        expect(r.extrapolated).toBe(0);
        expect(r.expired).toBe(0);
      }
    });
  });
});
