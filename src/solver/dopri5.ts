import { checkSolveArgs, validateOptions } from "./checks.ts";
import { Dopri5Dense } from "./dopri5-dense.ts";
import { maxStepsError, nonFiniteStartError, nonFiniteStepError, underflowError } from "./dopri5-failures.ts";
import {
  Dopri5Workspace,
  dopri5DenseCoefficients,
  dopri5Stages,
  dopri5StiffnessRatio,
} from "./dopri5-step.ts";
import type { SolverError } from "./errors.ts";
import { startingStep } from "./initial-step.ts";
import { errorNorm, firstNonFinite, raisePeak } from "./norm.ts";
import { stepCap } from "./step-cap.ts";
import type { OdeSolver, OdeSystem, SolverOptions, SolverStats, StepCallback } from "./types.ts";

// Step-size control of Hairer's dopri5.f: h_new = h · clamp(safety · err^(−α) · errOld^β), a PI controller
// (Gustafsson; Hairer & Wanner II §IV.2) with α = 0.2 − 0.75β, β = 0.04 and 0.2 ≤ h_new/h ≤ 10.
const SAFETY = 0.9;
const FAC_MIN = 0.2;
const FAC_MAX = 10;
const BETA = 0.04;
const EXPO1 = 0.2 - BETA * 0.75;
// Floor for the previous error so one near-exact step does not freeze the PI term.
const ERR_OLD_MIN = 1e-4;

// Stiffness detector of dopri5.f: test |hλ| every STIFF_EVERY accepted steps, then at every step while the
// test keeps firing; STIFF_CONFIRM hits declare stiffness, NONSTIFF_RESET misses in a row reset the count.
const STIFF_EVERY = 1000;
const STIFF_HLAMBDA = 3.25;
const STIFF_CONFIRM = 15;
const NONSTIFF_RESET = 6;

const DEFAULT_MAX_STEPS = 100_000;
// A last step may exceed hMax by accumulated rounding only: after k steps of hMax, t1 − t is off by about
// k·ulp(t), which must not turn a grid of equal steps into one extra split step.
const HMAX_SLACK = 1 + 1e-9;

/** An {@link OdeSolver} for non-stiff problems that also reports whether the last solve looked stiff. */
export interface Dopri5Solver extends OdeSolver {
  readonly method: "dopri5";
  /**
   * Whether Hairer's stiffness detector fired during the last `solve` (|hλ| > 3.25 on 15 checks). DOPRI5
   * still finishes such problems, only slowly; the caller may switch to a Rosenbrock method.
   */
  readonly stiffnessDetected: boolean;
  /** Time at which stiffness was detected in the last `solve`, NaN when it was not. */
  readonly stiffnessDetectedAt: number;
}

/**
 * Creates a Dormand–Prince 5(4) solver for systems of `n` states: Hairer's DOPRI5 with FSAL, PI step-size
 * control, Shampine's 4th-order dense output (passed to `onStep`), stiffness detection and the Hairer–Wanner
 * starting step. All buffers are allocated here; `solve` does not allocate. On a `SolverError`, `y` holds
 * the last accepted state.
 *
 * @example
 * const solver = dopri5(1, { rtol: 1e-6, atol: 1e-9 });
 * const y = Float64Array.of(1);
 * solver.solve({ n: 1, rhs: (_t, y, dy) => { dy[0] = -y[0]; } }, 0, y, 2); // y[0] ≈ e^-2
 *
 * @throws {RangeError} on invalid options (negative or non-finite tolerances, both tolerances zero, an
 * `atol` array of the wrong length, non-positive `hMax`/`hInit`/`maxSteps`).
 */
export function dopri5(n: number, options: SolverOptions): Dopri5Solver {
  validateOptions("dopri5", n, options);
  return new Dopri5(n, options);
}

class Dopri5 implements Dopri5Solver {
  readonly method = "dopri5";
  readonly stats: SolverStats = { steps: 0, rejected: 0, rhsEvals: 0, jacEvals: 0, luDecomps: 0 };
  stiffnessDetected = false;
  stiffnessDetectedAt = Number.NaN;

  private readonly ws: Dopri5Workspace;
  private readonly dense: Dopri5Dense;
  private readonly maxSteps: number;

  constructor(
    readonly n: number,
    private readonly options: SolverOptions,
  ) {
    this.ws = new Dopri5Workspace(n);
    this.dense = new Dopri5Dense(n, new Float64Array(5 * n));
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  }

  solve(system: OdeSystem, t0: number, y: Float64Array, t1: number, onStep?: StepCallback): number {
    checkSolveArgs("dopri5", this.n, system, t0, y, t1);
    this.stiffnessDetected = false;
    this.stiffnessDetectedAt = Number.NaN;
    if (t1 === t0) return t0;
    const { ws: w, n, options: o } = this;
    w.y.set(y);
    const bad = firstNonFinite(w.y, n);
    if (bad >= 0) throw nonFiniteStartError(system, bad, w.y[bad], t0, false);
    system.rhs(t0, w.y, w.k1);
    this.stats.rhsEvals++;
    const badF = firstNonFinite(w.k1, n);
    if (badF >= 0) throw nonFiniteStartError(system, badF, w.k1[badF], t0, true);
    if (o.peak !== undefined) raisePeak(o.peak, w.y, n);
    const { h: h0, hMax } = startingStep(system.rhs, t0, w.y, w.k1, n, 5, o, t1 - t0, w.y1, w.k2, this.stats);
    // The first step also respects the model's own cap at the start (a delay equation's shortest delay).
    const h = Math.min(h0, stepCap(system, t0, w.y, hMax));
    return this.integrate(system, t0, t1, h, hMax, y, onStep);
  }

