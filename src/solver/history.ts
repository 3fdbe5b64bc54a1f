import type { DenseStep } from "./types.ts";

/**
 * The dense output of every accepted step, in time order, so that a model can read a state at an
 * earlier time (transport delays in the breathing model). Steps are snapshots; lookup is a binary search.
 */
export class DenseHistory {
  private readonly steps: DenseStep[] = [];

  /** Number of stored steps. */
  get length(): number {
    return this.steps.length;
  }

  /** Time span covered, [start, end]; [NaN, NaN] when empty. */
  get span(): readonly [number, number] {
    const n = this.steps.length;
    return n === 0 ? [Number.NaN, Number.NaN] : [this.steps[0]!.t0, this.steps[n - 1]!.t1];
  }

  /** Stores a copy of the step (called from the driver's step callback). */
  push(step: DenseStep): void {
    this.steps.push(step.snapshot());
  }

  /**
   * Writes the state at time t into `out`. Where two steps meet at a discontinuity (a dose), the later
   * (post-event) step wins. Throws a RangeError outside the stored span.
   */
  interpolate(t: number, out: Float64Array): void {
    const steps = this.steps;
    let lo = 0;
    let hi = steps.length - 1;
    if (hi < 0 || t < steps[0]!.t0 || t > steps[hi]!.t1) {
      throw new RangeError(`history holds [${this.span.join(", ")}]; t=${t} is outside it`);
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (steps[mid]!.t0 <= t) lo = mid;
      else hi = mid - 1;
    }
    steps[lo]!.interpolate(t, out);
  }
}
