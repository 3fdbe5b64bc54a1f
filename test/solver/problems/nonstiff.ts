import type { OdeSystem } from "../../../src/solver/types.ts";

/**
 * A non-stiff initial-value problem with a known answer. `exact` gives the solution at any t in [t0, t1];
 * problems whose solution is only known at the end (a periodic orbit) leave it out and give `yEnd`.
 */
export interface ReferenceProblem {
  readonly name: string;
  readonly system: OdeSystem;
  readonly t0: number;
  readonly t1: number;
  /** A fresh copy of the initial state (solvers overwrite it). */
  initial(): Float64Array;
  /** Exact solution at t, written into `out`. */
  readonly exact?: (t: number, out: Float64Array) => void;
  /** Exact state at t1. */
  readonly yEnd: Float64Array;
}

function problem(
  p: Omit<ReferenceProblem, "initial" | "yEnd"> & { y0: readonly number[] },
): ReferenceProblem {
  const { y0, ...rest } = p;
  let yEnd = Float64Array.from(y0);
  if (p.exact) {
    yEnd = new Float64Array(y0.length);
    p.exact(p.t1, yEnd);
  }
  return { ...rest, initial: () => Float64Array.from(y0), yEnd };
}

/** y' = −k·y, y(0) = 1: y = e^(−kt). */
export function decay(k = 0.7, t1 = 10): ReferenceProblem {
  return problem({
    name: "decay",
    system: {
      n: 1,
      rhs: (_t, y, dy) => {
        dy[0] = -k * y[0];
      },
      jacobian: (_t, _y, jac) => {
        jac[0] = -k;
      },
      stateNames: ["amount"],
    },
    t0: 0,
    t1,
    y0: [1],
    exact: (t, out) => {
      out[0] = Math.exp(-k * t);
    },
  });
}

/** Harmonic oscillator x'' = −ω²x as the rotation (x, v)' = (v, −ω²x); x = cos ωt, v = −ω sin ωt. */
export function oscillator(omega = 2, t1 = 20): ReferenceProblem {
  const w2 = omega * omega;
  return problem({
    name: "oscillator",
    system: {
      n: 2,
      rhs: (_t, y, dy) => {
        dy[0] = y[1];
        dy[1] = -w2 * y[0];
      },
      jacobian: (_t, _y, jac) => {
        jac[1] = 1;
        jac[2] = -w2;
      },
      stateNames: ["x", "v"],
    },
    t0: 0,
    t1,
    y0: [1, 0],
    exact: (t, out) => {
      out[0] = Math.cos(omega * t);
      out[1] = -omega * Math.sin(omega * t);
    },
  });
}

/** Logistic growth y' = r·y·(1 − y/K): y = K·y0 / (y0 + (K − y0)·e^(−rt)). */
export function logistic(r = 1, capacity = 10, y0 = 0.1, t1 = 15): ReferenceProblem {
  return problem({
    name: "logistic",
    system: {
      n: 1,
      rhs: (_t, y, dy) => {
        dy[0] = r * y[0] * (1 - y[0] / capacity);
      },
      jacobian: (_t, y, jac) => {
        jac[0] = r * (1 - (2 * y[0]) / capacity);
      },
      stateNames: ["population"],
    },
    t0: 0,
    t1,
    y0: [y0],
    exact: (t, out) => {
      out[0] = (capacity * y0) / (y0 + (capacity - y0) * Math.exp(-r * t));
    },
  });
}

/** Rate constants (1/h) of the three-compartment mammillary model; k31 is a slow deep compartment. */
export interface ThreeCompartmentRates {
  readonly k10: number;
  readonly k12: number;
  readonly k21: number;
  readonly k13: number;
  readonly k31: number;
}

/**
 * Roots of the monic cubic λ³ + a2·λ² + a1·λ + a0 when all three are real (Viète's trigonometric form),
 * in decreasing order.
 */
function realCubicRoots(a2: number, a1: number, a0: number): [number, number, number] {
  const p = a1 - (a2 * a2) / 3;
  const q = (2 * a2 * a2 * a2) / 27 - (a2 * a1) / 3 + a0;
  const m = 2 * Math.sqrt(-p / 3);
  const phi = Math.acos(Math.max(-1, Math.min(1, ((3 * q) / (2 * p)) * Math.sqrt(-3 / p)))) / 3;
  const root = (k: number) => m * Math.cos(phi - (2 * Math.PI * k) / 3) - a2 / 3;
  return [root(0), root(2), root(1)].sort((a, b) => b - a) as [number, number, number];
}

