/**
 * Finite-difference derivatives for the Rosenbrock solvers when the system has no analytic Jacobian, with
 * the increments of Hairer's rodas.f. Callers pass all work arrays; nothing here allocates.
 */
import type { Rhs } from "./types.ts";

// rodas.f perturbs by sqrt(uround·max(1e-5, |y|)): about half the digits of f survive the difference,
// and the 1e-5 floor keeps the increment from vanishing for states at zero.
const ROUNDOFF = Number.EPSILON;
const FLOOR = 1e-5;

/**
 * Forward-difference Jacobian ∂f/∂y at (t, y), written row-major into `jac` (`jac[i*n + j] = ∂f_i/∂y_j`).
 * Column j costs one right-hand-side evaluation at y + δ_j·e_j with δ_j = sqrt(ε·max(1e-5, |y_j|)), so
 * the whole matrix costs `n` evaluations.
 *
 * @param f0 - f(t, y), already evaluated by the caller.
 * @param yWork - scratch of length ≥ n (receives a copy of y; left equal to y on return).
 * @param fWork - scratch of length ≥ n.
 */
export function finiteDifferenceJacobian(
  rhs: Rhs,
  t: number,
  y: Float64Array,
  f0: Float64Array,
  n: number,
  jac: Float64Array,
  yWork: Float64Array,
  fWork: Float64Array,
): void {
  for (let j = 0; j < n; j++) yWork[j] = y[j];
  for (let j = 0; j < n; j++) {
    const yj = y[j];
    // Use the increment that is actually representable, so the quotient divides by what was added.
    const delta = yj + Math.sqrt(ROUNDOFF * Math.max(FLOOR, Math.abs(yj))) - yj;
    yWork[j] = yj + delta;
    rhs(t, yWork, fWork);
    yWork[j] = yj;
    const inv = 1 / delta;
    for (let i = 0; i < n; i++) jac[i * n + j] = (fWork[i] - f0[i]) * inv;
  }
}

/**
 * One-sided difference for the time derivative ∂f/∂t at (t, y) into `dfdt`, with |δ| = sqrt(ε·max(1e-5,
 * |t|)); one right-hand-side evaluation. For an autonomous system the difference is exactly zero.
 *
 * @param f0 - f(t, y), already evaluated by the caller.
 * @param fWork - scratch of length ≥ n.
 * @param tLimit - end of the interval where f is smooth: when t + δ would pass it, the difference is taken
 * backwards, so a forcing that jumps right after the interval (the next dosing segment) is never sampled.
 */
export function finiteDifferenceTimeDerivative(
  rhs: Rhs,
  t: number,
  y: Float64Array,
  f0: Float64Array,
  n: number,
  dfdt: Float64Array,
  fWork: Float64Array,
  tLimit = Number.POSITIVE_INFINITY,
): void {
  const step = Math.sqrt(ROUNDOFF * Math.max(FLOOR, Math.abs(t)));
  const delta = (t + step <= tLimit ? t + step : t - step) - t;
  rhs(t + delta, y, fWork);
  const inv = 1 / delta;
  for (let i = 0; i < n; i++) dfdt[i] = (fWork[i] - f0[i]) * inv;
}
