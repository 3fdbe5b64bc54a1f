import { describe, expect, it } from "vitest";
import { RespirationCore } from "../../../src/model/respiration/core.ts";
import { steadyState } from "../../../src/model/respiration/equilibrium.ts";
import {
  activationAtFraction,
  clampForRestingVentilation,
  efficacyForCeiling,
  isohypercapnicSteadyState,
  isohypercapnicVentilation_l_min,
} from "../../../src/model/respiration/isohypercapnic.ts";
import { PHYSIOLOGY_SIZE, RESPIRATION_SIZE } from "../../../src/model/respiration/layout.ts";
import { createRespiration, opioidExponents } from "../../../src/model/respiration/model.ts";
import { RESPIRATION_PARAMETERS } from "../../../src/model/respiration/parameters.ts";

const naive = opioidExponents("naive");
const chronic = opioidExponents("chronic");
/** Dahan 2005: end-tidal PCO2 7 kPa. PaO2 100 mmHg stands for a normoxic clamp (not given in the abstract). */
const DAHAN = { paco2_mmhg: 52.5, pao2_mmhg: 100 } as const;
const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/**
 * The free-breathing model at steady state under a constant activation: solve f(y) = 0 for the
 * physiological states (the delays drop out), starting from the drug-free baseline.
 */
function freeBreathing(activation: number, history: "naive" | "chronic") {
  const resp = createRespiration();
  const core = new RespirationCore(RESPIRATION_PARAMETERS);
  const drive = { agonistActivation: activation, ...opioidExponents(history) };
  const full = Float64Array.from(resp.baseline);
  const d = new Float64Array(RESPIRATION_SIZE);
  const x = steadyState(
    (xi, dx) => {
      full.set(xi);
      core.evaluate(full, 0, d, 0, drive, null, 0, 1);
      dx.set(d.subarray(0, PHYSIOLOGY_SIZE));
    },
    resp.baseline.slice(0, PHYSIOLOGY_SIZE),
    Float64Array.of(40, 100, 0.6, 1e-3, 0.6, 1e-3, 0.1, 0.1, 1, 1, 1),
  );
  full.set(x);
  return resp.observe(full, drive);
}

describe("isohypercapnic (clamped) ventilation", () => {
  // Oracle: any steady state of the full model is also a clamped steady state at its own arterial gases.
  // Tolerance 1e-9 relative: both are exact steady states, differing only by Newton round-off.
  it.each([
    [0, "naive"],
    [0.3, "chronic"],
    [0.5, "chronic"],
    [0.7, "naive"],
  ] as const)("reproduces the free-breathing steady state at A = %s (%s)", (a, history) => {
    const free = freeBreathing(a, history);
    const clamp = { paco2_mmhg: free.paco2_mmhg, pao2_mmhg: free.pao2_mmhg };
    const s = isohypercapnicSteadyState(a, opioidExponents(history), clamp);
    expect(relErr(s.ventilation_l_min, free.ventilation_l_min)).toBeLessThan(1e-9);
    expect(relErr(s.brain_pco2_mmhg, free.brain_pco2_mmhg)).toBeLessThan(1e-9);
    expect(relErr(s.brain_po2_mmhg, free.brain_po2_mmhg)).toBeLessThan(1e-9);
    expect(relErr(s.brain_blood_flow_l_min, free.brain_blood_flow_l_min)).toBeLessThan(1e-9);
  });

  it("sets a clamp whose drug-free ventilation is the target", () => {
    for (const pao2 of [92.8, 100, 110]) {
      const paco2 = clampForRestingVentilation(20, pao2);
      const v = isohypercapnicVentilation_l_min(0, naive, { paco2_mmhg: paco2, pao2_mmhg: pao2 });
      expect(Math.abs(v - 20)).toBeLessThan(1e-9);
    }
    // At PaO2 100 mmHg, 20 L/min needs PaCO2 ≈ 47.0 mmHg; Dahan's 52.5 mmHg gives ≈ 33.6 L/min.
    expect(clampForRestingVentilation(20, 100)).toBeCloseTo(46.97, 2);
    expect(isohypercapnicVentilation_l_min(0, naive, DAHAN)).toBeCloseTo(33.63, 2);
    const back = clampForRestingVentilation(isohypercapnicVentilation_l_min(0, naive, DAHAN), 100);
    expect(Math.abs(back - 52.5)).toBeLessThan(1e-9);
  });

  it("decreases in A from rest to 0 (201-point grid, both histories, two clamps)", () => {
    const clamps = [DAHAN, { paco2_mmhg: clampForRestingVentilation(20, 100), pao2_mmhg: 100 }];
    for (const clamp of clamps) {
      for (const e of [naive, chronic]) {
        let previous = Number.POSITIVE_INFINITY;
        for (let i = 0; i <= 200; i++) {
          const v = isohypercapnicVentilation_l_min(i / 200, e, clamp);
          expect(v).toBeLessThan(previous);
          previous = v;
        }
        expect(previous).toBe(0);
      }
    }
  });

  it("silences both drives at A = 1", () => {
    const s = isohypercapnicSteadyState(1, naive, DAHAN);
    expect(s.wakefulness_drive_l_min).toBe(0);
    expect(s.chemoreflex_drive_l_min).toBe(0);
    expect(s.ventilation_l_min).toBe(0);
  });

  it("stays finite on a severely hypoxic clamp (brain below the anaerobic threshold)", () => {
    const s = isohypercapnicSteadyState(0, naive, { paco2_mmhg: 40, pao2_mmhg: 10 });
    expect(s.brain_po2_mmhg).toBeGreaterThan(0);
    expect(s.brain_po2_mmhg).toBeLessThan(RESPIRATION_PARAMETERS.tissue.anaerobicPo2_mmhg.value);
    expect(Number.isFinite(s.ventilation_l_min)).toBe(true);
    // Continuous across the threshold: brain PO2 moves little for a small change in PaO2.
    const pao2 = [12, 12.5, 13, 13.5, 14];
    const po2 = pao2.map(
      (p) => isohypercapnicSteadyState(0, naive, { paco2_mmhg: 40, pao2_mmhg: p }).brain_po2_mmhg,
    );
    for (let i = 1; i < po2.length; i++) {
      expect(po2[i]!).toBeGreaterThan(po2[i - 1]!);
      expect(po2[i]! - po2[i - 1]!).toBeLessThan(2);
    }
  });
});

