import { clampStimulus, operationalResponse } from "../effects/transducer.ts";

/*
 * The algebra of disinhibition (Johnson & North 1992): mu-receptor stimulus silences VTA GABA neurons, and
 * dopamine neurons fire faster as their GABA brake is released.
 */

/**
 * Steady-state GABA-neuron activity relative to rest at stimulus S:
 *
 *   G∞(S) = (1 − R(S)) / (1 − R(S0)),   R the interneurons' operational transducer (τ, m).
 *
 * G∞(S0) = 1; it falls towards 0 as the receptors saturate and rises above 1 when S < S0 (an antagonist
 * removing the endogenous tone disinhibits the interneurons, so dopamine dips below baseline).
 */
export function gabaTarget(s: number, s0: number, tau: number, slope: number): number {
  return (1 - operationalResponse(tau, slope, s)) / (1 - operationalResponse(tau, slope, s0));
}

/**
 * Dopamine-neuron firing relative to rest for GABA activity G: F = (1 + w)/(1 + w·G). F(1) = 1, F(0) = 1 + w
 * (the brake fully released), F < 1 when G > 1. G below 0 (solver round-off) is treated as 0; NaN gives NaN.
 */
export function dopamineFiring(g: number, gain: number): number {
  return (1 + gain) / (1 + gain * Math.max(g, 0)); // NaN stays NaN: a broken state must not look silenced
}

/**
 * The gain w that makes firing equal `peak_rel` at full stimulus, where the interneurons are at
 * `gabaAtFull` (G∞(1)): w = (peak − 1)/(1 − peak·G∞(1)).
 *
 * @throws RangeError when no gain can reach the peak because the interneurons are not silenced enough
 * (peak·G∞(1) ≥ 1): raise the interneuron transducer's τ, or ask for a lower peak.
 */
export function gainForPeak(peak_rel: number, gabaAtFull: number): number {
  if (!(peak_rel >= 1)) throw new RangeError(`dopamine peak ${peak_rel} must be ≥ 1 (× baseline)`);
  const room = 1 - peak_rel * gabaAtFull;
  if (!(room > 0)) {
    throw new RangeError(
      `a dopamine peak of ${peak_rel}× is unreachable: at full stimulus GABA activity is still ` +
        `${gabaAtFull.toFixed(3)} of rest (needs < ${(1 / peak_rel).toFixed(3)}); raise vtaTau or lower the peak`,
    );
  }
  return (peak_rel - 1) / room;
}

/**
 * Closed-form steady-state accumbens dopamine (× baseline) under a constant stimulus S: at steady state
 * D = F = F(G∞(S)). S is clamped to [0, 1]; NaN counts as 0.
 */
export function steadyDopamine(s: number, s0: number, tau: number, slope: number, gain: number): number {
  return dopamineFiring(gabaTarget(clampStimulus(s), s0, tau, slope), gain);
}
