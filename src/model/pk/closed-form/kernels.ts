/**
 * Convolution kernels of first-order chains: the inverse Laplace transforms of 1/(s+a), 1/((s+a)(s+b)) and
 * 1/((s+a)(s+b)(s+c)) for rates a, b, c ≥ 0. Every closed-form response in this folder is a sum of these
 * kernels with non-negative weights, so their accuracy is the accuracy of the whole model.
 *
 * The textbook partial fractions, e.g. (e^{-bτ} − e^{-aτ})/(a − b), cancel catastrophically when two rates
 * nearly coincide (ka ≈ k, the flip-flop case) and at small τ. These forms do not: the exponential of the
 * smallest rate is factored out and the rest is computed with `expm1` or a short Taylor series, so each
 * kernel has a relative error of a few ulps (beyond the λτ·ε inherent in e^{-λτ}) for every τ ≥ 0,
 * including exactly equal rates. That is the
 * L'Hôpital limit (τ·e^{-aτ} for a = b) reached continuously, with no perturbation and no threshold on
 * |a − b|.
 */

/**
 * e^{-aτ}: the amount left in a compartment emptied at rate a, one unit given at τ = 0.
 *
 * @example
 * chain1(0.5, 2) // Math.exp(-1)
 */
export function chain1(a: number, tau: number): number {
  return Math.exp(-a * tau);
}

/**
 * ∫₀^τ e^{-a(τ-σ)} e^{-bσ} dσ, the inverse Laplace transform of 1/((s+a)(s+b)); symmetric in a, b.
 *
 * @example
 * chain2(2, 1, 1)  // (e^{-1} − e^{-2}) / 1 ≈ 0.2325
 * chain2(1, 1, 3)  // 3·e^{-3}: the equal-rate limit, exactly
 * chain2(0, 0.5, 2) // (1 − e^{-1}) / 0.5: integral of an exponential
 */
export function chain2(a: number, b: number, tau: number): number {
  const lo = Math.min(a, b);
  const d = Math.abs(a - b);
  const decay = Math.exp(-lo * tau);
  // −expm1(−dτ)/d → τ as d → 0 without cancellation; only d = 0 exactly needs the limit itself.
  return d === 0 ? tau * decay : (decay * -Math.expm1(-d * tau)) / d;
}

/**
 * The inverse Laplace transform of 1/((s+a)(s+b)(s+c)): a unit bolus passed along a three-compartment
 * chain; symmetric in a, b, c.
 *
 * @example
 * chain3(1, 1, 1, 2)  // τ²e^{-τ}/2 = 2·e^{-2}
 * chain3(0, 0, 0, 3)  // τ²/2 = 4.5
 */
export function chain3(a: number, b: number, c: number, tau: number): number {
  const lo = Math.min(a, b, c);
  // Two of the three shifted rates; the third is lo − lo = 0 (the order does not matter, by symmetry).
  let p: number;
  let q: number;
  if (lo === a) {
    p = b - lo;
    q = c - lo;
  } else if (lo === b) {
    p = a - lo;
    q = c - lo;
  } else {
    p = a - lo;
    q = b - lo;
  }
  return Math.exp(-lo * tau) * chain3FromZero(Math.min(p, q), Math.max(p, q), tau);
}

/** Inverse Laplace transform of 1/(s(s+p)(s+q)) for 0 ≤ p ≤ q. */
function chain3FromZero(p: number, q: number, tau: number): number {
  const x = q * tau;
  if (x <= 1) return chain3Series(p, q, tau);
  // 1/(s(s+p)(s+q)) = [1/(s(s+p)) − 1/((s+p)(s+q))]/q. With qτ > 1 the subtracted term is at most
  // (1 − e^{-qτ})/(qτ) < 0.64 of the first (Chebyshev's integral inequality), so at most ~1.5 bits are lost.
  return (chain2(0, p, tau) - chain2(p, q, tau)) / q;
}

/**
 * Σ_k (−1)^k h_k(p, q) τ^{k+2}/(k+2)!, with h_k the complete homogeneous polynomial of degree k.
 * For qτ ≤ 1 the terms fall faster than (k+1)/(k+2)!, so 24 terms reach double precision.
 */
function chain3Series(p: number, q: number, tau: number): number {
  const pt = p * tau;
  const qt = q * tau;
  let h = 1; // h_k(pτ, qτ)
  let pk = 1; // (pτ)^k
  let fact = 2; // (k+2)!
  let sum = 0;
  let sign = 1;
  for (let k = 0; k < 24; k++) {
    const term = (sign * h) / fact;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    pk *= pt;
    h = qt * h + pk;
    fact *= k + 3;
    sign = -sign;
  }
  return sum * tau * tau;
}
