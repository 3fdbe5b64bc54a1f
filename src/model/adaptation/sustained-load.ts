import type { ToleranceScale } from "./exponents.ts";
import { RAMP_EPS, ramp, rampSlope } from "./ramp.ts";

/*
 * Tolerance from a sustained receptor load (docs/model.md §6, docs/next-in-vivo-occupancy.md §11).
 *
 * A slow state L follows the log of the receptor load, u = −ln(1 − A) (= ln(1 + R), R the summed occupancy
 * ratios, for full agonists at equilibrium). Averaged over days, u is higher for a drug that keeps the load up
 * between doses (methadone) than for one whose load falls at every trough (heroin every 6 h), because the
 * log is concave. Above the reference heroin user's highest L, the load adds a fold
 *
 *   F = 1 + (F_max − 1)·(1 − exp(−k·max(0, L − L*)))
 *
 * which the effect endpoints multiply into their tolerance fold and the locus coeruleus reads as a loss of
 * receptor reserve. Everything here is a pure function of numbers; the state lives in model.ts.
 */

/**
 * Activation above which u is held constant: u ≤ 13.8 (a load of 10⁶). The pool's stimulus stays below 1
 * for any finite concentration (the nearest a scenario has come is 1 − A = 1.5e-3), but a guard keeps u
 * finite whatever the input.
 */
const A_MAX = 1 - 1e-6;

/**
 * The log of the receptor load, u = −ln(1 − A).
 *
 * @example
 * logLoad(0.5); // ≈ 0.693 (a load of 2)
 */
export function logLoad(a: number): number {
  return -Math.log(1 - Math.min(a, A_MAX));
}

/** du/dA (0 where u is held). */
export function logLoadSlope(a: number): number {
  return a < A_MAX ? 1 / (1 - a) : 0;
}

/** The fold F(L) and its slope, for given F_max, k and L*. */
export interface SustainedFold {
  /** F at sustained load L (1 at and below L*, F_max far above; NaN for a NaN load). */
  fold(load: number): number;
  /** ∂F/∂L at load L, given F = fold(load). */
  slope(load: number, fold: number): number;
}

/**
 * F(L) for a ceiling `foldMax`, a steepness `steepness` (per unit of log-load) and the reference user's
 * highest sustained load `referenceMax`. The threshold L* sits 2ε above it (ε the ramp's width, ramp.ts), so
 * F is exactly 1 for the reference user and every calibration made on him holds.
 *
 * @example
 * const f = sustainedFold(3.15, 4, 2.34);
 * f.fold(2.0); // 1
 * f.fold(3.0); // ≈ 2.9
 */
export function sustainedFold(foldMax: number, steepness: number, referenceMax: number): SustainedFold {
  const threshold = referenceMax + 2 * RAMP_EPS;
  return {
    fold: (load) => 1 + (foldMax - 1) * (1 - Math.exp(-steepness * ramp(load - threshold))),
    slope: (load, fold) => steepness * (foldMax - fold) * rampSlope(load - threshold),
  };
}

/**
 * The agonist signal the locus coeruleus reads, A/(A + F·(1 − A)): the operational model's response after
 * an F-fold loss of receptor reserve, so a full agonist's curve shifts F-fold to the right and a partial
 * agonist's maximum falls. A is clamped to [0, 1] by the caller.
 *
 * @example
 * lcAgonism(0.95, 1); // 0.95
 * lcAgonism(0.95, 3); // ≈ 0.864 (the reading of a load of 19/3)
 */
export function lcAgonism(a: number, fold: number): number {
  return a > 0 ? a / (a + fold * (1 - a)) : 0;
}

/** ∂/∂A and ∂/∂F of {@link lcAgonism}, written into `out` as [∂A, ∂F] (at A = 0 the denominator is F). */
export function lcAgonismSlopes(a: number, fold: number, out: Float64Array): void {
  const den = a + fold * (1 - a);
  out[0] = fold / (den * den);
  out[1] = (-a * (1 - a)) / (den * den);
}

/**
 * An endpoint's tolerance exponent when its desensitisation exponent κ_D and the fold F combine: the folds
 * multiply, κ = g(h(κ_D)·F) with g, h the endpoint's fold↔exponent scale. The product is clamped at 1 (it is
 * ≥ 1 for κ_D ≥ 1 and F ≥ 1, but the slopes below probe just under F).
 */
export function combinedExponent(scale: ToleranceScale, kappaD: number, fold: number): number {
  return scale.exponentForFold(Math.max(1, scale.foldForExponent(kappaD) * fold));
}

/**
 * Relative step of the central differences in {@link combinedExponentSlopes}: the scales are closed-form
 * but nested, and at 1e-6 the truncation and rounding errors are both about 1e-9 of the slope.
 */
const SLOPE_STEP = 1e-6;

/**
 * ∂κ/∂κ_D and ∂κ/∂F of {@link combinedExponent}, written into `out` as [∂κ_D, ∂κ/∂F]. One-sided (forward)
 * where a backward step would cross the clamp at a combined fold of 1.
 */
export function combinedExponentSlopes(
  scale: ToleranceScale,
  kappaD: number,
  fold: number,
  out: Float64Array,
): void {
  const dK = SLOPE_STEP * kappaD;
  const dF = SLOPE_STEP * fold;
  const central = scale.foldForExponent(kappaD - dK) * (fold - dF) >= 1;
  // The lower probe: a step below, or the point itself where that step would cross the clamp.
  const belowK = central ? combinedExponent(scale, kappaD - dK, fold) : combinedExponent(scale, kappaD, fold);
  const belowF = central ? combinedExponent(scale, kappaD, fold - dF) : belowK;
  const span = central ? 2 : 1;
  out[0] = (combinedExponent(scale, kappaD + dK, fold) - belowK) / (span * dK);
  out[1] = (combinedExponent(scale, kappaD, fold + dF) - belowF) / (span * dF);
}
