import { luFactor, luSolve } from "../../solver/lu.ts";

/**
 * Steady state of x' = f(x) by damped Newton iteration with a forward-difference Jacobian, in variables
 * scaled by `scale` (typical magnitudes, so that a content of 1e-3 L/L and a pressure of 100 mmHg weigh
 * alike). The FDA model instead integrates one hour without drug; solving f = 0 gives the same baseline
 * to round-off and costs a few dozen evaluations.
 *
 * @throws {Error} when the iteration does not converge (the message gives the last scaled residual).
 */
export function steadyState(
  f: (x: Float64Array, dxdt: Float64Array) => void,
  guess: Float64Array,
  scale: Float64Array,
  maxIterations = 50,
): Float64Array {
  const n = guess.length;
  const x = Float64Array.from(guess);
  const fx = new Float64Array(n);
  const trial = new Float64Array(n);
  const ft = new Float64Array(n);
  const jac = new Float64Array(n * n);
  const piv = new Int32Array(n);
  const step = new Float64Array(n);
  const norm = (v: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) s = Math.max(s, Math.abs(v[i] / scale[i]));
    return s;
  };
  f(x, fx);
  let r = norm(fx);
  for (let it = 0; it < maxIterations; it++) {
    if (r < 1e-13) return x;
    for (let j = 0; j < n; j++) {
      const h = 1e-7 * scale[j];
      trial.set(x);
      trial[j] += h;
      f(trial, ft);
      for (let i = 0; i < n; i++) jac[i * n + j] = (ft[i] - fx[i]) / h;
    }
    if (!luFactor(jac, n, piv)) break;
    for (let i = 0; i < n; i++) step[i] = -fx[i];
    luSolve(jac, n, piv, step);
    // Halve the Newton step until the residual falls (the Spencer curves are far from linear).
    let lambda = 1;
    for (let k = 0; k < 30; k++, lambda /= 2) {
      for (let i = 0; i < n; i++) trial[i] = x[i] + lambda * step[i];
      f(trial, ft);
      if (norm(ft) < r) break;
    }
    x.set(trial);
    fx.set(ft);
    const rNew = norm(fx);
    if (!(rNew < r) && rNew > 1e-10) break;
    r = rNew;
  }
  if (r < 1e-10) return x;
  throw new Error(`steady state: Newton iteration did not converge (scaled residual ${r.toExponential(2)})`);
}
