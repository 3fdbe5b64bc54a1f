/**
 * The inner loop of the generic Rosenbrock stepper: the workspace (every buffer one solver needs, allocated
 * once) and one trial step driven by a {@link RosenbrockTableau}. No allocation happens here after
 * construction.
 */
import { BlockLu } from "./block-lu.ts";
import { errorNorm, firstNonFinite } from "./norm.ts";
import type { RosenbrockTableau } from "./rosenbrock-tableaus.ts";
import type { Rhs, SolverStats } from "./types.ts";

/** Buffers and flattened coefficients of one Rosenbrock solver for systems of `n` states. */
export class RosenbrockWorkspace {
  readonly s: number;
  /** ∂f/∂y at the current accepted point, row-major; kept across rejected attempts. */
  readonly jac: Float64Array;
  /** Factors of W = I/(hγ) − J for the current h, block by block (see block-lu.ts). */
  readonly lu: BlockLu;
  /** f(t, y) at the current accepted point. */
  readonly f0: Float64Array;
  /** ∂f/∂t at the current accepted point. */
  readonly dfdt: Float64Array;
  /** Stage argument and stage derivative scratch (also used by the finite differences). */
  readonly ys: Float64Array;
  readonly fs: Float64Array;
  /** Trial solution and its error estimate. */
  readonly y1: Float64Array;
  readonly err: Float64Array;
  /** Stage vectors u_1 … u_s back to back (stage i at offset i·n), and a view per stage for the LU solve. */
  readonly u: Float64Array;
  readonly uRows: readonly Float64Array[];
  // Flattened table: a and c row-major s×s (strictly lower), the rest length s, dense rows × s.
  readonly a: Float64Array;
  readonly c: Float64Array;
  readonly alpha: Float64Array;
  readonly gammaSum: Float64Array;
  readonly b: Float64Array;
  readonly bErr: Float64Array;
  readonly dense: Float64Array;
  readonly denseTerms: number;
  /** Index of the state whose derivative or value became non-finite in the last attempt, else −1. */
  nonFiniteState = -1;

  constructor(
    readonly n: number,
    readonly tableau: RosenbrockTableau,
  ) {
    const s = tableau.a.length;
    this.s = s;
    this.jac = new Float64Array(n * n);
    this.lu = new BlockLu(n);
    this.f0 = new Float64Array(n);
    this.dfdt = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.fs = new Float64Array(n);
    this.y1 = new Float64Array(n);
    this.err = new Float64Array(n);
    this.u = new Float64Array(s * n);
    this.uRows = Array.from({ length: s }, (_, i) => this.u.subarray(i * n, (i + 1) * n));
    this.a = new Float64Array(s * s);
    this.c = new Float64Array(s * s);
    for (let i = 0; i < s; i++) {
      for (let j = 0; j < i; j++) {
        this.a[i * s + j] = tableau.a[i][j];
        this.c[i * s + j] = tableau.c[i][j];
      }
    }
    this.alpha = Float64Array.from(tableau.alpha);
    this.gammaSum = Float64Array.from(tableau.gammaSum);
    this.b = Float64Array.from(tableau.b);
    this.bErr = Float64Array.from(tableau.bErr);
    this.denseTerms = tableau.dense.length;
    this.dense = Float64Array.from(tableau.dense.flat());
  }
}

/**
 * Forms W = I/(hγ) − J from the stored Jacobian and factors it. False when W is singular (1/(hγ) is an
 * eigenvalue of J), which a different h cures.
 */
export function factorIterationMatrix(w: RosenbrockWorkspace, h: number): boolean {
  return w.lu.factor(w.jac, 1 / (h * w.tableau.gamma));
}

