import { dopri5 } from "./dopri5.ts";
import { SolverError } from "./errors.ts";
import { rodas4 } from "./rosenbrock.ts";
import type { OdeSolver, OdeSystem, SolverOptions, SolverStats, StepCallback } from "./types.ts";

/**
 * DOPRI5 that hands over to Rodas4 when the problem turns stiff. The breathing model caps steps at a few
 * seconds, where an explicit method is cheapest — until an extreme dose makes receptor binding stiff
 * (kon·C^n of 10⁶ per hour at gram doses) and DOPRI5 would need millions of steps. Each `solve` (one
 * integration segment) starts with DOPRI5; when its stiffness detector fires and its steps have shrunk
 * below a tenth of the step cap (or its step underflows) the rest of the segment
 * is integrated with Rodas4 from the last accepted state.
 * Both see the same `onStep`, so a history recorder and the event driver see every accepted step once.
 *
 * @example
 * const solver = autoSolver(n, { rtol: 1e-6, atol: 1e-9, hMax: 0.001 });
 * solver.solve(system, 0, y, 1.5);
 */
export function autoSolver(n: number, options: SolverOptions): OdeSolver {
  const explicit = dopri5(n, options);
  const stiff = rodas4(n, options);
  const smallStep = options.hMax === undefined ? Number.POSITIVE_INFINITY : 0.1 * options.hMax;
  const sum = (k: keyof SolverStats) => explicit.stats[k] + stiff.stats[k];
  const stats: SolverStats = {
    get steps() {
      return sum("steps");
    },
    get rejected() {
      return sum("rejected");
    },
    get rhsEvals() {
      return sum("rhsEvals");
    },
    get jacEvals() {
      return sum("jacEvals");
    },
    get luDecomps() {
      return sum("luDecomps");
    },
  } as SolverStats;
  return {
    method: "auto",
    stats,
    solve(system: OdeSystem, t0: number, y: Float64Array, t1: number, onStep?: StepCallback): number {
      let handOver = false;
      let reached: number;
      try {
        reached = explicit.solve(system, t0, y, t1, (step) => {
          const stop = onStep?.(step);
          if (stop !== undefined) return stop;
          // With a step cap, DOPRI5 at the cap sits near its stability limit and the detector fires on
          // ordinary runs; hand over only when stiffness has actually shrunk the steps well below it.
          if (explicit.stiffnessDetected && step.t1 - step.t0 < smallStep) {
            handOver = true;
            return step.t1;
          }
          return undefined;
        });
      } catch (e) {
        // On failure DOPRI5 leaves the last accepted state in y; carry on from there.
        // Only failures stiffness causes are handed over; a spent step budget or a non-finite state is
        // the user's to see (Rodas4 would start a fresh budget and hide it).
        if (!(e instanceof SolverError) || e.code !== "step_underflow") throw e;
        handOver = true;
        reached = e.t;
      }
      if (!handOver || reached >= t1) return reached;
      return stiff.solve(system, reached, y, t1, onStep);
    },
  };
}
