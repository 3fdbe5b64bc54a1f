import { describe, expect, it } from "vitest";
import { type HarnessResult, runFdaHarness } from "./fda-harness.ts";

const COLUMNS = [
  "ventilation_l_min",
  "pao2_mmhg",
  "paco2_mmhg",
  "sao2_pct",
  "brain_po2_mmhg",
  "cardiac_output_l_min",
  "occupancy_fentanyl",
  "occupancy_naloxone",
] as const;

function expectFinitePhysical(r: HarnessResult) {
  for (const c of COLUMNS) {
    for (const v of r[c]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
  }
  for (let i = 0; i < r.times_s.length; i++) {
    expect(r.occupancy_fentanyl[i]! + r.occupancy_naloxone[i]!).toBeLessThanOrEqual(1 + 1e-9);
  }
  expect(r.finalState.every(Number.isFinite)).toBe(true);
  expect(r.extrapolated).toBe(0);
  expect(r.expired).toBe(0);
}

/** The "extreme inputs stay physical" criterion, on the FDA harness. */
describe("extreme inputs", () => {
  it("full receptor activation forever: cardiac arrest, finite blood gases", () => {
    const r = runFdaHarness({ naloxone: false, fixedActivation: 1 });
    expect(r.cardiacArrest_s).toBeDefined();
    expectFinitePhysical(r);
  });

  it("100 mg fentanyl IV, naloxone given: cardiac arrest, finite blood gases", () => {
    const r = runFdaHarness({ naloxone: true, fentanylDose_mg: 100 });
    expect(r.naloxoneTriggered_s).toBeDefined();
    expect(r.cardiacArrest_s).toBeDefined();
    expectFinitePhysical(r);
  });
});