/**
 * IV bolus into a three-compartment mammillary PK model (central ⇄ peripheral, central ⇄ deep, elimination
 * from central): y' = A·y. The exact solution y = Σ c_j e^(λ_j t) v_j comes from the eigen-decomposition of
 * A: the λ_j are the (real, negative) roots of its characteristic cubic and, from rows 2 and 3 of
 * (A − λI)v = 0, v = (1, k12/(λ + k21), k13/(λ + k31)); c solves V·c = y0 (Cramer's rule).
 */
export function threeCompartment(
  rates: ThreeCompartmentRates = { k10: 0.5, k12: 1.2, k21: 0.8, k13: 0.3, k31: 0.05 },
  dose = 100,
  t1 = 24,
): ReferenceProblem {
  const { k10, k12, k21, k13, k31 } = rates;
  const kc = k10 + k12 + k13;
  const lambdas = realCubicRoots(
    kc + k21 + k31,
    (k10 + k13) * k21 + (k10 + k12) * k31 + k21 * k31,
    k10 * k21 * k31,
  );
  const vectors = lambdas.map((l) => [1, k12 / (l + k21), k13 / (l + k31)]);
  const det3 = (a: number[], b: number[], c: number[]) =>
    a[0] * (b[1] * c[2] - b[2] * c[1]) -
    b[0] * (a[1] * c[2] - a[2] * c[1]) +
    c[0] * (a[1] * b[2] - a[2] * b[1]);
  const [v1, v2, v3] = vectors;
  const y0 = [dose, 0, 0];
  const d = det3(v1, v2, v3);
  const coeffs = [det3(y0, v2, v3) / d, det3(v1, y0, v3) / d, det3(v1, v2, y0) / d];
  return problem({
    name: "three-compartment",
    system: {
      n: 3,
      rhs: (_t, y, dy) => {
        dy[0] = -kc * y[0] + k21 * y[1] + k31 * y[2];
        dy[1] = k12 * y[0] - k21 * y[1];
        dy[2] = k13 * y[0] - k31 * y[2];
      },
      jacobian: (_t, _y, jac) => {
        jac.set([-kc, k21, k31, k12, -k21, 0, k13, 0, -k31]);
      },
      stateNames: ["central_mg", "peripheral_mg", "deep_mg"],
    },
    t0: 0,
    t1,
    y0,
    exact: (t, out) => {
      out.fill(0);
      for (let j = 0; j < 3; j++) {
        const a = coeffs[j] * Math.exp(lambdas[j] * t);
        for (let i = 0; i < 3; i++) out[i] += a * vectors[j][i];
      }
    },
  });
}

/**
 * Period of the Arenstorf orbit, 17.0652165601579625588917206249 (Hairer, Nørsett & Wanner, *Solving ODEs I*,
 * §II.0), rounded to the nearest double.
 */
export const ARENSTORF_PERIOD = 17.065216560157964;

/**
 * Arenstorf orbit of the restricted three-body problem (Earth–Moon, μ = 0.012277471): a closed orbit, so
 * after one period the state returns to its start. State (x, y, x', y'). Harder than the others: close
 * approaches to the Earth need steps about 1000× smaller than elsewhere.
 */
export function arenstorf(): ReferenceProblem {
  const mu = 0.012277471;
  const mu1 = 1 - mu;
  return problem({
    name: "arenstorf",
    system: {
      n: 4,
      rhs: (_t, y, dy) => {
        const x = y[0];
        const yy = y[1];
        const vx = y[2];
        const vy = y[3];
        const d1 = ((x + mu) ** 2 + yy * yy) ** 1.5;
        const d2 = ((x - mu1) ** 2 + yy * yy) ** 1.5;
        dy[0] = vx;
        dy[1] = vy;
        dy[2] = x + 2 * vy - (mu1 * (x + mu)) / d1 - (mu * (x - mu1)) / d2;
        dy[3] = yy - 2 * vx - (mu1 * yy) / d1 - (mu * yy) / d2;
      },
      stateNames: ["x", "y", "vx", "vy"],
    },
    t0: 0,
    t1: ARENSTORF_PERIOD,
    // v_y(0) = −2.00158510637908252240537862224, rounded to the nearest double.
    y0: [0.994, 0, 0, -2.0015851063790824],
  });
}

/** The non-stiff reference set, in benchmark order. */
export function nonstiffProblems(): ReferenceProblem[] {
  return [decay(), oscillator(), logistic(), threeCompartment(), arenstorf()];
}
