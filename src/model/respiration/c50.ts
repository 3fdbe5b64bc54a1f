import type { KineticLigand } from "../receptor/kinetic-binding.ts";
import { activationAtFraction, type GasClamp, type OpioidExponents } from "./isohypercapnic.ts";
import { opioidExponents } from "./model.ts";
import { RESPIRATION_PARAMETERS, type RespirationParameters } from "./parameters.ts";

/*
 * The model's effect-site C50 for isohypercapnic ventilation, the quantity Algera 2020 (Clin Pharmacol
 * Ther, doi 10.1002/cpt.2027) estimated for fentanyl: 0.42 ng/mL in opioid-naive volunteers, 1.82 ng/mL
 * in chronic high-dose users. Two steps, both at equilibrium:
 * 1. A50: the activation that halves clamped ventilation (isohypercapnic.ts);
 * 2. the concentration at which a full agonist's equilibrium occupancy equals A50 in a receptor pool that
 *    also holds the endogenous opioid tone: with r = kon·C^n/koff for each ligand,
 *    Occ = r/(1 + r_tone + r), and r_tone = occ0/(1 − occ0) from the tone's drug-free occupancy occ0.
 *    Solving for C: r = A50·(1 + r_tone)/(1 − A50), C = (r·koff/kon)^(1/n).
 * The tone competes for receptors but is not counted in A here (A = the full agonist's occupancy).
 */

/** Fentanyl base, C22H28N2O (standard atomic weights). */
export const FENTANYL_MOLAR_MASS_G_MOL = 336.47;

/**
 * The concentration (nM) at which `ligand`'s equilibrium occupancy is `occupancy` in a pool that also
 * holds a competing constant ligand of drug-free occupancy `endogenousOccupancy`.
 *
 * @throws {RangeError} when `occupancy` or `endogenousOccupancy` is not in [0, 1).
 *
 * @example
 * concentrationForOccupancy_nM(fentanyl, 0.5, 0)    // ≈ 0.35 (halfOccupancy_nM)
 * concentrationForOccupancy_nM(fentanyl, 0.5, 0.05) // a little more: the tone competes
 * concentrationForOccupancy_nM(fentanyl, 1, 0)      // throws RangeError (occupancy)
 */
export function concentrationForOccupancy_nM(
  ligand: KineticLigand,
  occupancy: number,
  endogenousOccupancy: number,
): number {
  checkFraction(occupancy, "occupancy");
  checkFraction(endogenousOccupancy, "endogenousOccupancy");
  const rTone = endogenousOccupancy / (1 - endogenousOccupancy);
  const r = (occupancy * (1 + rTone)) / (1 - occupancy);
  return ((r * ligand.koff_per_h) / ligand.kon_per_nm_n_h) ** (1 / ligand.hill);
}

/** What {@link effectSiteC50_ng_ml} needs. */
export interface EffectSiteC50Options {
  /** The full agonist's binding constants (engine units, `fromFdaUnits`). */
  readonly ligand: KineticLigand;
  readonly molarMass_g_mol: number;
  readonly exponents: OpioidExponents;
  /** The arterial gases of the isohypercapnic clamp. */
  readonly clamp: GasClamp;
  /** Drug-free receptor occupancy of the endogenous tone, [0, 1). */
  readonly endogenousOccupancy: number;
  /** Fraction of clamped ventilation left (default 0.5: the C50). */
  readonly fraction?: number;
  readonly params?: RespirationParameters;
}

/**
 * Effect-site concentration (ng/mL) of a full agonist that leaves `fraction` (default 50%) of clamped
 * drug-free ventilation at equilibrium.
 *
 * @throws {RangeError} when no activation reaches `fraction`, or on invalid arguments (named).
 *
 * @example
 * effectSiteC50_ng_ml({ ligand: fentanyl, molarMass_g_mol: 336.47, exponents: opioidExponents("naive"),
 *   clamp: { paco2_mmhg: 52.5, pao2_mmhg: 100 }, endogenousOccupancy: 0.05 }) // ≈ 0.42
 */
export function effectSiteC50_ng_ml(o: EffectSiteC50Options): number {
  if (!(o.molarMass_g_mol > 0 && Number.isFinite(o.molarMass_g_mol))) {
    throw new RangeError(`molarMass_g_mol must be a positive number, got ${o.molarMass_g_mol}`);
  }
  const fraction = o.fraction ?? 0.5;
  const a = activationAtFraction(fraction, o.exponents, o.clamp, o.params ?? RESPIRATION_PARAMETERS);
  if (a === undefined || a >= 1) {
    throw new RangeError(`fraction: no occupancy below 1 leaves ${fraction} of clamped ventilation`);
  }
  // nM × g/mol = ng/L; / 1000 → ng/mL.
  return (concentrationForOccupancy_nM(o.ligand, a, o.endogenousOccupancy) * o.molarMass_g_mol) / 1000;
}

/**
 * Fentanyl's effect-site C50 (ng/mL) for 50% depression of isohypercapnic ventilation, for an
 * opioid-naive or a chronic user (the FDA exponents), to set beside Algera 2020 (0.42 and 1.82 ng/mL).
 *
 * @example
 * const fentanyl = fromFdaUnits("fentanyl", { kon_per_pm_n_s: 3.081e-5, koff_per_s: 0.004331, hill: 0.8439 });
 * const clamp = { paco2_mmhg: 52.5, pao2_mmhg: 100 };
 * fentanylC50_ng_ml("naive", clamp, fentanyl, 0.05)   // ≈ 0.42
 * fentanylC50_ng_ml("chronic", clamp, fentanyl, 0.05) // ≈ 0.70 (Algera: 1.82)
 */
export function fentanylC50_ng_ml(
  history: "naive" | "chronic",
  clamp: GasClamp,
  fentanyl: KineticLigand,
  endogenousOccupancy: number,
  params: RespirationParameters = RESPIRATION_PARAMETERS,
): number {
  return effectSiteC50_ng_ml({
    ligand: fentanyl,
    molarMass_g_mol: FENTANYL_MOLAR_MASS_G_MOL,
    exponents: opioidExponents(history),
    clamp,
    endogenousOccupancy,
    params,
  });
}

function checkFraction(x: number, name: string): void {
  if (!(x >= 0 && x < 1)) throw new RangeError(`${name} must be in [0, 1), got ${x}`);
}
