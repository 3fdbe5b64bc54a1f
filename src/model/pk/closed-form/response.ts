/**
 * Responses of the linear model to the three ways drug reaches it, as sums over disposition modes of the
 * chain kernels with non-negative weights (no cancellation anywhere):
 *
 * - whatever enters the central compartment with input kernel g(τ) produces
 *   central = Σ c_i (g ⋆ e^{-λ_i·})(τ), peripheral j = k1j Σ c_i (g ⋆ e^{-λ_i·} ⋆ e^{-kj1·})(τ) and
 *   eliminated = k10 Σ c_i (g ⋆ e^{-λ_i·} ⋆ 1)(τ), where ⋆ is convolution and c_i, λ_i are the central
 *   bolus weights and eigenvalues (see eigen.ts);
 * - g is a unit impulse for a central bolus, ka·e^{-ka·τ} for a depot dose, kj1·e^{-kj1·τ} for drug
 *   starting in peripheral j, and the constant 1 (rate) for an infusion.
 *
 * Each convolution of at most three exponentials is one `chain*` kernel, exact for equal rates, which is
 * how ka = λ_i (and kj1 = λ_i) are handled.
 */
import { chain1, chain2, chain3 } from "./kernels.ts";
import type { LinearPkModel } from "./model.ts";

/** Indices of the state vector: depot, central, peripherals 2 and 3, cumulative eliminated amount. */
export const S = Object.freeze({ depot: 0, central: 1, peripheral2: 2, peripheral3: 3, eliminated: 4 });
export const STATE_SIZE = 5;

/**
 * Adds the response at τ to an input into the central compartment: weight `w` times the impulse
 * (`pre` = NaN) or times the kernel e^{-pre·τ} (`pre` a rate; 0 is a constant rate).
 */
export function addCentralEntry(
  model: LinearPkModel,
  w: number,
  pre: number,
  tau: number,
  out: Float64Array,
): void {
  const { k10, k1p, kp1 } = model.micro;
  const { lambda, weight } = model.disposition;
  const impulse = Number.isNaN(pre);
  let central = 0;
  let eliminated = 0;
  let p2 = 0;
  let p3 = 0;
  for (let i = 0; i < lambda.length; i++) {
    const l = lambda[i];
    const c = weight[i];
    if (impulse) {
      central += c * chain1(l, tau);
      eliminated += c * chain2(l, 0, tau);
      if (k1p.length > 0) p2 += c * chain2(l, kp1[0], tau);
      if (k1p.length > 1) p3 += c * chain2(l, kp1[1], tau);
    } else {
      central += c * chain2(pre, l, tau);
      eliminated += c * chain3(pre, l, 0, tau);
      if (k1p.length > 0) p2 += c * chain3(pre, l, kp1[0], tau);
      if (k1p.length > 1) p3 += c * chain3(pre, l, kp1[1], tau);
    }
  }
  out[S.central] += w * central;
  out[S.eliminated] += w * k10 * eliminated;
  if (k1p.length > 0) out[S.peripheral2] += w * k1p[0] * p2;
  if (k1p.length > 1) out[S.peripheral3] += w * k1p[1] * p3;
}

/** Adds the state after τ hours of a zero-order input of `rate` into the central compartment. */
export function addCentralInput(model: LinearPkModel, rate: number, tau: number, out: Float64Array): void {
  addCentralEntry(model, rate, 0, tau, out);
}

/** Adds the state τ hours after `amount` was placed in peripheral j+2 (j = 0 or 1). */
export function addPeripheralEntry(
  model: LinearPkModel,
  j: number,
  amount: number,
  tau: number,
  out: Float64Array,
): void {
  if (amount === 0) return;
  const k = model.micro.kp1[j];
  out[S.peripheral2 + j] += amount * chain1(k, tau);
  addCentralEntry(model, amount * k, k, tau, out);
}
