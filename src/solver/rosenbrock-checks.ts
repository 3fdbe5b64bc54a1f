/**
 * Error texts of the Rosenbrock solvers, kept apart from the stepper (option checks are in checks.ts).
 */
import type { OdeSystem } from "./types.ts";

const DOMAIN_ADVICE =
  "check the model's parameters and domain (division by zero, log or power of a negative state)";

/** The text of each failure (the solver prefixes the method name); each says what to change. */
export const messages = {
  initialValue: (state: string, value: number, t: number) =>
    `initial value of state \`${state}\` is ${value} at t=${fmt(t)}: fix the initial conditions`,
  derivative: (state: string, value: number, t: number) =>
    `the derivative of state \`${state}\` is ${value} at t=${fmt(t)}: ${DOMAIN_ADVICE}`,
  jacobian: (analytic: boolean, value: number, fState: string, yState: string, t: number) =>
    `${analytic ? "the analytic Jacobian returned" : "finite differences gave"} ${value} for ∂f(\`${fState}\`)/∂\`${yState}\` at t=${fmt(t)}: check the Jacobian and the model's domain near this state`,
  timeDerivative: (state: string, t: number) =>
    `the time derivative of the right-hand side of state \`${state}\` is not finite at t=${fmt(t)}: check time-dependent inputs of the model near this time`,
  nonFiniteStep: (state: string, t: number, h: number) =>
    `non-finite value in state \`${state}\` (its derivative or value became NaN or Infinity) just after t=${fmt(t)} (h=${fmt(h)}) however small the step: ${DOMAIN_ADVICE}`,
  maxSteps: (maxSteps: number, t: number, h: number, err: number, t1: number) =>
    `maximum number of steps (${maxSteps}) reached at t=${fmt(t)} (h=${fmt(h)}, last error norm ${fmt(err)}) before t1=${fmt(t1)}: raise maxSteps (solver.max_steps in a scenario) or loosen rtol/atol; if h stays tiny, check the model for fast oscillations or a near-singularity`,
  underflow: (t: number, h: number, err: number) =>
    `step size underflow at t=${fmt(t)} (h=${fmt(h)}, last error norm ${fmt(err)}): the solution probably blows up or jumps near t=${fmt(t)}; check the model there (split the run at discontinuities such as doses) or loosen rtol/atol`,
  stopOutside: (stop: number, t0: number, t1: number) =>
    `onStep returned stop time ${stop}, outside the step (${t0}, ${t1}]; return NaN or undefined to continue`,
} as const;

/** Short, exact-enough numbers for messages: 6 significant digits. */
export function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}

/** The state's name for messages, or `y[i]` when the system gives no names. */
export function stateName(system: OdeSystem, i: number): string {
  return system.stateNames?.[i] ?? `y[${i}]`;
}
