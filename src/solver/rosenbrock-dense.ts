import type { DenseStep } from "./types.ts";

/**
 * Dense output of one accepted Rosenbrock step in rodas.f's form
 * y(θ) = (1−θ)·y0 + θ·(y1 + (1−θ)·(K_1 + θ·(K_2 + θ·K_3 …))), θ = (t − t0)/(t1 − t0),
 * which is exact at both ends (θ = 0 gives y0, θ = 1 gives y1) whatever the K_r. The solver owns one
 * instance, rewrites its buffers after every accepted step and only lends it to `onStep`.
 */
export class RosenbrockDense implements DenseStep {
  t0 = 0;
  t1 = 0;
  /**
   * True when `k` has not been computed for this step yet: the solver then leaves it to `fill`, which
   * runs on the first interpolation (most steps of a long run are never interpolated).
   */
  stale = false;
  fill: ((k: Float64Array) => void) | undefined = undefined;

  /**
   * @param y0 - state at t0 (length n).
   * @param y1 - state at t1 (length n).
   * @param k - the K_r rows back to back (length terms·n).
   */
  constructor(
    readonly n: number,
    readonly terms: number,
    readonly y0: Float64Array,
    readonly y1: Float64Array,
    readonly k: Float64Array,
  ) {}

  interpolate(t: number, out: Float64Array): void {
    if (this.stale) this.refresh();
    const { n, terms, y0, y1, k } = this;
    const theta = (t - this.t0) / (this.t1 - this.t0);
    const rest = 1 - theta;
    for (let i = 0; i < n; i++) {
      // Horner in θ over the K rows.
      let acc = 0;
      for (let r = terms - 1; r >= 0; r--) acc = k[r * n + i] + theta * acc;
      out[i] = rest * y0[i] + theta * (y1[i] + rest * acc);
    }
  }

  private refresh(): void {
    this.fill?.(this.k);
    this.stale = false;
  }

  snapshot(): DenseStep {
    if (this.stale) this.refresh();
    const copy = new RosenbrockDense(this.n, this.terms, this.y0.slice(), this.y1.slice(), this.k.slice());
    copy.t0 = this.t0;
    copy.t1 = this.t1;
    return copy;
  }
}
