import { DOPRI5_TABLEAU } from "./dopri5-tableau.ts";
import type { Rhs } from "./types.ts";

// Module-level constants rather than property loads in the loops below.
const { c2, c3, c4, c5, a21, a31, a32, a41, a42, a43, a51, a52, a53, a54 } = DOPRI5_TABLEAU;
const { a61, a62, a63, a64, a65, a71, a73, a74, a75, a76 } = DOPRI5_TABLEAU;
const { e1, e3, e4, e5, e6, e7, d1, d3, d4, d5, d6, d7 } = DOPRI5_TABLEAU;

/**
 * Buffers of one DOPRI5 instance, allocated once. `y`/`y1` and `k1`/`k7` are swapped (not copied) when a
 * step is accepted, so their identities change between steps.
 */
export class Dopri5Workspace {
  /** State at the start of the step. */
  y: Float64Array;
  /** Fifth-order state at the end of the step; also the scratch stage state. */
  y1: Float64Array;
  /** Stage-6 state, kept for the stiffness detector. */
  readonly ysti: Float64Array;
  /** f at the start of the step (FSAL: the previous step's k7). */
  k1: Float64Array;
  readonly k2: Float64Array;
  readonly k3: Float64Array;
  readonly k4: Float64Array;
  readonly k5: Float64Array;
  readonly k6: Float64Array;
  /** f(t + h, y1). */
  k7: Float64Array;
  /** Local error estimate y1 − ŷ1 (fifth minus embedded fourth order). */
  readonly err: Float64Array;

  constructor(readonly n: number) {
    this.y = new Float64Array(n);
    this.y1 = new Float64Array(n);
    this.ysti = new Float64Array(n);
    this.k1 = new Float64Array(n);
    this.k2 = new Float64Array(n);
    this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n);
    this.k5 = new Float64Array(n);
    this.k6 = new Float64Array(n);
    this.k7 = new Float64Array(n);
    this.err = new Float64Array(n);
  }

  /** Makes the trial step the current state: y ← y1, k1 ← k7 (FSAL), by swapping buffers. */
  accept(): void {
    const y = this.y;
    this.y = this.y1;
    this.y1 = y;
    const k1 = this.k1;
    this.k1 = this.k7;
    this.k7 = k1;
  }
}

/**
 * One trial step of size h from (t, w.y) with w.k1 = f(t, w.y): writes w.y1, w.ysti, w.k2…w.k7 and w.err.
 * Six right-hand-side evaluations. `tNew` is t + h, passed separately so that the last step evaluates the
 * right-hand side exactly at the segment end and never a rounding error past it (where a dosing
 * discontinuity may sit).
 */
export function dopri5Stages(rhs: Rhs, t: number, h: number, tNew: number, w: Dopri5Workspace): void {
  const { n, y, y1, ysti, k1, k2, k3, k4, k5, k6, k7, err } = w;
  for (let i = 0; i < n; i++) y1[i] = y[i] + h * a21 * k1[i];
  rhs(t + c2 * h, y1, k2);
  for (let i = 0; i < n; i++) y1[i] = y[i] + h * (a31 * k1[i] + a32 * k2[i]);
  rhs(t + c3 * h, y1, k3);
  for (let i = 0; i < n; i++) y1[i] = y[i] + h * (a41 * k1[i] + a42 * k2[i] + a43 * k3[i]);
  rhs(t + c4 * h, y1, k4);
  for (let i = 0; i < n; i++) {
    y1[i] = y[i] + h * (a51 * k1[i] + a52 * k2[i] + a53 * k3[i] + a54 * k4[i]);
  }
  rhs(t + c5 * h, y1, k5);
  for (let i = 0; i < n; i++) {
    ysti[i] = y[i] + h * (a61 * k1[i] + a62 * k2[i] + a63 * k3[i] + a64 * k4[i] + a65 * k5[i]);
  }
  rhs(tNew, ysti, k6);
  for (let i = 0; i < n; i++) {
    y1[i] = y[i] + h * (a71 * k1[i] + a73 * k3[i] + a74 * k4[i] + a75 * k5[i] + a76 * k6[i]);
  }
  rhs(tNew, y1, k7);
  for (let i = 0; i < n; i++) {
    err[i] = h * (e1 * k1[i] + e3 * k3[i] + e4 * k4[i] + e5 * k5[i] + e6 * k6[i] + e7 * k7[i]);
  }
}

/**
 * Dense-output coefficients of the trial step just computed by {@link dopri5Stages} (before `accept`), laid
 * out in `coef` (length 5n) as [y0 | y1 | r3 | r4 | r5] for the evaluation form used by `Dopri5Dense`.
 */
export function dopri5DenseCoefficients(h: number, w: Dopri5Workspace, coef: Float64Array): void {
  const { n, y, y1, k1, k3, k4, k5, k6, k7 } = w;
  for (let i = 0; i < n; i++) {
    const ydiff = y1[i] - y[i];
    const bspl = h * k1[i] - ydiff;
    coef[i] = y[i];
    coef[n + i] = y1[i];
    coef[2 * n + i] = bspl;
    coef[3 * n + i] = ydiff - h * k7[i] - bspl;
    coef[4 * n + i] = h * (d1 * k1[i] + d3 * k3[i] + d4 * k4[i] + d5 * k5[i] + d6 * k6[i] + d7 * k7[i]);
  }
}

/**
 * Hairer's estimate of |h·λ| for the dominant eigenvalue λ of the Jacobian along the step, from two
 * evaluations at the same time: h·‖f(y1) − f(ysti)‖ / ‖y1 − ysti‖ (0 when the two states coincide). DOPRI5's
 * stability region reaches about 3.3 on the negative real axis, so values above 3.25 mean the step size is
 * limited by stability rather than accuracy.
 */
export function dopri5StiffnessRatio(h: number, w: Dopri5Workspace): number {
  const { n, y1, ysti, k6, k7 } = w;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const df = k7[i] - k6[i];
    const dy = y1[i] - ysti[i];
    num += df * df;
    den += dy * dy;
  }
  return den > 0 ? Math.abs(h) * Math.sqrt(num / den) : 0;
}
