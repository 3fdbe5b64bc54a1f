/*
 * max(0, x) rounded at 0 so that right-hand sides built on it stay differentiable for the stiff solver.
 */

/**
 * Width of the ramp that rounds W = max(0, ΣC − A) at zero: the cubic x²/ε − x³/(4ε²) on [0, 2ε] (value 0
 * and slope 0 at 0, value 2ε and slope 1 at 2ε), x above. The drug crosses ΣC twice per dose in regular use;
 * a kink there made the stiff solver reject steps at every crossing. W is unchanged outside [0, 2ε] and
 * never off by more than ε/4 inside; ε is 0.002 of full activation. The sustained-load fold rounds
 * max(0, L − L*) with the same cubic, where L is a log-load, so there ε is a 0.2 % change of the load.
 */
export const RAMP_EPS = 0.002; // fraction of full activation (W and A are 0–1); a numerical choice, not a model parameter

/** max(0, x) with a continuous first derivative. */
export function ramp(x: number): number {
  if (x <= 0) return 0;
  if (x >= 2 * RAMP_EPS) return x;
  return (x * x) / RAMP_EPS - (x * x * x) / (4 * RAMP_EPS * RAMP_EPS);
}

/** d ramp / dx. */
export function rampSlope(x: number): number {
  if (x <= 0) return 0;
  if (x >= 2 * RAMP_EPS) return 1;
  return (2 * x) / RAMP_EPS - (3 * x * x) / (4 * RAMP_EPS * RAMP_EPS);
}