describe("activationAtFraction and efficacyForCeiling", () => {
  it("finds A with V(A) = fraction·V(0)", () => {
    for (const fraction of [0.1, 0.4, 0.5, 0.6, 0.9]) {
      const a = activationAtFraction(fraction, naive, DAHAN)!;
      const v0 = isohypercapnicVentilation_l_min(0, naive, DAHAN);
      expect(Math.abs(isohypercapnicVentilation_l_min(a, naive, DAHAN) - fraction * v0)).toBeLessThan(1e-9);
    }
    expect(activationAtFraction(1, naive, DAHAN)).toBe(0);
    expect(activationAtFraction(0, naive, DAHAN)).toBeCloseTo(1, 10);
  });

  it("needs more activation in a chronic user (the exponents are 1.47× larger)", () => {
    const n = activationAtFraction(0.5, naive, DAHAN)!;
    const c = activationAtFraction(0.5, chronic, DAHAN)!;
    expect(c).toBeGreaterThan(n);
    // Recorded values (PaO2 100 mmHg): A50 0.735 naive, 0.811 chronic at 52.5 mmHg.
    expect(n).toBeCloseTo(0.7348, 3);
    expect(c).toBeCloseTo(0.8109, 3);
  });

  it("round-trips a ceiling through the clamped ventilation", () => {
    const clamp20 = { paco2_mmhg: clampForRestingVentilation(20, 100), pao2_mmhg: 100 };
    for (const clamp of [DAHAN, clamp20]) {
      const v0 = isohypercapnicVentilation_l_min(0, naive, clamp);
      for (const fraction of [0.4, 0.5, 0.6]) {
        const e = efficacyForCeiling(fraction, naive, clamp);
        expect(Math.abs(isohypercapnicVentilation_l_min(e, naive, clamp) / v0 - fraction)).toBeLessThan(
          1e-10,
        );
      }
    }
    // Recorded values for the lead's buprenorphine fit (naive exponents, PaO2 100 mmHg).
    expect(efficacyForCeiling(0.5, naive, DAHAN)).toBeCloseTo(0.7348, 3);
    expect(efficacyForCeiling(0.5, naive, clamp20)).toBeCloseTo(0.6902, 3);
  });
});

describe("invalid inputs", () => {
  const ok = { paco2_mmhg: 50, pao2_mmhg: 100 };
  it.each([Number.NaN, -0.1, 1.2])("rejects activation %s", (a) => {
    expect(() => isohypercapnicVentilation_l_min(a, naive, ok)).toThrow(RangeError);
    expect(() => isohypercapnicVentilation_l_min(a, naive, ok)).toThrow(/activation/);
  });
  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])("rejects PaCO2 %s", (p) => {
    expect(() => isohypercapnicVentilation_l_min(0.5, naive, { ...ok, paco2_mmhg: p })).toThrow(
      /clamp\.paco2_mmhg/,
    );
  });
  it("rejects a bad PaO2, exponent, fraction or target, naming it", () => {
    const e = (f: () => unknown, name: RegExp) => {
      expect(f).toThrow(RangeError);
      expect(f).toThrow(name);
    };
    e(
      () => isohypercapnicVentilation_l_min(0.5, naive, { ...ok, pao2_mmhg: Number.NaN }),
      /clamp\.pao2_mmhg/,
    );
    e(
      () => isohypercapnicVentilation_l_min(0.5, { ...naive, chemoreflexExponent: Number.NaN }, ok),
      /exponents\.chemoreflexExponent/,
    );
    e(
      () => isohypercapnicVentilation_l_min(0.5, { ...naive, wakefulnessExponent: 0 }, ok),
      /exponents\.wakefulnessExponent/,
    );
    e(() => activationAtFraction(1.5, naive, ok), /fraction/);
    e(() => efficacyForCeiling(Number.NaN, naive, ok), /fraction/);
    e(() => clampForRestingVentilation(3, 100), /target_l_min/);
    e(() => clampForRestingVentilation(Number.NaN, 100), /target_l_min/);
    e(() => clampForRestingVentilation(20, -1), /pao2_mmhg/);
  });
});
