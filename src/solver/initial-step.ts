import { errorNorm } from "./norm.ts";
import type { Rhs } from "./types.ts";

/**
 * Starting step size by the heuristic of Hairer, Nørsett & Wanner, *Solving ODEs I*, §II.4 (the `hinit`
 * routine of dopri5.f): balance ‖y0‖/‖f0‖ against an estimate of the second derivative, for a method of
 * the given `order`. Uses `y1` and `f1` as scratch (length ≥ n); costs one right-hand-side evaluation.
 */
export function initialStep(
  rhs: Rhs,
  t0: number,
  y0: Float64Array,
  f0: Float64Array,
  n: number,
  order: number,
  rtol: number,
  atol: number | Float64Array,
  hMax: number,
  direction: 1 | -1,
  y1: Float64Array,
  f1: Float64Array,
  peak?: Float64Array,
): number {
  // With the same weights as the error norm, ‖v‖ = errorNorm(v, y0, y0, …).
  const dnf = errorNorm(f0, y0, y0, rtol, atol, n, peak);
  const dny = errorNorm(y0, y0, y0, rtol, atol, n, peak);
  let h = dnf <= 1e-10 || dny <= 1e-10 ? 1e-6 : 0.01 * (dny / dnf);
  h = Math.min(h, hMax);
  for (let i = 0; i < n; i++) y1[i] = y0[i] + direction * h * f0[i];
  rhs(t0 + direction * h, y1, f1);
  for (let i = 0; i < n; i++) y1[i] = f1[i] - f0[i];
  const der2 = errorNorm(y1, y0, y0, rtol, atol, n, peak) / h;
  const der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
  const h1 = der12 <= 1e-15 ? Math.max(1e-6, Math.abs(h) * 1e-3) : (0.01 / der12) ** (1 / (order + 1));
  return Math.min(100 * Math.abs(h), h1, hMax);
}

/** Smallest heuristic first step, in ulps of t: well above the solvers' underflow checks (10 ulps). */
const MIN_START_ULPS = 1e4;

/**
 * The first step and the step cap of a solve over [t0, t0 + span]: `options.hInit` if given, else the
 * heuristic above (one more right-hand-side evaluation, counted in `stats`), never above hMax. Shared by
 * every solver so they start alike.
 */
export function startingStep(
  rhs: Rhs,
  t0: number,
  y0: Float64Array,
  f0: Float64Array,
  n: number,
  order: number,
  options: {
    rtol: number;
    atol: number | Float64Array;
    hMax?: number;
    hInit?: number;
    peak?: Float64Array;
  },
  span: number,
  scratchY: Float64Array,
  scratchF: Float64Array,
  stats: { rhsEvals: number },
): { h: number; hMax: number } {
  const hMax = Math.min(options.hMax ?? span, span);
  let h = options.hInit;
  if (h === undefined) {
    const { rtol, atol, peak } = options;
    h = initialStep(rhs, t0, y0, f0, n, order, rtol, atol, hMax, 1, scratchY, scratchF, peak);
    stats.rhsEvals++;
    // NaN when the norm weights vanish (atol = 0 at a zero state) or the probe evaluation is not finite.
    if (!(h > 0)) h = Math.min(1e-6 * span, hMax);
    // With a tiny atol, states that start at zero but move fast (everything a large dose flows into) make
    // ‖f0‖ astronomical and the heuristic's step can fall to the solvers' underflow limit (~10 ulps of t)
    // before a single attempt — a crash for a harmless problem. A too-large first step is merely rejected.
    h = Math.max(
      h,
      Math.min(MIN_START_ULPS * Number.EPSILON * Math.max(Math.abs(t0), Math.abs(t0 + span)), hMax),
    );
  }
  return { h: Math.min(h, hMax), hMax };
}
