import { dopri5 } from "../src/solver/dopri5.ts";
import { nonstiffProblems, type ReferenceProblem } from "../test/solver/problems/nonstiff.ts";

/** One benchmark result: the statistics of a single solve and the median wall time over repeated solves. */
export interface BenchRow {
  readonly problem: string;
  readonly method: string;
  readonly rtol: number;
  readonly steps: number;
  readonly rejected: number;
  readonly rhsEvals: number;
  readonly jacEvals: number;
  readonly luDecomps: number;
  readonly medianMs: number;
}

const RTOL = 1e-6;
const RUNS = 5;
const WARMUP = 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
}

function benchOne(p: ReferenceProblem): BenchRow {
  const options = { rtol: RTOL, atol: RTOL };
  const solveOnce = () => {
    const solver = dopri5(p.system.n, options);
    solver.solve(p.system, p.t0, p.initial(), p.t1);
    return solver;
  };
  // Untimed runs first so that the timings measure optimised code, not the JIT's first passes.
  const { stats } = solveOnce();
  for (let r = 0; r < WARMUP; r++) solveOnce();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    solveOnce();
    times.push(performance.now() - start);
  }
  return { problem: p.name, method: "dopri5", rtol: RTOL, ...stats, medianMs: median(times) };
}

/**
 * Runs DOPRI5 on the non-stiff reference problems at rtol = atol = 1e-6: statistics of one solve and the
 * median wall time of five (after warm-up runs), in the same row shape as the Rosenbrock benchmark.
 */
export function benchDopri5(): BenchRow[] {
  return nonstiffProblems().map(benchOne);
}
