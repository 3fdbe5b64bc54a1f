import { checkSolveArgs, validateOptions } from "./checks.ts";
import { SolverError, type SolverErrorCode } from "./errors.ts";
import { startingStep } from "./initial-step.ts";
import { finiteDifferenceJacobian, finiteDifferenceTimeDerivative } from "./jacobian.ts";
import { firstNonFinite, raisePeak } from "./norm.ts";
import { messages, stateName } from "./rosenbrock-checks.ts";
import { RosenbrockDense } from "./rosenbrock-dense.ts";
import {
  factorIterationMatrix,
  hermiteDenseRows,
  RosenbrockWorkspace,
  rosenbrockAttempt,
  rosenbrockDenseRows,
} from "./rosenbrock-step.ts";
import { RODAS4, RODAS5P, ROS34PW2, type RosenbrockTableau } from "./rosenbrock-tableaus.ts";
import { stepCap } from "./step-cap.ts";
import type { OdeSolver, OdeSystem, SolverOptions, SolverStats, StepCallback } from "./types.ts";

// Step-size control of rodas.f: h_new/h = clamp(SAFETY·err^(−1/q), 0.2, 6) with q = embedded order + 1,
// combined with Gustafsson's predictive controller (the smaller of the two ratios after the first step).
const SAFETY = 0.9;
const FAC_MIN = 0.2;
const FAC_MAX = 6;
/**
 * Largest growth while a solve is still ramping up from its first step (CVODE's η_max = 10⁴ for the first
 * step; Hindmarsh et al., ACM TOMS 31:363, 2005). After a dose, states that start at zero make the
 * starting-step heuristic return steps of 1e-8 s or less (see initial-step.ts); at FAC_MAX per step the
 * solver then spent about 10 steps climbing to the ~1 s steps the error allows. The ramp ends at the first
 * rejection, the first step the error limits to less than FAC_MAX, or the first step a cap holds.
 */
const RAMP_FAC_MAX = 1e4;
// Gustafsson's previous-error floor (rodas.f ERRACC = max(1e-2, err)).
const ERR_ACC_MIN = 1e-2;
// rodas.f stretches the step to t1 when it would stop within 0.01 % of h short of it.
const LAST_STEP_STRETCH = 1.0001;
const DEFAULT_MAX_STEPS = 100_000;
// A step this small relative to t no longer moves t (rodas.f: 0.1·|h| ≤ |t|·uround).
const UNDERFLOW_REL = 10 * Number.EPSILON;

/**
 * Creates a solver for systems of `n` states running the Rosenbrock method `tableau` (formulation of
 * Hairer's rodas.f with W = I/(hγ) − J): the Jacobian is evaluated once per accepted point (analytic when
 * the system provides `jacobian`, else forward differences) and reused by rejected attempts, which only
 * refactor W for the new h; ∂f/∂t comes from one forward difference. W is factored block by block along
 * the one-way couplings of J's sparsity pattern (block-lu.ts), which for a PK chain feeding receptors is
 * mostly 1×1 blocks. Step control is rodas.f's with Gustafsson's predictive controller; the last step is
 * shortened to end exactly at t1. Dense output is the table's own (its rows computed only when a step is
 * interpolated) or, if it has none, the cubic Hermite interpolant. All buffers are allocated here; `solve`
 * does not allocate, except when a Jacobian changes the block structure (a few times per run at most). On
 * a `SolverError`, `y` holds the last accepted state.
 *
 * @example
 * const solver = createRosenbrock(1, { rtol: 1e-6, atol: 1e-9 }, RODAS5P);
 * const y = Float64Array.of(1);
 * solver.solve({ n: 1, rhs: (_t, y, dy) => { dy[0] = -1e4 * (y[0] - 1); } }, 0, y, 10); // y[0] = 1
 *
 * @throws {RangeError} on invalid options (negative or non-finite tolerances, both tolerances zero, an
 * `atol` array of the wrong length, non-positive `hMax`/`hInit`/`maxSteps`).
 */
export function createRosenbrock(n: number, options: SolverOptions, tableau: RosenbrockTableau): OdeSolver {
  validateOptions(tableau.name, n, options);
  return new Rosenbrock(n, options, tableau);
}

/** Rodas4 (Hairer & Wanner's RODAS): order 4(3), L-stable, 3rd-order dense output. See {@link createRosenbrock}. */
export function rodas4(n: number, options: SolverOptions): OdeSolver {
  return createRosenbrock(n, options, RODAS4);
}

/** Rodas5P (Steinebach 2023): order 5(4), L-stable, 4th-order dense output. See {@link createRosenbrock}. */
export function rodas5p(n: number, options: SolverOptions): OdeSolver {
  return createRosenbrock(n, options, RODAS5P);
}

/**
 * ROS34PW2 (Rang & Angermann 2005): order 3(2), 3 function evaluations per step, L-stable W-method; Hermite
 * dense output. Cheapest per step; competitive at loose tolerances (rtol ≳ 1e-4). See {@link createRosenbrock}.
 */
export function ros34pw2(n: number, options: SolverOptions): OdeSolver {
  return createRosenbrock(n, options, ROS34PW2);
}

