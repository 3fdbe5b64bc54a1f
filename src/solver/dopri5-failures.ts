import { SolverError } from "./errors.ts";
import type { OdeSystem } from "./types.ts";

// Argument checks and error messages of the DOPRI5 solver, kept out of the step loop. Every message says
// where (t, h), what went wrong and what to change.

const ADVICE_STIFF = "the problem may be stiff: use method rodas (solver.method in a scenario)";

/** Six significant digits: enough to place t and h, short enough to read. */
function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}

function stateName(system: OdeSystem, i: number): string {
  return system.stateNames?.[i] ?? `y[${i}]`;
}

/** A non-finite initial value (`derivative` false) or initial derivative of state i. */
export function nonFiniteStartError(
  system: OdeSystem,
  i: number,
  value: number,
  t0: number,
  derivative: boolean,
): SolverError {
  const name = stateName(system, i);
  const message = derivative
    ? `dopri5: the derivative of state \`${name}\` is ${value} at the initial state (t=${fmt(t0)}): check the model's parameters and domain`
    : `dopri5: initial value of state \`${name}\` is ${value} at t=${fmt(t0)}: fix the initial conditions`;
  return new SolverError("non_finite", message, t0, 0, name);
}

/** Trial steps from t kept giving NaN/∞ in state i (or no state could be singled out: i = -1) as h → 0. */
export function nonFiniteStepError(system: OdeSystem, i: number, t: number, h: number): SolverError {
  const name = stateName(system, Math.max(i, 0));
  return new SolverError(
    "non_finite",
    `dopri5: non-finite value in state \`${name}\` (its derivative or value became NaN or Infinity) just after t=${fmt(t)} (h=${fmt(h)}) however small the step: check the model's parameters and domain (division by zero, log or power of a negative state)`,
    t,
    h,
    name,
  );
}

/** The step size fell below what t can resolve (0.1·h ≤ |t|·ε, as dopri5.f). */
export function underflowError(t: number, h: number, err: number): SolverError {
  return new SolverError(
    "step_underflow",
    `dopri5: step size underflow at t=${fmt(t)} (h=${fmt(h)}, last error norm ${fmt(err)}): ${ADVICE_STIFF}, or the solution blows up near t=${fmt(t)}; check the model or loosen rtol/atol`,
    t,
    h,
  );
}

/** `maxSteps` attempted steps did not reach t1. */
export function maxStepsError(maxSteps: number, t: number, h: number, err: number, t1: number): SolverError {
  return new SolverError(
    "max_steps",
    `dopri5: maximum number of steps (${maxSteps}) reached at t=${fmt(t)} (h=${fmt(h)}, last error norm ${fmt(err)}) before t1=${fmt(t1)}: raise maxSteps (solver.max_steps in a scenario) or loosen rtol/atol; if h is tiny compared with the interval, ${ADVICE_STIFF}`,
    t,
    h,
  );
}
