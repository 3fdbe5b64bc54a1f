/**
 * Solver benchmark cases: each stiff test-set problem × each Rosenbrock method at rtol 1e-6, timed as the
 * median of several cold runs. Generic over (problem, method) so other methods (DOPRI5) can add their cases;
 * `npm run bench` calls {@link benchSolvers}.
 */
import { rodas4, rodas5p, ros34pw2 } from "../src/solver/rosenbrock.ts";
import type { OdeSolver, OdeSystem, SolverOptions } from "../src/solver/types.ts";
import { stiffProblems } from "../test/solver/problems/stiff.ts";

/** A problem to time: integrated from y0 over [t0, t1] with atol = atolPerRtol·rtol. */
export interface BenchProblem {
  readonly name: string;
  readonly system: OdeSystem;
  readonly t0: number;
  readonly t1: number;
  readonly y0: readonly number[];
  readonly atolPerRtol: number;
}

/** A method to time: a factory creating a fresh solver for n states. */
export interface BenchMethod {
  readonly name: string;
  create(n: number, options: SolverOptions): OdeSolver;
}

export interface BenchCase {
  readonly problem: BenchProblem;
  readonly method: BenchMethod;
  readonly rtol: number;
}

/** Counters of one run (they are deterministic) and the median wall time over the timed runs. */
export interface BenchRow {
  problem: string;
  method: string;
  rtol: number;
  steps: number;
  rejected: number;
  rhsEvals: number;
  jacEvals: number;
  luDecomps: number;
  medianMs: number;
}

/** The Rosenbrock methods in `src/solver/rosenbrock.ts`. */
export const rosenbrockMethods: readonly BenchMethod[] = [
  { name: "rodas4", create: rodas4 },
  { name: "rodas5p", create: rodas5p },
  { name: "ros34pw2", create: ros34pw2 },
];

/** Every problem × method pair at one tolerance (default: the stiff test-set problems, Rosenbrock methods). */
export function benchCases(
  problems: readonly BenchProblem[] = stiffProblems,
  methods: readonly BenchMethod[] = rosenbrockMethods,
  rtol = 1e-6,
): BenchCase[] {
  return problems.flatMap((problem) => methods.map((method) => ({ problem, method, rtol })));
}

/** Times one case: the median of `runs` cold solves (fresh solver and state each), after one untimed run. */
export function runBenchCase(c: BenchCase, runs = 5): BenchRow {
  const { problem, method, rtol } = c;
  const solveOnce = () => {
    const solver = method.create(problem.system.n, { rtol, atol: rtol * problem.atolPerRtol });
    const y = Float64Array.from(problem.y0);
    const start = performance.now();
    solver.solve(problem.system, problem.t0, y, problem.t1);
    return { ms: performance.now() - start, stats: solver.stats };
  };
  const { stats } = solveOnce();
  const times = Array.from({ length: runs }, () => solveOnce().ms).sort((a, b) => a - b);
  return {
    problem: problem.name,
    method: method.name,
    rtol,
    ...stats,
    medianMs: times[Math.floor(times.length / 2)]!,
  };
}

/**
 * Runs the benchmark cases (default: each stiff problem with each Rosenbrock method at rtol 1e-6) and returns
 * one row per case.
 */
export function benchSolvers(cases: readonly BenchCase[] = benchCases(), runs = 5): BenchRow[] {
  // One untimed pass over every case first: the stepper is shared, so the first case timed would otherwise
  // pay for JIT warm-up of code that all cases use.
  for (const c of cases) runBenchCase(c, 1);
  return cases.map((c) => runBenchCase(c, runs));
}
