import type { DenseStep } from "./types.ts";

/**
 * Shampine's fourth-order continuous extension of one DOPRI5 step (Hairer's CONTD5), in the form
 * y(θ) = (1−θ)·y0 + θ·y1 + θ(1−θ)·(r3 + θ·(r4 + (1−θ)·r5)), θ = (t − t0)/(t1 − t0).
 * Hairer writes the first two terms as y0 + θ·(y1 − y0); splitting them makes the endpoints exact in
 * floating point (θ = 0 gives y0 and θ = 1 gives y1 bit for bit), so an event located at t1 restarts from
 * exactly the state the stepper reached.
 */
export class Dopri5Dense implements DenseStep {
  t0 = 0;
  t1 = 0;

  /** `coef` is [y0 | y1 | r3 | r4 | r5], each of length n, as written by `dopri5DenseCoefficients`. */
  constructor(
    readonly n: number,
    readonly coef: Float64Array,
  ) {}

  /**
   * Writes the interpolated state at t into `out`.
   * @throws {RangeError} when t is outside [t0, t1] (extrapolating a step is never what a caller wants).
   */
  interpolate(t: number, out: Float64Array): void {
    if (!(t >= this.t0 && t <= this.t1)) {
      throw new RangeError(`interpolate: t=${t} is outside the step [${this.t0}, ${this.t1}]`);
    }
    const { n, coef } = this;
    const theta = this.t1 === this.t0 ? 1 : (t - this.t0) / (this.t1 - this.t0);
    const theta1 = 1 - theta;
    const tt = theta * theta1;
    for (let i = 0; i < n; i++) {
      out[i] =
        theta1 * coef[i] +
        theta * coef[n + i] +
        tt * (coef[2 * n + i] + theta * (coef[3 * n + i] + theta1 * coef[4 * n + i]));
    }
  }

  /** A copy that stays valid after the solver moves on (allocates). */
  snapshot(): Dopri5Dense {
    const copy = new Dopri5Dense(this.n, this.coef.slice());
    copy.t0 = this.t0;
    copy.t1 = this.t1;
    return copy;
  }
}
