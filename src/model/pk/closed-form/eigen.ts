/**
 * Disposition eigenvalues λ₁ > λ₂ > λ₃ > 0 of the mammillary model and the weights c_i of
 * A₁(t) = Σ c_i e^{-λ_i t} after a unit bolus into the central compartment.
 *
 * 1 compartment: λ = k10. 2 compartments: the quadratic, with the discriminant written as a sum of
 * non-negative terms and the small root as a product/large root, so neither root cancels. 3 compartments:
 * the characteristic cubic solved in trigonometric form (Viète), then each root polished on the secular
 * equation below. The cubic alone loses accuracy near equal roots (~√ε, and acos of an argument that
 * rounding pushes past ±1); the polish restores full precision because the secular function is monotone
 * between poles that bracket every root (interlacing).
 *
 * Secular equation: eliminating the peripherals from the eigen-problem gives
 *   h(λ) = k10 − λ − Σ_j k1j·λ/(kj1 − λ) = 0,
 * strictly decreasing between its poles kj1, so λ₃ ∈ (0, min kj1), λ₂ ∈ [min kj1, max kj1] and
 * λ₁ ∈ (max kj1, trace). Residues of A₁(s) = 1/(s + k10 + Σ_j k1j·s/(s + kj1)) at s = −λ_i give
 *   c_i = 1 / (1 + Σ_j k1j·kj1/(kj1 − λ_i)²),
 * a sum of positive terms: each c_i lies in (0, 1] and Σ c_i = 1, with no cancellation even when two λ's
 * are close. Reference for the model and its ADVAN-style closed forms: Abuhelwa AY, Foster DJR, Upton RN
 * 2015, J Pharmacol Toxicol Methods 73:42–48 (their per-exponential partial-fraction coefficients are
 * what this folder replaces with the positive sums above and in response.ts).
 */
import { type LinearPkParams, type MicroConstants, microConstants } from "./params.ts";

/** Eigenvalues (h⁻¹, fastest first) and central weights of a disposition model. */
export interface Disposition {
  readonly lambda: readonly number[];
  readonly weight: readonly number[];
}

/**
 * Eigenvalues and central-bolus weights of the model's disposition (the depot is not part of it).
 *
 * @example
 * disposition(microConstants({ v1_l: 10, cl_l_h: 5 }))  // { lambda: [0.5], weight: [1] }
 */
export function disposition(m: MicroConstants): Disposition {
  const lambda = eigenvalues(m);
  const weight = lambda.map((l) => {
    let s = 1;
    for (let j = 0; j < m.k1p.length; j++) s += (m.k1p[j] * m.kp1[j]) / (m.kp1[j] - l) ** 2;
    return 1 / s;
  });
  return { lambda, weight };
}

/**
 * Disposition half-lives ln 2/λ_i in hours, shortest first (α, β, γ for 3 compartments). Absorption is not
 * a disposition phase and is not included.
 *
 * @example
 * // Morphine, Lötsch 2002 at 70 kg: ≈ [0.050, 1.13, 9.13] h, i.e. 3.0, 68 and 548 min
 * dispositionHalfLives_h({ v1_l: 17.5, cl_l_h: 74.03, v2_l: 85.83, q2_l_h: 133.7, v3_l: 195.65, q3_l_h: 19.17 })
 */
export function dispositionHalfLives_h(params: LinearPkParams): number[] {
  return eigenvalues(microConstants(params)).map((l) => Math.LN2 / l);
}

function eigenvalues(m: MicroConstants): number[] {
  const { k10, k1p, kp1 } = m;
  if (m.compartments === 1) return [k10];
  if (m.compartments === 2) {
    const [k12, k21] = [k1p[0], kp1[0]];
    // (k10+k12+k21)² − 4·k10·k21 rewritten as a sum of squares and positive products: no cancellation.
    const disc = (k10 + k12 - k21) ** 2 + 4 * k12 * k21;
    const l1 = (k10 + k12 + k21 + Math.sqrt(disc)) / 2;
    return [l1, (k10 * k21) / l1];
  }
  const guesses = cubicRoots(m);
  const lo = Math.min(kp1[0], kp1[1]);
  const hi = Math.max(kp1[0], kp1[1]);
  const trace = k10 + k1p[0] + k1p[1] + kp1[0] + kp1[1];
  // Equal peripheral rates: that rate is itself an eigenvalue whose mode the central compartment never sees.
  const l2 = lo === hi ? lo : polish(m, guesses[1], lo, hi);
  return [polish(m, guesses[0], hi, trace), l2, polish(m, guesses[2], 0, lo)];
}

/** Roots of λ³ − a₂λ² + a₁λ − a₀ (Viète's trigonometric form), largest first; starting values only. */
function cubicRoots(m: MicroConstants): [number, number, number] {
  const { k10 } = m;
  const [k12, k13] = m.k1p;
  const [k21, k31] = m.kp1;
  const a2 = k10 + k12 + k13 + k21 + k31;
  const a1 = k10 * k21 + k10 * k31 + k12 * k31 + k13 * k21 + k21 * k31;
  const a0 = k10 * k21 * k31;
  const shift = a2 / 3;
  const p = a1 - (a2 * a2) / 3;
  const q = (-2 * a2 ** 3) / 27 + (a2 * a1) / 3 - a0;
  if (p >= 0) return [shift, shift, shift]; // a triple root; the polish separates what rounding merged
  const r = 2 * Math.sqrt(-p / 3);
  const arg = Math.min(1, Math.max(-1, ((3 * q) / (2 * p)) * Math.sqrt(-3 / p)));
  const phi = Math.acos(arg) / 3;
  const roots = [0, 1, 2].map((k) => shift + r * Math.cos(phi - (2 * Math.PI * k) / 3));
  roots.sort((x, y) => y - x);
  return [roots[0], roots[1], roots[2]];
}

/** Newton's method on the secular function inside (lo, hi), falling back to bisection. */
function polish(m: MicroConstants, guess: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  let x = guess > a && guess < b ? guess : (a + b) / 2;
  for (let it = 0; it < 200; it++) {
    let h = m.k10 - x;
    let dh = -1;
    for (let j = 0; j < m.k1p.length; j++) {
      const d = m.kp1[j] - x;
      h -= (m.k1p[j] * x) / d;
      dh -= (m.k1p[j] * m.kp1[j]) / (d * d);
    }
    if (h === 0) return x;
    // h decreases, so a positive value means the root lies to the right.
    if (h > 0) a = x;
    else b = x;
    let next = x - h / dh;
    if (!(next > a && next < b)) next = (a + b) / 2;
    if (Math.abs(next - x) <= Number.EPSILON * x || b - a <= 4 * Number.EPSILON * b) return next;
    x = next;
  }
  return x;
}
