/**
 * Shared types of the ODE solvers. The solvers work on `Float64Array`s and never allocate inside a step:
 * every buffer lives in a workspace created once per solver instance for a given system size.
 */

/**
 * Right-hand side of y' = f(t, y). Writes f(t, y) into `dydt` (length n) and must not keep references to
 * `y` or `dydt` after returning.
 */
export type Rhs = (t: number, y: Float64Array, dydt: Float64Array) => void;

/**
 * Analytic Jacobian ∂f/∂y at (t, y), written row-major into `jac` (length n·n): `jac[i*n + j] = ∂f_i/∂y_j`.
 * Entries not written must be left as zero by the caller's convention: the solver zero-fills `jac` first.
 */
export type JacobianFn = (t: number, y: Float64Array, jac: Float64Array) => void;

/** The ODE system an integrator advances. */
export interface OdeSystem {
  /** Number of states. */
  readonly n: number;
  readonly rhs: Rhs;
  /** Optional analytic Jacobian; without it the Rosenbrock solvers use finite differences. */
  readonly jacobian?: JacobianFn;
  /**
   * True when f does not depend on t (between events): the Rosenbrock solvers then skip the ∂f/∂t
   * difference, one right-hand-side evaluation per step. Inputs added by the event driver are constant
   * within a segment, so they keep a system autonomous.
   */
  readonly autonomous?: boolean;
  /** State names, used in error messages ("non-finite value in state `morphine_central_mg`"). */
  readonly stateNames?: readonly string[];
  /**
   * Largest step the model allows from state y at time t, on top of the solver's `hMax`: a delay
   * equation's shortest current delay, so delayed reads stay in accepted history. Checked at every
   * accepted step.
   */
  readonly maxStep?: (t: number, y: Float64Array) => number;
}

/**
 * Tolerances and limits. Error per component: |err_i| / (atol_i + rtol·max(|y0_i|, |y1_i|)), or with
 * `peak`: |err_i| / (atol_i + rtol·max(|y0_i|, |y1_i|, peak_i)).
 */
export interface SolverOptions {
  readonly rtol: number;
  /** Absolute tolerance, a scalar or one per state. */
  readonly atol: number | Float64Array;
  /** Largest step allowed (default: the whole interval). */
  readonly hMax?: number;
  /** Initial step; omitted means the standard Hairer–Wanner heuristic. */
  readonly hInit?: number;
  /** Accepted + rejected steps allowed per `solve` call before `max_steps` is thrown (default 100 000). */
  readonly maxSteps?: number;
  /**
   * Per-state magnitudes the relative tolerance also applies to (one per state, caller-owned): the error
   * weight becomes atol_i + rtol·max(|y0_i|, |y1_i|, peak_i), so a state that has fallen far below its
   * peak is held to rtol of that peak, not of its current value. The solver raises peak_i to |y_i| at the
   * start of every `solve` and after every accepted step; a zero-filled array shared by the solves of one
   * run therefore tracks each state's largest value so far. Absent: relative to the current values only.
   */
  readonly peak?: Float64Array;
}

/** Counters accumulated over the life of a solver instance (they are never reset by `solve`). */
export interface SolverStats {
  steps: number;
  rejected: number;
  rhsEvals: number;
  jacEvals: number;
  luDecomps: number;
}

/**
 * One accepted step's dense output on [t0, t1]. The object is owned by the solver and is only valid
 * during the `onStep` callback; call `snapshot()` to keep a copy (for delay/history use).
 */
export interface DenseStep {
  readonly t0: number;
  readonly t1: number;
  /** Writes the interpolated state at t ∈ [t0, t1] into `out`. */
  interpolate(t: number, out: Float64Array): void;
  /** An independent copy that stays valid after the step (allocates; not for the inner loop). */
  snapshot(): DenseStep;
}

/**
 * Called after every accepted step. Return NaN (or nothing) to continue, or a time in (t0, t1] at which
 * the integration must stop (a located state event): the solver then sets y to the interpolated state at
 * that time and returns it from `solve`.
 */
export type StepCallback = (step: DenseStep) => number | undefined;

/** An integrator bound to one system size. */
export interface OdeSolver {
  /** Short method name: "dopri5", "rodas4", "rodas5p", "ros34pw2", … */
  readonly method: string;
  readonly stats: SolverStats;
  /**
   * Advances `y` (in place) from t0 to t1 (t1 > t0) over a smooth right-hand side. Returns the time
   * reached: t1, or the stop time an `onStep` callback asked for. Starts cold (no step-size memory from a
   * previous call), which is what the event driver wants after each discontinuity.
   *
   * @throws {SolverError} on step-size underflow, too many steps, or a non-finite state/derivative.
   */
  solve(system: OdeSystem, t0: number, y: Float64Array, t1: number, onStep?: StepCallback): number;
}
