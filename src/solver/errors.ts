/** Why an integration failed; each code has one message shape that says what to change. */
export type SolverErrorCode = "step_underflow" | "max_steps" | "non_finite";

/**
 * A failed integration, with where (t, h) it failed. `message` is complete and actionable, e.g.
 * "step size underflow at t=12.5 (h=1.2e-14): the problem is stiffer than the method or tolerances allow; use
 * method rodas or loosen rtol".
 */
export class SolverError extends Error {
  override readonly name = "SolverError";
  constructor(
    readonly code: SolverErrorCode,
    message: string,
    readonly t: number,
    readonly h: number,
    /** Name of the offending state for `non_finite`, when known. */
    readonly state?: string,
  ) {
    super(message);
  }
}