function clampRatio(r: number, max = FAC_MAX): number {
  return Math.max(FAC_MIN, Math.min(max, r));
}

class Rosenbrock implements OdeSolver {
  readonly method: string;
  readonly stats: SolverStats = { steps: 0, rejected: 0, rhsEvals: 0, jacEvals: 0, luDecomps: 0 };

  private readonly ws: RosenbrockWorkspace;
  private readonly dense: RosenbrockDense;
  private readonly maxSteps: number;
  private readonly expo: number;
  private readonly hermite: boolean;
  // f(t, y) is already in ws.f0 for the current point (Hermite tables evaluate it at the end of a step).
  private f0Ready = false;

  constructor(
    readonly n: number,
    private readonly options: SolverOptions,
    readonly tableau: RosenbrockTableau,
  ) {
    this.method = tableau.name;
    this.ws = new RosenbrockWorkspace(n, tableau);
    this.hermite = tableau.dense.length === 0;
    const terms = this.hermite ? 2 : tableau.dense.length;
    this.dense = new RosenbrockDense(n, terms, new Float64Array(n), this.ws.y1, new Float64Array(terms * n));
    // The table's dense rows come from the stage vectors of the accepted step, which stay untouched until
    // the next attempt, i.e. for as long as the step's dense output may be used.
    if (!this.hermite) this.dense.fill = (k) => rosenbrockDenseRows(this.ws, k);
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    this.expo = 1 / (tableau.embeddedOrder + 1);
  }

  solve(system: OdeSystem, t0: number, y: Float64Array, t1: number, onStep?: StepCallback): number {
    checkSolveArgs(this.method, this.n, system, t0, y, t1);
    if (t1 === t0) return t0;
    const { ws: w, n, options: o } = this;
    const bad = firstNonFinite(y, n);
    if (bad >= 0) {
      throw this.fail(
        system,
        "non_finite",
        messages.initialValue(stateName(system, bad), y[bad], t0),
        t0,
        0,
        bad,
      );
    }
    this.evalF0(system, t0, y);
    if (o.peak !== undefined) raisePeak(o.peak, y, n);
    const order = this.tableau.order;
    const { h: h0, hMax } = startingStep(
      system.rhs,
      t0,
      y,
      w.f0,
      n,
      order,
      o,
      t1 - t0,
      w.ys,
      w.fs,
      this.stats,
    );
    // The first step also respects the model's own cap at the start (a delay equation's shortest delay).
    const h = Math.min(h0, stepCap(system, t0, y, hMax));
    return this.integrate(system, t0, t1, h, hMax, y, onStep);
  }

  private integrate(
    system: OdeSystem,
    t0: number,
    t1: number,
    hStart: number,
    hMax: number,
    y: Float64Array,
    onStep: StepCallback | undefined,
  ): number {
    const { ws: w, stats, options: o } = this;
    const hMinAbs = Number.EPSILON * Number.EPSILON * (t1 - t0);
    let t = t0;
    let h = hStart;
    let err = Number.NaN;
    let reject = false;
    let ramping = true;
    let accepted = 0;
    let attempts = 0;
    let hAcc = 0;
    let errAcc = 0;
    let newPoint = true;
    h = Math.min(h, stepCap(system, t, y, hMax));
    for (;;) {
      if (newPoint) {
        if (!this.f0Ready) this.evalF0(system, t, y);
        this.evalJacobian(system, t, y, t1);
        newPoint = false;
      }
      let last = false;
      if (t + LAST_STEP_STRETCH * h >= t1) {
        h = t1 - t;
        last = true;
      }
      if (++attempts > this.maxSteps) {
        throw this.fail(system, "max_steps", messages.maxSteps(this.maxSteps, t, h, err, t1), t, h);
      }
      if (!last && h <= Math.max(UNDERFLOW_REL * Math.abs(t), hMinAbs)) {
        if (w.nonFiniteState >= 0) throw this.nonFiniteStep(system, t, h);
        throw this.fail(system, "step_underflow", messages.underflow(t, h, err), t, h);
      }
      stats.luDecomps++;
      if (!factorIterationMatrix(w, h)) {
        // W singular: 1/(hγ) is an eigenvalue of J; any other h avoids it.
        stats.rejected++;
        reject = true;
        ramping = false;
        h *= 0.5;
        continue;
      }
      err = rosenbrockAttempt(w, system.rhs, t, y, h, o.rtol, o.atol, stats, o.peak);
      if (!(err <= 1)) {
        stats.rejected++;
        reject = true;
        ramping = false;
        // NaN/∞ (a stage left the model's domain): shrink as fast as the controller allows.
        h *= err < Infinity ? clampRatio(SAFETY * err ** -this.expo) : FAC_MIN;
        continue;
      }
      stats.steps++;
      accepted++;
      const wanted = SAFETY * err ** -this.expo;
      if (wanted <= FAC_MAX) ramping = false;
      const cap = ramping ? RAMP_FAC_MAX : FAC_MAX;
      let ratio = clampRatio(wanted, cap);
      if (accepted > 1) {
        ratio = Math.min(ratio, clampRatio(SAFETY * (h / hAcc) * (errAcc / (err * err)) ** this.expo, cap));
      }
      hAcc = h;
      errAcc = Math.max(ERR_ACC_MIN, err);
      const tNew = last ? t1 : t + h;
      this.acceptStep(system, t, tNew, h, y);
      if (onStep !== undefined) {
        const stop = this.askStop(onStep);
        if (!Number.isNaN(stop)) {
          this.dense.interpolate(stop, y);
          if (o.peak !== undefined) raisePeak(o.peak, y, this.n);
          return stop;
        }
      }
      if (o.peak !== undefined) raisePeak(o.peak, y, this.n);
      if (last) return t1;
      t = tNew;
      let hNew = Math.min(h * ratio, stepCap(system, t, y, hMax));
      // A cap (hMax, a delay's step cap) holding h ends the ramp too: the error then says nothing of how
      // fast h may grow once the cap loosens.
      if (hNew < h * ratio) ramping = false;
      // After a rejection, do not grow h straight away (rodas.f): the rejected size was just too big.
      if (reject) hNew = Math.min(hNew, h);
      reject = false;
      h = hNew;
      newPoint = true;
    }
  }

