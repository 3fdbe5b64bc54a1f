import type { OdeSystem } from "./types.ts";

/**
 * The largest step allowed from (t, y): the solver's `hMax`, or the model's own `maxStep` there when it
 * is smaller (a delay equation's shortest current delay). Shared by every stepper.
 */
export function stepCap(system: OdeSystem, t: number, y: Float64Array, hMax: number): number {
  if (system.maxStep === undefined) return hMax;
  const cap = system.maxStep(t, y);
  return cap > 0 && cap < hMax ? cap : hMax;
}
