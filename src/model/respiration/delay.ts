import type { DenseStep, OdeSolver, OdeSystem, StepCallback } from "../../solver/types.ts";

/**
 * Reads the state vector at an earlier time `t_h` (hours) into `out` (full length). Only states
 * `from … to − 1` are guaranteed to be written (default: all), so a model asks for just what it reads.
 */
export type DelayedState = (t_h: number, out: Float64Array, from?: number, to?: number) => void;

// Each accepted step is kept as its state at θ = 0, ¼, ½, ¾, 1. The dense outputs of our solvers are
// polynomials of degree ≤ 4 in θ (Shampine's quartic for DOPRI5, cubic Hermite or degree-3 for the
// Rosenbrock methods), so five nodes reproduce them exactly up to round-off.
const NODES = 5;
const THETA = [0, 0.25, 0.5, 0.75, 1];

/**
 * Accepted history of one run, for delay differential equations solved step by step (the method of
 * steps). Wrap the solver with {@link StepHistory.record} and pass {@link StepHistory.at} to the model.
 *
 * Only the last `window_h` hours are kept, in preallocated storage that grows when needed. The window
 * must cover the longest delay plus the longest step: when the driver stops inside a step at a located
 * trigger, the stored step ends up to one step after the time integration resumes from. So a week-long run stores about a minute of steps, and the inner loop
 * does not allocate. (The solver's `DenseHistory` keeps a snapshot of every step of the run, which is
 * what the driver's `keepHistory` needs but would grow without bound here.)
 *
 * Before the start the state is the initial state (a constant initial function, which is what an
 * equilibrated baseline means). Correctness needs every delayed time inside accepted history: a stage at
 * t0 + c·h (c ≤ 1) reads t0 + c·h − τ ≤ t0 when h ≤ τ, so the solver's hMax must not exceed the shortest
 * delay. A request past the end (which that rule excludes, up to rounding) reads the last accepted state
 * and is counted in `extrapolated`; one older than the window reads the oldest kept state and is counted
 * in `expired`. Tests check that both stay 0.
 *
 * @example
 * const past = new StepHistory(0, y0, model.historyWindow_h);
 * const solver = past.record(dopri5(n, { rtol: 1e-6, atol: 1e-9, hMax: model.maxStep_h }));
 * // in the right-hand side: model.rhs(t, y, dydt, drive, past.at)
 */
export class StepHistory {
  /** Requests beyond accepted history (should stay 0). */
  extrapolated = 0;
  /** Requests older than the kept window (should stay 0). */
  expired = 0;
  private readonly n: number;
  private t0s = new Float64Array(64);
  private t1s = new Float64Array(64);
  private values: Float64Array;
  /** Ring indices: entries head … head + count − 1 (mod capacity), oldest first. */
  private head = 0;
  private count = 0;
  private readonly node: Float64Array;

  constructor(
    private readonly t0_h: number,
    private readonly y0: Float64Array,
    private readonly window_h: number,
  ) {
    this.n = y0.length;
    this.values = new Float64Array(64 * NODES * this.n);
    this.node = new Float64Array(this.n);
  }

  /**
   * Wraps a solver so that every accepted step is stored before the driver sees it. (The driver keeps its
   * own history private until the run ends, too late for a delay equation.) Where the driver cut a step
   * at an event, the next step starts earlier than the stored one ends; lookups take the latest step
   * starting at or before t, so the post-event step wins.
   */
  record(solver: OdeSolver): OdeSolver {
    return {
      method: solver.method,
      stats: solver.stats,
      solve: (system: OdeSystem, t0: number, y: Float64Array, t1: number, onStep?: StepCallback) =>
        solver.solve(system, t0, y, t1, (step) => {
          this.push(step);
          return onStep?.(step);
        }),
    };
  }

  /** Number of steps currently kept (bounded by the window). */
  get stored(): number {
    return this.count;
  }

