import type { SolverMethod } from "../scenario/types.ts";
import { autoSolver } from "./auto.ts";
import { dopri5 } from "./dopri5.ts";
import { rodas4, rodas5p, ros34pw2 } from "./rosenbrock.ts";
import type { OdeSolver, SolverOptions } from "./types.ts";

/** The integrator a scenario names, sized for `n` states. */
export function createSolver(method: SolverMethod, n: number, options: SolverOptions): OdeSolver {
  switch (method) {
    case "rodas4":
      return rodas4(n, options);
    case "rodas5p":
      return rodas5p(n, options);
    case "ros34pw2":
      return ros34pw2(n, options);
    case "dopri5":
      return dopri5(n, options);
    case "auto":
      return autoSolver(n, options);
  }
}
