/**
 * Argument checks and error texts of the Rosenbrock solvers, kept apart from the stepper. (dopri5.ts has the
 * same option checks; a shared module could serve both.)
 */
import type { OdeSystem, SolverOptions } from "./types.ts";

/**
 * Throws a RangeError naming the method and the bad option: tolerances finite and ≥ 0 and not both zero,
 * one atol per state, positive hMax/hInit, a positive integer maxSteps.
 */
export function validateOptions(method: string, n: number, o: SolverOptions): void {
  const bad = (what: string) => new RangeError(`${method}: ${what}`);
  if (!Number.isInteger(n) || n < 1) throw bad(`n must be a positive integer, got ${n}`);
  if (!(o.rtol >= 0 && o.rtol < Infinity)) throw bad(`rtol must be a finite number ≥ 0, got ${o.rtol}`);
  if (typeof o.atol !== "number" && o.atol.length !== n) {
    throw bad(`atol has ${o.atol.length} entries but the system has n=${n} states; pass one per state`);
  }
  for (const a of typeof o.atol === "number" ? [o.atol] : o.atol) {
    if (!(a >= 0 && a < Infinity)) throw bad(`atol must be finite and ≥ 0, got ${a}`);
    if (a === 0 && o.rtol === 0) throw bad("rtol and atol cannot both be zero");
  }
  if (o.hMax !== undefined && !(o.hMax > 0)) throw bad(`hMax must be > 0, got ${o.hMax}`);
  if (o.hInit !== undefined && !(o.hInit > 0 && o.hInit < Infinity)) {
    throw bad(`hInit must be a finite number > 0, got ${o.hInit}`);
  }
  if (o.maxSteps !== undefined && !(Number.isInteger(o.maxSteps) && o.maxSteps > 0)) {
    throw bad(`maxSteps must be a positive integer, got ${o.maxSteps}`);
  }
}

/** Throws a RangeError for a call that cannot be integrated: wrong system size or length of y, bad interval. */
export function checkSolveArgs(
  method: string,
  n: number,
  system: OdeSystem,
  t0: number,
  y: Float64Array,
  t1: number,
): void {
  if (system.n !== n) {
    throw new RangeError(
      `${method}: the solver was created for n=${n} states but the system has n=${system.n}; create one solver per system size`,
    );
  }
  if (y.length !== n) {
    throw new RangeError(
      `${method}: invalid size of y: expected a length-${n} Float64Array (one entry per state), got length ${y.length}`,
    );
  }
  if (!(Number.isFinite(t0) && Number.isFinite(t1) && t0 <= t1)) {
    throw new RangeError(`${method}: need finite t0 ≤ t1, got t0=${t0}, t1=${t1}`);
  }
}

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
    `maximum number of steps (${maxSteps}) reached at t=${fmt(t)} (h=${fmt(h)}, last error norm ${fmt(err)}) before t1=${fmt(t1)}: raise maxSteps or loosen rtol/atol; if h stays tiny, check the model for fast oscillations or a near-singularity`,
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
