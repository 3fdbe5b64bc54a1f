/**
 * Stiff problems of the Test Set for IVP Solvers (F. Mazzia & C. Magherini, release 2.4, University of Bari,
 * 2008; originally CWI, W. M. Lioen & J. J. B. de Swart), with analytic Jacobians and the test set's
 * reference solutions at t_end. Each `source` names the test-set file (problem definition, `feval`/`jeval`
 * and the `solut` reference routine) the values come from; the test set computed them with RADAU5/RADAU in
 * extended precision (uround ≈ 1e-19, tolerances ≈ 1.1e-18).
 */
import type { OdeSolver, OdeSystem, SolverOptions, SolverStats } from "../../../src/solver/types.ts";

/** A stiff problem with a reference state at t1. */
export interface StiffProblem {
  readonly name: string;
  readonly system: OdeSystem;
  readonly t0: number;
  readonly t1: number;
  readonly y0: readonly number[];
  /** Reference solution at t1. */
  readonly reference: readonly number[];
  /**
   * atol = atolPerRtol·rtol: the absolute tolerance scales with rtol, set for each problem from the size of
   * its smallest components that matter (see the comments below).
   */
  readonly atolPerRtol: number;
  readonly source: string;
}

/**
 * ROBER: Robertson's autocatalytic reaction, t ∈ [0, 1e11]. y2 peaks at 3.6e-5 and ends near 8e-14, so
 * atol is 1e-4·rtol (the usual choice for this problem; y1 + y2 + y3 = 1 is invariant).
 */
export const rober: StiffProblem = {
  name: "ROBER",
  system: {
    n: 3,
    rhs: (_t, y, dy) => {
      const r1 = 0.04 * y[0];
      const r2 = 3e7 * y[1] * y[1];
      const r3 = 1e4 * y[1] * y[2];
      dy[0] = -r1 + r3;
      dy[1] = r1 - r2 - r3;
      dy[2] = r2;
    },
    jacobian: (_t, y, j) => {
      j[0] = -0.04;
      j[1] = 1e4 * y[2];
      j[2] = 1e4 * y[1];
      j[3] = 0.04;
      j[4] = -1e4 * y[2] - 6e7 * y[1];
      j[5] = -1e4 * y[1];
      j[7] = 6e7 * y[1];
    },
    stateNames: ["y1", "y2", "y3"],
  },
  t0: 0,
  t1: 1e11,
  y0: [1, 0, 0],
  reference: [0.2083340149701255e-7, 0.8333360770334713e-13, 0.999999979166505],
  atolPerRtol: 1e-4,
  source: "Bari test set rober.f (solut)",
};

/**
 * HIRES: "High Irradiance RESponse" of plant morphogenesis (Schäfer 1975), 8 equations, t ∈ [0, 321.8122].
 * Components are 1e-4…1e-2, so atol = 1e-4·rtol.
 */