/**
 * One trial step of size h from (t, y) with W already factored for this h: computes the stages, the trial
 * solution `w.y1` and the error estimate `w.err`, and returns the weighted RMS error norm. Returns NaN as
 * soon as a stage derivative or the trial solution is not finite, with `w.nonFiniteState` naming the first
 * bad state. Costs up to s − 1 right-hand-side evaluations (the first stage reuses `w.f0`), counted in
 * `stats.rhsEvals`.
 */
export function rosenbrockAttempt(
  w: RosenbrockWorkspace,
  rhs: Rhs,
  t: number,
  y: Float64Array,
  h: number,
  rtol: number,
  atol: number | Float64Array,
  stats: SolverStats,
  peak?: Float64Array,
): number {
  const { n, s, u, uRows, a, c, alpha, gammaSum, b, bErr, ys, fs, f0, dfdt, y1, err, lu } = w;
  const invH = 1 / h;
  w.nonFiniteState = -1;
  for (let i = 0; i < s; i++) {
    const ui = uRows[i];
    const hg = h * gammaSum[i];
    const row = i * s;
    if (i === 0) {
      for (let r = 0; r < n; r++) ui[r] = f0[r] + hg * dfdt[r];
    } else {
      // Stage sums run stage by stage over whole vectors (the same additions, in the same order, as summing
      // per state), skipping the table's zero coefficients.
      ys.set(y);
      for (let j = 0; j < i; j++) {
        const aij = a[row + j];
        if (aij === 0) continue;
        const uj = j * n;
        for (let r = 0; r < n; r++) ys[r] += aij * u[uj + r];
      }
      rhs(t + alpha[i] * h, ys, fs);
      stats.rhsEvals++;
      const bad = firstNonFinite(fs, n);
      if (bad >= 0) {
        w.nonFiniteState = bad;
        return Number.NaN;
      }
      for (let r = 0; r < n; r++) ui[r] = fs[r] + hg * dfdt[r];
      for (let j = 0; j < i; j++) {
        const cij = c[row + j] * invH;
        if (cij === 0) continue;
        const uj = j * n;
        for (let r = 0; r < n; r++) ui[r] += cij * u[uj + r];
      }
    }
    lu.solve(ui);
  }
  y1.set(y);
  err.fill(0);
  for (let j = 0; j < s; j++) {
    const bj = b[j];
    const ej = bErr[j];
    const uj = j * n;
    for (let r = 0; r < n; r++) {
      const v = u[uj + r];
      y1[r] += bj * v;
      err[r] += ej * v;
    }
  }
  const bad = firstNonFinite(y1, n);
  if (bad >= 0) {
    w.nonFiniteState = bad;
    return Number.NaN;
  }
  return errorNorm(err, y, y1, rtol, atol, n, peak);
}

/**
 * Writes the dense-output rows K_r = Σ_j dense[r][j]·u_j of the table into `k` (terms·n entries) after an
 * accepted step.
 */
export function rosenbrockDenseRows(w: RosenbrockWorkspace, k: Float64Array): void {
  const { n, s, u, dense, denseTerms } = w;
  for (let r = 0; r < denseTerms; r++) {
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let j = 0; j < s; j++) acc += dense[r * s + j] * u[j * n + i];
      k[r * n + i] = acc;
    }
  }
}

/**
 * Cubic Hermite rows for tables without dense output, from y0, y1 = `w.y1`, f0 = `w.f0` and f1:
 * K_1 = h·f0 − Δ and K_2 = 2Δ − h·(f0 + f1) with Δ = y1 − y0, so that the rodas.f form above reproduces
 * the Hermite cubic matching y and y' at both ends.
 */
export function hermiteDenseRows(
  w: RosenbrockWorkspace,
  y0: Float64Array,
  f1: Float64Array,
  h: number,
  k: Float64Array,
): void {
  const { n, y1, f0 } = w;
  for (let i = 0; i < n; i++) {
    const delta = y1[i] - y0[i];
    k[i] = h * f0[i] - delta;
    k[n + i] = 2 * delta - h * (f0[i] + f1[i]);
  }
}
