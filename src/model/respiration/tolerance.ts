import type { Parameter } from "../../pharmacology/types.ts";
import type { KineticLigand } from "../receptor/kinetic-binding.ts";
import { concentrationForOccupancy_nM } from "./c50.ts";
import { activationAtFraction, type GasClamp, type OpioidExponents } from "./isohypercapnic.ts";
import { OPIOID_EXPONENTS, RESPIRATION_PARAMETERS, type RespirationParameters } from "./parameters.ts";

/**
 * Respiratory tolerance of chronic high-dose opioid users: fentanyl's effect-site C50 for isohypercapnic
 * ventilation was 1.82 ± 0.39 ng/mL in 8 chronic users vs 0.42 ± 0.07 ng/mL in 14 opioid-naive
 * volunteers, a 4.3-fold shift.
 */
export const CHRONIC_TOLERANCE_FOLD: Parameter = {
  value: 1.82 / 0.42,
  unit: "1",
  source:
    "Algera MH et al. 2021, Clin Pharmacol Ther 109(5):1336 (doi 10.1002/cpt.2027), abstract: fentanyl C50 for " +
    "isohypercapnic ventilation 0.42 (naive) vs 1.82 ng/mL (chronic high-dose users)",
  confidence: "derived",
  note:
    "Ratio of the two published C50s. The FDA overdose model's chronic exponents (× 1.47) give only a 1.7-fold " +
    "shift through this breathing physiology, so the engine fits its own multiplier to this ratio.",
};

/**
 * The isohypercapnic clamp the engine's C50s are measured at: end-tidal PCO2 7 kPa (52.5 mmHg), as in
 * Dahan 2005 (Br J Anaesth 94:825, abstract); normoxia taken as PaO2 100 mmHg (ASSUMPTION: oxygen not
 * stated in the abstracts). At this clamp the FDA naive exponents give Algera's naive C50 (0.42 ng/mL).
 */
export const REFERENCE_CLAMP: GasClamp = { paco2_mmhg: 52.5, pao2_mmhg: 100 };

const cache = new Map<string, OpioidExponents>();

/**
 * The breathing exponents of a person whose fentanyl C50 (at {@link REFERENCE_CLAMP}) is `fold` times the
 * opioid-naive one: the FDA naive exponents (P1 = 2.875, P3 = 0.9) times one multiplier k found by
 * bisection — the FDA's own way of expressing tolerance (it uses k = 1.47), calibrated to a measured
 * shift. A larger exponent on an activation below 1 means less effect. Cached per argument set.
 *
 * @example
 * exponentsForToleranceFold(1, fentanyl, 0.05)    // the naive exponents
 * exponentsForToleranceFold(4.33, fentanyl, 0.05) // ≈ × 3.1: Algera's chronic users
 */
export function exponentsForToleranceFold(
  fold: number,
  fentanyl: KineticLigand,
  endogenousOccupancy: number,
  params: RespirationParameters = RESPIRATION_PARAMETERS,
): OpioidExponents {
  if (!(fold >= 1 && fold <= 100)) throw new RangeError(`tolerance fold must be in [1, 100], got ${fold}`);
  const key = `${fold}|${fentanyl.kon_per_nm_n_h}|${fentanyl.koff_per_h}|${fentanyl.hill}|${endogenousOccupancy}`;
  const hit = params === RESPIRATION_PARAMETERS ? cache.get(key) : undefined;
  if (hit) return hit;
  const naive = {
    chemoreflexExponent: OPIOID_EXPONENTS.naive.chemoreflex.value,
    wakefulnessExponent: OPIOID_EXPONENTS.naive.wakefulness.value,
  };
  const scaled = (k: number) => ({
    chemoreflexExponent: naive.chemoreflexExponent * k,
    wakefulnessExponent: naive.wakefulnessExponent * k,
  });
  const c50 = (k: number) => {
    const a = activationAtFraction(0.5, scaled(k), REFERENCE_CLAMP, params);
    if (a === undefined || a >= 1) throw new RangeError(`no C50 for exponent multiplier ${k}`);
    return concentrationForOccupancy_nM(fentanyl, a, endogenousOccupancy);
  };
  const base = c50(1);
  let lo = 1;
  let hi = 1;
  while (c50(hi) / base < fold) {
    lo = hi;
    hi *= 2;
    if (hi > 1e4) throw new RangeError(`tolerance fold ${fold} is out of reach`);
  }
  for (let i = 0; i < 60 && hi - lo > 1e-10 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (c50(mid) / base < fold) lo = mid;
    else hi = mid;
  }
  const out = scaled(0.5 * (lo + hi));
  if (params === RESPIRATION_PARAMETERS) cache.set(key, out);
  return out;
}