export const hires: StiffProblem = {
  name: "HIRES",
  system: {
    n: 8,
    rhs: (_t, y, dy) => {
      const r = 280 * y[5] * y[7];
      dy[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
      dy[1] = 1.71 * y[0] - 8.75 * y[1];
      dy[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
      dy[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
      dy[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
      dy[5] = -r + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
      dy[6] = r - 1.81 * y[6];
      dy[7] = -r + 1.81 * y[6];
    },
    jacobian: (_t, y, j) => {
      const n = 8;
      const set = (row: number, col: number, v: number) => {
        j[row * n + col] = v;
      };
      set(0, 0, -1.71);
      set(0, 1, 0.43);
      set(0, 2, 8.32);
      set(1, 0, 1.71);
      set(1, 1, -8.75);
      set(2, 2, -10.03);
      set(2, 3, 0.43);
      set(2, 4, 0.035);
      set(3, 1, 8.32);
      set(3, 2, 1.71);
      set(3, 3, -1.12);
      set(4, 4, -1.745);
      set(4, 5, 0.43);
      set(4, 6, 0.43);
      set(5, 3, 0.69);
      set(5, 4, 1.71);
      set(5, 5, -280 * y[7] - 0.43);
      set(5, 6, 0.69);
      set(5, 7, -280 * y[5]);
      set(6, 5, 280 * y[7]);
      set(6, 6, -1.81);
      set(6, 7, 280 * y[5]);
      set(7, 5, -280 * y[7]);
      set(7, 6, 1.81);
      set(7, 7, -280 * y[5]);
    },
    stateNames: ["y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8"],
  },
  t0: 0,
  t1: 321.8122,
  y0: [1, 0, 0, 0, 0, 0, 0, 0.0057],
  reference: [
    0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4, 0.1175651343283149e-2,
    0.2386356198831331e-2, 0.6238968252742796e-2, 0.2849998395185769e-2, 0.2850001604814231e-2,
  ],
  atolPerRtol: 1e-4,
  source: "Bari test set hires.f (solut)",
};

/**
 * VDPOLM: the test set's "Van der Pol modified" problem, y1'' = μ(1 − y1²)y1' − y1 with μ = 1000 in
 * unscaled time, t ∈ [0, 2000] (the same solution as VDPOL with ε = 1e-6 on [0, 2], with y2 scaled by
 * 1e-3). Chosen over the scaled form because its reference value comes with its source file. y1 is O(1)
 * and y2 O(1e-3) on the slow branches; the file asks for scalar tolerances and we take atol = rtol.
 */
export const vdpolm: StiffProblem = {
  name: "VDPOLM",
  system: {
    n: 2,
    rhs: (_t, y, dy) => {
      dy[0] = y[1];
      dy[1] = 1e3 * (1 - y[0] * y[0]) * y[1] - y[0];
    },
    jacobian: (_t, y, j) => {
      j[1] = 1;
      j[2] = -2e3 * y[0] * y[1] - 1;
      j[3] = 1e3 * (1 - y[0] * y[0]);
    },
    stateNames: ["y1", "y2"],
  },
  t0: 0,
  t1: 2000,
  y0: [2, 0],
  reference: [0.1706167732170469e1, -0.8928097010248125e-3],
  atolPerRtol: 1,
  source: "Bari test set vdpolm.F rev. 1.2 (solut, RADAU at rtol = atol = 1.1e-18)",
};

/**
 * OREGO: the Oregonator (Field & Noyes 1974), 3 equations, t ∈ [0, 360]; components swing between about 1
 * and 1e5, so atol = rtol.
 */
export const orego: StiffProblem = {
  name: "OREGO",
  system: {
    n: 3,
    rhs: (_t, y, dy) => {
      dy[0] = 77.27 * (y[1] + y[0] * (1 - 8.375e-6 * y[0] - y[1]));
      dy[1] = (y[2] - (1 + y[0]) * y[1]) / 77.27;
      dy[2] = 0.161 * (y[0] - y[2]);
    },
    jacobian: (_t, y, j) => {
      j[0] = 77.27 * (1 - 2 * 8.375e-6 * y[0] - y[1]);
      j[1] = 77.27 * (1 - y[0]);
      j[3] = -y[1] / 77.27;
      j[4] = -(1 + y[0]) / 77.27;
      j[5] = 1 / 77.27;
      j[6] = 0.161;
      j[8] = -0.161;
    },
    stateNames: ["y1", "y2", "y3"],
  },
  t0: 0,
  t1: 360,
  y0: [1, 2, 3],
  reference: [0.1000814870318523e1, 0.1228178521549917e4, 0.1320554942846706e3],
  atolPerRtol: 1,
  source: "Bari test set orego.F rev. 1.4 (solut, RADAU at rtol = 1.1e-18, atol = 1.1e-40)",
};

/** The four problems in the order the scd table lists them. */
export const stiffProblems: readonly StiffProblem[] = [rober, hires, vdpolm, orego];

/**
 * Significant correct digits in the test set's sense, both variants:
 * - `scd` = −log10 max_i |y_i − ref_i| / |ref_i| (relative; absolute error where ref_i = 0);
 * - `mescd` = −log10 max_i |y_i − ref_i| / (atol_i/rtol + |ref_i|), the test set's "mixed error" digits,
 *   which measure components much smaller than atol/rtol (ROBER's y2 ≈ 8e-14) absolutely.
 */
export function significantDigits(
  y: ArrayLike<number>,
  reference: readonly number[],
  atolPerRtol: number,
): { scd: number; mescd: number } {
  let rel = 0;
  let mixed = 0;
  reference.forEach((r, i) => {
    const e = Math.abs(y[i]! - r);
    rel = Math.max(rel, r === 0 ? e : e / Math.abs(r));
    mixed = Math.max(mixed, e / (atolPerRtol + Math.abs(r)));
  });
  return { scd: -Math.log10(rel), mescd: -Math.log10(mixed) };
}

/** One solve of a test-set problem: the end state, the solver's counters and the digits reached. */
export interface StiffRun {
  readonly y: Float64Array;
  readonly stats: SolverStats;
  readonly scd: number;
  readonly mescd: number;
}

/** Solves `problem` on [t0, t1] with rtol and atol = atolPerRtol·rtol, from a fresh solver. */
export function runStiff(
  problem: StiffProblem,
  make: (n: number, options: SolverOptions) => OdeSolver,
  rtol: number,
): StiffRun {
  const solver = make(problem.system.n, { rtol, atol: rtol * problem.atolPerRtol });
  const y = Float64Array.from(problem.y0);
  solver.solve(problem.system, problem.t0, y, problem.t1);
  return { y, stats: { ...solver.stats }, ...significantDigits(y, problem.reference, problem.atolPerRtol) };
}
