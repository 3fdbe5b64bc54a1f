import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureChronicReference } from "../../../scripts/chronic-reference.ts";
import {
  ADAPTATION_PARAMETERS,
  CHRONIC_REFERENCE,
  COWS_ITEMS,
  cowsItems,
  cowsSeverity,
  createAdaptation,
  TOLERANCE_ENDPOINTS,
  toleranceScale,
} from "../../../src/model/adaptation/index.ts";

const ad = createAdaptation(0);
const start = (history: "naive" | "chronic", daysAbstinent?: number) => {
  const y = new Float64Array(ad.size);
  ad.writeStart(y, { history, ...(daysAbstinent === undefined ? {} : { daysAbstinent }) });
  return y;
};

/** Integrates the block alone at a constant activation (explicit Euler, small steps; the block is slow). */
function hold(y: Float64Array, activation: number, hours: number, lofexidine_nM = 0): Float64Array {
  const d = new Float64Array(ad.size);
  const dt = 0.01;
  for (let t = 0; t < hours; t += dt) {
    ad.rhs(y, activation, lofexidine_nM, d);
    for (let i = 0; i < ad.size; i++) y[i]! += dt * d[i]!;
  }
  return y;
}

describe("tolerance scales", () => {
  it("map a fold shift to an exponent and back, for every endpoint", () => {
    for (const k of TOLERANCE_ENDPOINTS) {
      const s = toleranceScale(k);
      expect(s.exponentForFold(1)).toBeCloseTo(1, 6);
      for (const fold of [1.5, 4.33, 8]) {
        expect(s.foldForExponent(s.exponentForFold(fold))).toBeCloseTo(fold, 2);
      }
    }
  });

  it("puts the reference chronic user at each endpoint's chronic fold (Algera's 4.3 for breathing)", () => {
    const y = start("chronic");
    for (const k of TOLERANCE_ENDPOINTS) {
      expect(ad.fold(y, k)).toBeCloseTo(ADAPTATION_PARAMETERS.endpoints[k].chronicFold.value, 1);
    }
    expect(ad.fold(y, "breathing")).toBeCloseTo(1.82 / 0.42, 1);
  });

  it("makes a partial agonist lose more than a full agonist under the same tolerance", () => {
    const kappa = toleranceScale("euphoria").exponentForFold(5);
    expect(0.74 ** kappa / 0.74).toBeLessThan(0.95 ** kappa / 0.95);
  });
});

describe("adaptation dynamics", () => {
  it("a naive person without drug stays at zero", () => {
    const y = hold(start("naive"), 0, 48);
    for (const v of y) expect(v).toBe(0);
  });

  it("at a constant activation dependence settles where the drug opposes it exactly (no withdrawal)", () => {
    const y = hold(start("naive"), 0.6, 24 * 60);
    expect(ad.withdrawalDrive(y, 0.6)).toBeLessThan(0.02);
    expect(ad.signsFast(y)).toBeLessThan(0.03);
  });

  it("withdrawal follows stopping, and fades over days", () => {
    const y = start("chronic");
    hold(y, 0, 24);
    const day1 = ad.signsFast(y);
    expect(day1).toBeGreaterThan(0.5);
    hold(y, 0, 24 * 9);
    expect(ad.signsFast(y)).toBeLessThan(0.3 * day1);
  });

  it("lofexidine lowers the signs, not the dependence", () => {
    const a = hold(start("chronic"), 0, 24);
    const b = hold(start("chronic"), 0, 24, 20);
    expect(ad.signsFast(b)).toBeLessThan(ad.signsFast(a));
    expect(ad.dependence(b)).toBeCloseTo(ad.dependence(a), 12);
  });

  it("tolerance to euphoria outpaces tolerance to breathing: the margin narrows in the first weeks", () => {
    const y = hold(start("naive"), 0.85, 24 * 5);
    const euphoria = ad.fold(y, "euphoria");
    const breathing = ad.fold(y, "breathing");
    expect(euphoria / breathing).toBeGreaterThan(1.3);
    // In the long run the shifts approach the chronic folds (5 vs 4.33): the gap closes from above.
    expect(euphoria / breathing).toBeGreaterThan(5 / 4.33);
  });

  it("tolerance fades with days of abstinence, monotonically", () => {
    const folds = [0, 1, 7, 30, 365].map((d) => ad.fold(start("chronic", d), "breathing"));
    for (let i = 1; i < folds.length; i++) expect(folds[i]).toBeLessThan(folds[i - 1]!);
    expect(folds[4]).toBeCloseTo(1, 2);
  });

  it("stays finite and non-negative for any activation history (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 2, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (as) => {
          const y = start("chronic", 3);
          for (const a of as) hold(y, a, 2);
          for (const v of y) expect(Number.isFinite(v) && v >= -1e-9).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("COWS", () => {
  it("scores 0 at rest and at most 48 in the worst withdrawal", () => {
    const out = new Float64Array(COWS_ITEMS.length);
    expect(cowsItems({ fast: 0, slow: 0, heartRate_bpm: 70, pupilAboveRest_mm: 0 }, out)).toBe(0);
    const worst = cowsItems({ fast: 1e6, slow: 1e6, heartRate_bpm: 200, pupilAboveRest_mm: 10 }, out);
    expect(worst).toBeCloseTo(48, 3);
    expect(COWS_ITEMS.reduce((s, i) => s + i.max, 0)).toBe(48);
  });

  it("has the form's eleven items and severity bands", () => {
    expect(COWS_ITEMS).toHaveLength(11);
    expect([0, 5, 12, 13, 24, 25, 36, 37].map(cowsSeverity)).toEqual([
      "none",
      "mild",
      "mild",
      "moderate",
      "moderate",
      "moderately severe",
      "moderately severe",
      "severe",
    ]);
  });

  it("orders the signs as the clinical staging does: anxiety and yawning first, gut signs last", () => {
    const half = (name: string) => COWS_ITEMS.find((i) => i.name === name)!.driver!.half.value;
    expect(half("anxiety")).toBeLessThan(half("yawning"));
    expect(half("yawning")).toBeLessThan(half("runny_nose_tearing"));
    expect(half("runny_nose_tearing")).toBeLessThan(half("sweating"));
    expect(half("sweating")).toBeLessThan(half("gooseflesh"));
    expect(half("sweating")).toBeLessThan(half("tremor"));
    // Aches and gut signs follow the slow sign level (hours), the rest the fast one (minutes).
    const slow = COWS_ITEMS.filter((i) => i.driver?.signs === "slow").map((i) => i.name);
    expect(slow).toEqual(["aches", "gi_upset"]);
  });
});

describe("the reference chronic state", () => {
  it("is what 120 days of 4 × 25 mg IV heroin a day gives on this engine (re-run scripts/chronic-reference.ts)", () => {
    const measured = measureChronicReference();
    for (const [k, v] of Object.entries(CHRONIC_REFERENCE)) {
      expect(measured[k as keyof typeof measured]).toBeCloseTo(v, 3);
    }
  }, 60_000);
});
