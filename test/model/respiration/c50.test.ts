import { describe, expect, it } from "vitest";
import {
  equilibriumOccupancy,
  fromFdaUnits,
  halfOccupancy_nM,
  type KineticLigand,
} from "../../../src/model/receptor/kinetic-binding.ts";
import {
  concentrationForOccupancy_nM,
  effectSiteC50_ng_ml,
  FENTANYL_MOLAR_MASS_G_MOL,
  fentanylC50_ng_ml,
} from "../../../src/model/respiration/c50.ts";
import { clampForRestingVentilation } from "../../../src/model/respiration/isohypercapnic.ts";
import { opioidExponents } from "../../../src/model/respiration/model.ts";

const fentanyl = fromFdaUnits("fentanyl", { kon_per_pm_n_s: 3.081e-5, koff_per_s: 0.004331, hill: 0.8439 });
/** A constant ligand at 1 (arbitrary unit) that occupies `occ0` of a drug-free pool. */
const tone = (occ0: number): KineticLigand => ({
  id: "endogenous",
  kon_per_nm_n_h: occ0 / (1 - occ0),
  koff_per_h: 1,
  hill: 1,
});
const OCC0 = 0.05;
const DAHAN = { paco2_mmhg: 52.5, pao2_mmhg: 100 } as const;
const CLAMP_20 = { paco2_mmhg: clampForRestingVentilation(20, 100), pao2_mmhg: 100 } as const;

describe("concentrationForOccupancy_nM", () => {
  it("is fentanyl's half-occupancy concentration without tone", () => {
    expect(
      Math.abs(concentrationForOccupancy_nM(fentanyl, 0.5, 0) / halfOccupancy_nM(fentanyl) - 1),
    ).toBeLessThan(1e-12);
  });

  it("inverts the equilibrium occupancy of a pool shared with the tone", () => {
    const out = new Float64Array(2);
    for (const occ0 of [0, 0.05, 0.3]) {
      for (const target of [0.01, 0.42, 0.69, 0.95]) {
        const c = concentrationForOccupancy_nM(fentanyl, target, occ0);
        equilibriumOccupancy([fentanyl, tone(occ0)], [c, 1], out);
        expect(Math.abs(out[0]! - target)).toBeLessThan(1e-12);
      }
    }
  });

  it("rejects occupancies outside [0, 1), naming the argument", () => {
    expect(() => concentrationForOccupancy_nM(fentanyl, 1, 0)).toThrow(/occupancy/);
    expect(() => concentrationForOccupancy_nM(fentanyl, Number.NaN, 0)).toThrow(RangeError);
    expect(() => concentrationForOccupancy_nM(fentanyl, 0.5, -0.1)).toThrow(/endogenousOccupancy/);
  });
});

/**
 * Fentanyl's effect-site C50 for 50% depression of clamped ventilation, against Algera 2020 (0.42 ng/mL
 * naive, 1.82 ng/mL chronic, 4.3-fold). Measured, not fitted: the recorded values below (tone 5%, PaO2
 * 100 mmHg) are regression anchors, ±0.005 ng/mL.
 */
describe("fentanyl C50", () => {
  const c50 = (history: "naive" | "chronic", clamp: typeof DAHAN | typeof CLAMP_20) =>
    fentanylC50_ng_ml(history, clamp, fentanyl, OCC0);

  it("is higher in a chronic user than in an opioid-naive one", () => {
    for (const clamp of [DAHAN, CLAMP_20]) expect(c50("chronic", clamp)).toBeGreaterThan(c50("naive", clamp));
  });

  it("lands on Algera's naive C50 at Dahan's 52.5 mmHg clamp, lower at the 20 L/min clamp", () => {
    expect(Math.abs(c50("naive", DAHAN) - 0.42)).toBeLessThan(0.005);
    expect(Math.abs(c50("naive", CLAMP_20) - 0.324)).toBeLessThan(0.005);
  });

  it("documented deviation: the chronic/naive ratio is about 1.7, not Algera's 4.3", () => {
    expect(Math.abs(c50("chronic", DAHAN) - 0.704)).toBeLessThan(0.005);
    expect(Math.abs(c50("chronic", CLAMP_20) - 0.551)).toBeLessThan(0.005);
    for (const clamp of [DAHAN, CLAMP_20]) {
      const ratio = c50("chronic", clamp) / c50("naive", clamp);
      expect(ratio).toBeGreaterThan(1.6);
      expect(ratio).toBeLessThan(1.75);
    }
  });

  it("is the general C50 with fentanyl's molar mass, and grows with the tone", () => {
    const general = effectSiteC50_ng_ml({
      ligand: fentanyl,
      molarMass_g_mol: FENTANYL_MOLAR_MASS_G_MOL,
      exponents: opioidExponents("naive"),
      clamp: DAHAN,
      endogenousOccupancy: OCC0,
    });
    expect(general).toBe(c50("naive", DAHAN));
    expect(fentanylC50_ng_ml("naive", DAHAN, fentanyl, 0)).toBeLessThan(general);
  });

  it("rejects a bad molar mass, naming it", () => {
    expect(() =>
      effectSiteC50_ng_ml({
        ligand: fentanyl,
        molarMass_g_mol: 0,
        exponents: opioidExponents("naive"),
        clamp: DAHAN,
        endogenousOccupancy: OCC0,
      }),
    ).toThrow(/molarMass_g_mol/);
  });
});
