/**
 * The operational-model transducer (Black & Leff 1983) that turns the receptor pool's stimulus S into one
 * tissue's response. Each endpoint amplifies S with its own receptor reserve τ and slope m:
 *
 *   R(S) = (τ·S)^m / (1 + (τ·S)^m)                  (0–1, the tissue's maximal response is 1)
 *
 * A large τ (high reserve) lets a partial agonist, whose S is capped by its efficacy, reach most of the
 * tissue's maximum; a small τ (low reserve) makes even a full agonist look partial. Lowering the receptor
 * reserve (tolerance scales S down) therefore costs partial agonists the most.
 */

/**
 * S clamped to [0, 1]; NaN (no defined stimulus) counts as 0, the drug-free and tone-free floor, so a
 * corrupt input can never report an effect.
 */
export function clampStimulus(s: number): number {
  return Math.min(positivePart(s), 1);
}

/** max(x, 0), except that NaN gives 0 (Math.max would return NaN). */
export function positivePart(x: number): number {
  // biome-ignore lint/complexity/useMathMinMax: NaN must map to 0, which Math.max does not do.
  return x > 0 ? x : 0;
}

/**
 * R(S) for amplification `tau` and slope `slope` (S is clamped, see {@link clampStimulus}).
 *
 * @example
 * operationalResponse(10, 1.5, 0);    // 0
 * operationalResponse(10, 1.5, 0.1);  // 0.5 (τ·S = 1)
 * operationalResponse(10, 1.5, NaN);  // 0
 */
export function operationalResponse(tau: number, slope: number, s: number): number {
  const x = (tau * clampStimulus(s)) ** slope;
  return x / (1 + x);
}

/** d operationalResponse / ds: 0 where the stimulus is clamped (s ≤ 0 or s ≥ 1). */
export function operationalResponseSlope(tau: number, slope: number, s: number): number {
  if (!(s > 0 && s < 1)) return 0;
  const x = (tau * s) ** slope;
  return (slope * x) / (s * (1 + x) * (1 + x));
}

/**
 * The response above rest as a fraction of what is left to gain: (R(S) − R(S0)) / (1 − R(S0)), floored at
 * 0. It is 0 at rest (S = S0, the endogenous tone alone) and below it (an antagonist removing the tone
 * gives no negative effect here; withdrawal signs are a separate model), and approaches 1 only as R → 1.
 *
 * @example
 * effectAboveRest(10, 1.5, 0.05, 0.05); // 0
 * effectAboveRest(10, 1.5, 0.01, 0.05); // 0 (below rest is floored)
 */
export function effectAboveRest(tau: number, slope: number, s: number, s0: number): number {
  const r0 = operationalResponse(tau, slope, s0);
  return positivePart((operationalResponse(tau, slope, s) - r0) / (1 - r0));
}

/**
 * The stimulus at which {@link effectAboveRest} is one half, by bisection (for documentation, tests and
 * calibration tables; not for the inner loop). Returns NaN when even S = 1 gives less than one half.
 */
export function halfEffectStimulus(tau: number, slope: number, s0: number): number {
  if (effectAboveRest(tau, slope, 1, s0) < 0.5) return Number.NaN;
  let lo = clampStimulus(s0);
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (effectAboveRest(tau, slope, mid, s0) < 0.5) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
