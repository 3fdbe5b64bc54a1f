/**
 * Argument checks shared by every solver (option validation and the shape of a solve call), kept out of the
 * step loops. Messages name the method, the bad value and what is accepted.
 */
import type { OdeSystem, SolverOptions } from "./types.ts";

/**
 * Throws a RangeError naming the method and the bad option: tolerances finite and ≥ 0 and not both zero,
 * one atol and one finite peak ≥ 0 per state, positive hMax/hInit, a positive integer maxSteps.
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
  if (o.peak !== undefined) {
    if (o.peak.length !== n) {
      throw bad(`peak has ${o.peak.length} entries but the system has n=${n} states; pass one per state`);
    }
    const i = o.peak.findIndex((v) => !(v >= 0 && v < Infinity));
    if (i >= 0) throw bad(`peak[${i}] must be finite and ≥ 0, got ${o.peak[i]}`);
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
