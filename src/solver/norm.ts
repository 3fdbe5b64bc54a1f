/**
 * Hairer–Wanner weighted RMS error norm:
 * sqrt(mean_i (err_i / (atol_i + rtol·max(|y0_i|, |y1_i|)))²), with `peak` given
 * sqrt(mean_i (err_i / (atol_i + rtol·max(|y0_i|, |y1_i|, peak_i)))²). A step is accepted when the norm is
 * ≤ 1. Allocation-free; `atol` is a scalar or one value per state.
 */
export function errorNorm(
  err: Float64Array,
  y0: Float64Array,
  y1: Float64Array,
  rtol: number,
  atol: number | Float64Array,
  n: number,
  peak?: Float64Array,
): number {
  let sum = 0;
  const scalarAtol = typeof atol === "number";
  for (let i = 0; i < n; i++) {
    const a = scalarAtol ? atol : atol[i];
    let m = Math.max(Math.abs(y0[i]), Math.abs(y1[i]));
    if (peak !== undefined && peak[i] > m) m = peak[i];
    const sc = a + rtol * m;
    const r = err[i] / sc;
    sum += r * r;
  }
  return Math.sqrt(sum / n);
}

/** Raises each `peak[i]` to |y[i]| (first n entries). */
export function raisePeak(peak: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = Math.abs(y[i]);
    if (v > peak[i]) peak[i] = v;
  }
}

/** Index of the first non-finite entry of `v` (first `n` entries), or -1. */
export function firstNonFinite(v: Float64Array, n: number): number {
  for (let i = 0; i < n; i++) if (!Number.isFinite(v[i])) return i;
  return -1;
}