  /** A {@link DelayedState} bound to this history. */
  readonly at: DelayedState = (t_h, out, from = 0, to = this.n) => {
    if (t_h <= this.t0_h || this.count === 0) {
      out.set(this.y0);
      return;
    }
    const cap = this.t0s.length;
    const last = (this.head + this.count - 1) % cap;
    const end = this.t1s[last];
    let t = t_h;
    if (t > end) {
      // Rounding of t + c·h − τ can land a few ulps past the end; anything more is a broken hMax.
      if (t - end > 1e-12 * Math.max(1, Math.abs(end))) this.extrapolated++;
      t = end;
    }
    if (t < this.t0s[this.head]) {
      this.expired++;
      t = this.t0s[this.head];
    }
    // Latest entry with t0 ≤ t (binary search over ring positions 0 … count − 1).
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.t0s[(this.head + mid) % cap] <= t) lo = mid;
      else hi = mid - 1;
    }
    this.interpolate((this.head + lo) % cap, t, out, from, to);
  };

  /** Lagrange interpolation through the five stored nodes of entry `k`. */
  private interpolate(k: number, t: number, out: Float64Array, from: number, to: number): void {
    const a = this.t0s[k];
    const b = this.t1s[k];
    const s = b > a ? (t - a) / (b - a) : 1;
    // Weights of the equispaced nodes 0, ¼, ½, ¾, 1 at s, with u = 4s: ℓ_j(u) = Π_{m≠j} (u − m)/(j − m).
    const u = 4 * s;
    const u0 = u;
    const u1 = u - 1;
    const u2 = u - 2;
    const u3 = u - 3;
    const u4 = u - 4;
    const w0 = (u1 * u2 * u3 * u4) / 24;
    const w1 = -(u0 * u2 * u3 * u4) / 6;
    const w2 = (u0 * u1 * u3 * u4) / 4;
    const w3 = -(u0 * u1 * u2 * u4) / 6;
    const w4 = (u0 * u1 * u2 * u3) / 24;
    const n = this.n;
    const v = this.values;
    const o = k * NODES * n;
    for (let i = from; i < to; i++) {
      out[i] =
        w0 * v[o + i] +
        w1 * v[o + n + i] +
        w2 * v[o + 2 * n + i] +
        w3 * v[o + 3 * n + i] +
        w4 * v[o + 4 * n + i];
    }
  }

  private push(step: DenseStep): void {
    // Drop entries that ended before the window (keep at least one).
    const horizon = step.t1 - this.window_h;
    while (this.count > 1 && this.t1s[this.head] < horizon) {
      this.head = (this.head + 1) % this.t0s.length;
      this.count--;
    }
    if (this.count === this.t0s.length) this.grow();
    const cap = this.t0s.length;
    const k = (this.head + this.count) % cap;
    this.t0s[k] = step.t0;
    this.t1s[k] = step.t1;
    const n = this.n;
    for (let j = 0; j < NODES; j++) {
      // The end nodes are taken exactly: t0 + 1·(t1 − t0) can round past t1, outside the step.
      const t = j === 0 ? step.t0 : j === NODES - 1 ? step.t1 : step.t0 + THETA[j] * (step.t1 - step.t0);
      step.interpolate(t, this.node);
      this.values.set(this.node, (k * NODES + j) * n);
    }
    this.count++;
  }

  /** Doubles the capacity, unrolling the ring so the oldest entry is at 0. */
  private grow(): void {
    const cap = this.t0s.length;
    const n = this.n;
    const t0s = new Float64Array(2 * cap);
    const t1s = new Float64Array(2 * cap);
    const values = new Float64Array(2 * cap * NODES * n);
    for (let i = 0; i < this.count; i++) {
      const k = (this.head + i) % cap;
      t0s[i] = this.t0s[k];
      t1s[i] = this.t1s[k];
      values.set(this.values.subarray(k * NODES * n, (k + 1) * NODES * n), i * NODES * n);
    }
    this.t0s = t0s;
    this.t1s = t1s;
    this.values = values;
    this.head = 0;
  }
}