  /** The step loop of dopri5.f (its DOPCOR routine), kept in one piece for readability. */
  private integrate(
    system: OdeSystem,
    t0: number,
    t1: number,
    hStart: number,
    hMax: number,
    y: Float64Array,
    onStep: StepCallback | undefined,
  ): number {
    const { ws: w, n, stats, dense } = this;
    const { rtol, atol, peak } = this.options;
    let t = t0;
    let h = hStart;
    let errOld = ERR_OLD_MIN;
    let err = 0;
    let reject = false;
    let nonFinite = false;
    let attempts = 0;
    let accepted = 0;
    let stiffHits = 0;
    let nonStiffRun = 0;
    let cap = stepCap(system, t, w.y, hMax);
    h = Math.min(h, cap);
    for (;;) {
      if (attempts >= this.maxSteps) throw this.fail(maxStepsError(this.maxSteps, t, h, err, t1), y);
      if (0.1 * h <= Math.abs(t) * Number.EPSILON || h === 0) {
        throw this.fail(
          nonFinite
            ? nonFiniteStepError(system, this.firstNonFiniteStage(), t, h)
            : underflowError(t, h, err),
          y,
        );
      }
      // Land exactly on t1 instead of leaving a sliver: stretch the step by up to 1% (dopri5.f), or split
      // the remainder in two when stretching would exceed hMax by more than rounding.
      let last = false;
      if (t + 1.01 * h >= t1) {
        const rest = t1 - t;
        last = rest <= cap * HMAX_SLACK;
        h = last ? rest : 0.5 * rest;
      }
      const tNew = last ? t1 : t + h;
      attempts++;
      dopri5Stages(system.rhs, t, h, tNew, w);
      stats.rhsEvals += 6;
      err = errorNorm(w.err, w.y, w.y1, rtol, atol, n, peak);
      nonFinite = firstNonFinite(w.y1, n) >= 0 || firstNonFinite(w.err, n) >= 0;
      const fac11 = err ** EXPO1;
      if (nonFinite || !(err <= 1)) {
        // A NaN/∞ trial (overflow, or f undefined off the solution) is retried with the largest cut.
        h = Number.isFinite(fac11) && !nonFinite ? h / Math.min(1 / FAC_MIN, fac11 / SAFETY) : h * FAC_MIN;
        reject = true;
        stats.rejected++;
        continue;
      }
      const fac = Math.max(1 / FAC_MAX, Math.min(1 / FAC_MIN, fac11 / errOld ** BETA / SAFETY));
      let hNew = h / fac;
      errOld = Math.max(err, ERR_OLD_MIN);
      stats.steps++;
      accepted++;
      if (accepted % STIFF_EVERY === 0 || stiffHits > 0) {
        if (dopri5StiffnessRatio(h, w) > STIFF_HLAMBDA) {
          nonStiffRun = 0;
          if (++stiffHits === STIFF_CONFIRM && !this.stiffnessDetected) {
            this.stiffnessDetected = true;
            this.stiffnessDetectedAt = tNew;
          }
        } else if (++nonStiffRun === NONSTIFF_RESET) {
          stiffHits = 0;
        }
      }
      if (onStep) dopri5DenseCoefficients(h, w, dense.coef);
      w.accept();
      dense.t0 = t;
      dense.t1 = tNew;
      t = tNew;
      if (onStep) {
        const stop = this.askStop(onStep);
        if (!Number.isNaN(stop)) {
          dense.interpolate(stop, y);
          if (peak !== undefined) raisePeak(peak, y, n);
          return stop;
        }
      }
      if (peak !== undefined) raisePeak(peak, w.y, n);
      if (last) {
        y.set(w.y);
        return t1;
      }
      cap = stepCap(system, t, w.y, hMax);
      hNew = Math.min(hNew, cap);
      // After a rejection, do not grow h straight away (dopri5.f): the rejected size was just too big.
      if (reject) hNew = Math.min(hNew, h);
      reject = false;
      h = hNew;
    }
  }

  /** The callback's stop time, or NaN to continue. */
  private askStop(onStep: StepCallback): number {
    const { t0, t1 } = this.dense;
    const stop = onStep(this.dense);
    if (stop === undefined || Number.isNaN(stop)) return Number.NaN;
    if (!(stop > t0 && stop <= t1)) {
      throw new RangeError(
        `dopri5: onStep returned stop time ${stop}, outside the step (${t0}, ${t1}]; return NaN or undefined to continue`,
      );
    }
    return stop;
  }

  /** The state to blame for a non-finite trial step: first bad entry of the earliest stage that has one. */
  private firstNonFiniteStage(): number {
    const { ws: w, n } = this;
    for (const v of [w.k2, w.k3, w.k4, w.k5, w.k6, w.k7, w.y1, w.err]) {
      const i = firstNonFinite(v, n);
      if (i >= 0) return i;
    }
    return -1;
  }

  /** Leaves the last accepted state in the caller's y, then hands the error back for throwing. */
  private fail(error: SolverError, y: Float64Array): SolverError {
    y.set(this.ws.y);
    return error;
  }
}