  /** Moves y to the accepted trial solution and fills the dense output of [t, tNew]. */
  private acceptStep(system: OdeSystem, t: number, tNew: number, h: number, y: Float64Array): void {
    const { ws: w, dense } = this;
    dense.y0.set(y);
    dense.t0 = t;
    dense.t1 = tNew;
    if (this.hermite) {
      // f at the new point is both the Hermite end slope and the next step's first stage.
      system.rhs(tNew, w.y1, w.fs);
      this.stats.rhsEvals++;
      hermiteDenseRows(w, y, w.fs, h, dense.k);
      y.set(w.y1);
      w.f0.set(w.fs);
      this.checkF0(system, tNew);
      this.f0Ready = true;
    } else {
      dense.stale = true;
      y.set(w.y1);
      this.f0Ready = false;
    }
  }

  private evalF0(system: OdeSystem, t: number, y: Float64Array): void {
    system.rhs(t, y, this.ws.f0);
    this.stats.rhsEvals++;
    this.checkF0(system, t);
    this.f0Ready = true;
  }

  private checkF0(system: OdeSystem, t: number): void {
    const bad = firstNonFinite(this.ws.f0, this.n);
    if (bad >= 0) {
      const msg = messages.derivative(stateName(system, bad), this.ws.f0[bad], t);
      throw this.fail(system, "non_finite", msg, t, 0, bad);
    }
  }

  /** ∂f/∂y and ∂f/∂t at the accepted point (t, y); reused by every attempt from this point. */
  private evalJacobian(system: OdeSystem, t: number, y: Float64Array, t1: number): void {
    const { ws: w, n, stats } = this;
    stats.jacEvals++;
    if (system.jacobian !== undefined) {
      w.jac.fill(0);
      system.jacobian(t, y, w.jac);
    } else {
      finiteDifferenceJacobian(system.rhs, t, y, w.f0, n, w.jac, w.ys, w.fs);
      stats.rhsEvals += n;
    }
    if (system.autonomous) {
      w.dfdt.fill(0);
    } else {
      finiteDifferenceTimeDerivative(system.rhs, t, y, w.f0, n, w.dfdt, w.fs, t1);
      stats.rhsEvals++;
    }
    const badJ = w.lu.prepare(w.jac);
    if (badJ >= 0) {
      const i = Math.floor(badJ / n);
      const j = badJ % n;
      const msg = messages.jacobian(
        system.jacobian !== undefined,
        w.jac[badJ],
        stateName(system, i),
        stateName(system, j),
        t,
      );
      throw this.fail(system, "non_finite", msg, t, 0, i);
    }
    const badT = firstNonFinite(w.dfdt, n);
    if (badT >= 0) {
      throw this.fail(system, "non_finite", messages.timeDerivative(stateName(system, badT), t), t, 0, badT);
    }
  }

  /** The callback's stop time, or NaN to continue. */
  private askStop(onStep: StepCallback): number {
    const { t0, t1 } = this.dense;
    const stop = onStep(this.dense);
    if (stop === undefined || Number.isNaN(stop)) return Number.NaN;
    if (!(stop > t0 && stop <= t1)) {
      throw new RangeError(`${this.method}: ${messages.stopOutside(stop, t0, t1)}`);
    }
    return stop;
  }

  /** Error for trial steps that kept producing NaN/∞ as h shrank to nothing; names the first bad state. */
  private nonFiniteStep(system: OdeSystem, t: number, h: number): SolverError {
    const i = this.ws.nonFiniteState;
    return this.fail(system, "non_finite", messages.nonFiniteStep(stateName(system, i), t, h), t, h, i);
  }

  private fail(
    system: OdeSystem,
    code: SolverErrorCode,
    detail: string,
    t: number,
    h: number,
    state?: number,
  ): SolverError {
    const message = `${this.method}: ${detail}`;
    return state === undefined
      ? new SolverError(code, message, t, h)
      : new SolverError(code, message, t, h, stateName(system, state));
  }
}
