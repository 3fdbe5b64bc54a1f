import { type ToleranceScale, toleranceScale } from "./exponents.ts";
import {
  ADAPTATION_PARAMETERS,
  type AdaptationParameters,
  type SlowRates,
  TOLERANCE_ENDPOINTS,
  type ToleranceEndpoint,
} from "./parameters.ts";
import { CHRONIC_REFERENCE, type ChronicReference } from "./reference.ts";

/*
 * Neuroadaptation, one-way from the drug activation A(t) (nothing here feeds back into PK or binding):
 *
 *   desensitisation  D_f, D_s → A    tolerance exponents κ_k = 1 + (κ*_k − 1)·(f_k·D_f/D*_f + (1 − f_k)·D_s/D*_s)
 *   sustained load     L → u = −ln(1 − A), the log of the receptor load (1 + Σ occupancy ratios), at the slow
 *     desensitisation's rates: a long average that a continuous drug (methadone) raises more than an
 *     intermittent one (heroin every 6 h) with troughs between doses
 *   sustained-load fold F = 1 + (F_max − 1)·(1 − exp(−k·max(0, L − L*))): extra tolerance under a load
 *     sustained above the reference heroin user's L* (Dighe 2009: continuous exposure shifts potency up to about
 *     3× more than intermittent). F = 1 at and below the reference user's load, so the reference heroin course,
 *     buprenorphine induction and every calibration made on him hold. Effect endpoints (not breathing, see
 *     `exponent`) multiply their desensitisation fold by F; the LC reads it as a loss of receptor reserve,
 *     A_LC = A/(A + F·(1 − A)) (a full agonist's curve shifts F-fold to the right, a partial agonist's maximum
 *     falls), so a methadone patient (L 2.8 vs L* 2.34 on 60 mg a day) reads a falling methadone level on the
 *     steep part of the curve (Dyer 1999: in maintained patients withdrawal follows plasma methadone steeply, N = 5.4).
 *   counter-adaptation C_f, C_s, C_p → w_j·A_LC (the LC's own tolerance up to the reference load is this
 *     counter-adaptation: cAMP up-regulation opposing the drug's signal, so the LC sees A itself there, not a
 *     desensitised A^κ; with A^κ a partial agonist such as buprenorphine could never relieve withdrawal)
 *   withdrawal drive W = max(0, C_f + C_s + C_p − A_LC) (rounded at 0, see `ramp`): counter-adaptation no
 *     longer opposed by the drug
 *   excess noradrenergic (LC) activity X = G·W·(1 − E_lofexidine)
 *   signs: N_fast (minutes: pulse, sweat, pupils, nose, yawning, gooseflesh, tremor, anxiety, restlessness)
 *          and N_slow (hours: aches, gut) follow X
 *
 * Each slow state moves towards its target at its rise rate when the target is above it and at its decay
 * rate when below, switched smoothly (a logistic over 1 % of the state's range) so the right-hand side
 * stays differentiable for the stiff solver. Time in hours.
 */

const STATE_NAMES = [
  "desensitisation_fast",
  "desensitisation_slow",
  "counter_adaptation_fast",
  "counter_adaptation_slow",
  "counter_adaptation_protracted",
  "withdrawal_signs_fast",
  "withdrawal_signs_slow",
  "sustained_load",
] as const;
const D_F = 0;
const D_S = 1;
const C_F = 2;
const C_S = 3;
const C_P = 4;
const N_F = 5;
const N_S = 6;
const L_S = 7;

/**
 * Activation above which the log-load u = −ln(1 − A) is held constant: u ≤ 13.8 (a load of 10⁶). The pool's
 * stimulus stays below 1 for any finite concentration, but a guard keeps u finite whatever the input.
 */
const A_MAX = 1 - 1e-6;

/** The log of the receptor load, u = −ln(1 − A) = ln(1 + R) for a full agonist at equilibrium. */
function logLoad(a: number): number {
  return -Math.log(1 - Math.min(a, A_MAX));
}

/** du/dA (0 where u is held). */
function logLoadSlope(a: number): number {
  return a < A_MAX ? 1 / (1 - a) : 0;
}

/** How the subject starts. */
export interface AdaptationStart {
  /** `chronic`: the reference chronic state (see reference.ts); `naive`: all zero. */
  readonly history: "naive" | "chronic";
  /** Days without opioids since that state (chronic only): every state decays at its own rate. */
  readonly daysAbstinent?: number;
}

export interface AdaptationModel {
  readonly offset: number;
  readonly size: number;
  readonly stateNames: readonly string[];
  /** Indices in y of D_f and D_s, the states the tolerance exponents read. */
  readonly desensitisationStates: readonly number[];
  /** Index in y of the sustained log-load L. */
  readonly sustainedLoadState: number;
  /** Writes the starting state at `offset`. */
  writeStart(y: Float64Array, start: AdaptationStart): void;
  /** Writes the derivatives (per hour) from the activation A and lofexidine's brain concentration. */
  rhs(y: Float64Array, activation: number, lofexidine_nM: number, dydt: Float64Array): void;
  /**
   * The block's Jacobian rows, analytic: ∂f_r/∂y_k into `jac` (row-major, `n` columns) for its own states
   * k and for lofexidine's state (`lofexidineState`, skipped when < 0), and ∂f_r/∂A into `dA` (one entry
   * per row of the block). Rows must be zero on entry.
   */
  jacobian(
    y: Float64Array,
    activation: number,
    lofexidine_nM: number,
    lofexidineState: number,
    jac: Float64Array,
    n: number,
    dA: Float64Array,
  ): void;
  /** κ of an endpoint in state y (≥ 1). */
  exponent(y: Float64Array, endpoint: ToleranceEndpoint): number;
  /** ∂κ/∂D_f, ∂κ/∂D_s and ∂κ/∂L of an endpoint in state y, written into `out` as [∂D_f, ∂D_s, ∂L]. */
  exponentSlopes(y: Float64Array, endpoint: ToleranceEndpoint, out: Float64Array): void;
  /** Fold shift of fentanyl's EC50 for an endpoint in state y. */
  fold(y: Float64Array, endpoint: ToleranceEndpoint): number;
  /** The sustained-load fold F ≥ 1 in state y (extra fold shift beyond desensitisation; the `tolerance_sustained` output). */
  sustainedFold(y: Float64Array): number;
  /** The LC's activation A_LC at drug activation A in state y. */
  lcActivation(y: Float64Array, activation: number): number;
  /** Total counter-adaptation ΣC (the `dependence` output). */
  dependence(y: Float64Array): number;
  /** W at activation A (the `withdrawal_severity` output). */
  withdrawalDrive(y: Float64Array, activation: number): number;
  /** Lofexidine's fractional effect on the LC at a brain concentration. */
  lofexidineEffect(lofexidine_nM: number): number;
  /** The fast and slow sign levels (excess LC activity, × rest). */
  signsFast(y: Float64Array): number;
  signsSlow(y: Float64Array): number;
  readonly params: AdaptationParameters;
}

/** Per-hour rise and decay rates of a slow state. */
function rates(r: SlowRates): { up: number; down: number } {
  return { up: 1 / r.tauUp_h.value, down: Math.LN2 / r.halfLifeDown_h.value };
}

/**
 * Width of the rise/decay switch, in the states' own unit (fraction of full activation, 0–1): 1 % of the
 * range, an assumption chosen narrow enough not to matter to any output and wide enough to stay smooth.
 */
const SWITCH_WIDTH = 0.01;

/**
 * Share of the rise rate at a distance d = target − x from the target: a logistic over SWITCH_WIDTH,
 * exactly 0 or 1 beyond 40 widths (where the logistic is 0 or 1 to double precision anyway).
 */
function riseShare(z: number): number {
  return z > 40 ? 1 : z < -40 ? 0 : 1 / (1 + Math.exp(-z));
}

/** Rate towards `target`: the rise rate above, the decay rate below, a logistic switch between. */
function relax(x: number, target: number, up: number, down: number): number {
  const d = target - x;
  return d * (down + (up - down) * riseShare(d / SWITCH_WIDTH));
}

/** ∂relax/∂target (= −∂relax/∂x): the rate plus d times the switch's slope, w′ = w(1 − w)/width. */
function relaxSlope(x: number, target: number, up: number, down: number): number {
  const z = (target - x) / SWITCH_WIDTH;
  const w = riseShare(z);
  return down + (up - down) * (w + z * w * (1 - w));
}

/**
 * Width of the ramp that rounds W = max(0, ΣC − A) at zero: the cubic x²/ε − x³/(4ε²) on [0, 2ε] (value 0
 * and slope 0 at 0, value 2ε and slope 1 at 2ε), x above. The drug crosses ΣC twice per dose in regular use;
 * a kink there made the stiff solver reject steps at every crossing. W is unchanged outside [0, 2ε] and
 * never off by more than ε/4 inside; ε is 0.002 of full activation.
 */
const RAMP_EPS = 0.002; // fraction of full activation (W and A are 0–1); a numerical choice, not a model parameter

/** max(0, x) with a continuous first derivative. */
function ramp(x: number): number {
  if (x <= 0) return 0;
  if (x >= 2 * RAMP_EPS) return x;
  return (x * x) / RAMP_EPS - (x * x * x) / (4 * RAMP_EPS * RAMP_EPS);
}

/** d ramp / dx. */
function rampSlope(x: number): number {
  if (x <= 0) return 0;
  if (x >= 2 * RAMP_EPS) return 1;
  return (2 * x) / RAMP_EPS - (3 * x * x) / (4 * RAMP_EPS * RAMP_EPS);
}

/**
 * The adaptation block at `offset` of the model's state vector.
 *
 * @example
 * const ad = createAdaptation(40);
 * ad.writeStart(y, { history: "chronic" });
 * ad.fold(y, "breathing"); // ≈ 4.33 (Algera 2020)
 */
export function createAdaptation(
  offset: number,
  params: AdaptationParameters = ADAPTATION_PARAMETERS,
  reference: ChronicReference = CHRONIC_REFERENCE,
): AdaptationModel {
  const p = params;
  const df = rates(p.fastDesensitisation);
  const ds = rates(p.slowDesensitisation);
  const counters = [p.counterFast, p.counterSlow, p.counterProtracted].map((c) => ({
    ...rates(c),
    weight: c.weight.value,
  }));
  const kFast = 60 / p.fastSignsTau_min.value;
  const kSlow = 1 / p.slowSignsTau_h.value;
  const gain = p.lcGain.value;
  // κ_k = 1 + a_f·D_f + a_s·D_s, calibrated so that κ_k(D*) shifts fentanyl's EC50 by the chronic fold.
  const coef = {} as Record<ToleranceEndpoint, { af: number; as: number }>;
  // Each endpoint's scale, looked up once: the tolerance_* columns call fold on every output row.
  const scales = {} as Record<ToleranceEndpoint, ToleranceScale>;
  for (const k of TOLERANCE_ENDPOINTS) {
    scales[k] = toleranceScale(k);
    const e = p.endpoints[k];
    const excess = scales[k].exponentForFold(e.chronicFold.value) - 1;
    coef[k] = {
      af: (e.fastShare.value * excess) / reference.desensitisationFast,
      as: ((1 - e.fastShare.value) * excess) / reference.desensitisationSlow,
    };
  }
  /** κ from desensitisation alone. */
  const desensitisedExponent = (y: Float64Array, k: ToleranceEndpoint) => {
    const c = coef[k];
    return 1 + c.af * Math.max(0, y[offset + D_F]!) + c.as * Math.max(0, y[offset + D_S]!);
  };
  const fMax = p.sustainedFoldMax.value;
  const steepness = p.sustainedSteepness.value;
  const loadStar = reference.sustainedLoad;
  /** F and ∂F/∂L. */
  const sustainedFold = (y: Float64Array) =>
    1 + (fMax - 1) * (1 - Math.exp(-steepness * ramp(y[offset + L_S]! - loadStar)));
  const sustainedFoldSlope = (y: Float64Array, f: number) =>
    steepness * (fMax - f) * rampSlope(y[offset + L_S]! - loadStar);
  /**
   * κ of an endpoint: desensitisation's fold times the sustained-load fold F, so a methadone patient's euphoria
   * fades under maintenance (Donny 2002: 30, 60 and 120 mg gave similar agonist effects; Donny 2005: higher doses'
   * greater cross-tolerance). Breathing keeps desensitisation alone: its exponents come from a root solve too
   * costly for the right-hand side, respiratory tolerance is the slowest and least complete (White & Irvine
   * 1999), and a model that overstated a maintained patient's respiratory tolerance would understate his
   * overdose risk.
   */
  const combined = (kD: number, f: number, k: ToleranceEndpoint) =>
    scales[k].exponentForFold(scales[k].foldForExponent(kD) * f);
  const exponent = (y: Float64Array, k: ToleranceEndpoint) => {
    const kD = desensitisedExponent(y, k);
    if (k === "breathing") return kD;
    const f = sustainedFold(y);
    return f > 1 ? combined(kD, f, k) : kD;
  };
  /** A_LC at A clamped to [0, 1] and fold f. */
  const lcRead = (a: number, f: number) => (a > 0 ? a / (a + f * (1 - a)) : 0);
  const lcActivity = (y: Float64Array, a0: number) => lcRead(a0 > 0 ? Math.min(a0, 1) : 0, sustainedFold(y));
  const dependence = (y: Float64Array) => y[offset + C_F]! + y[offset + C_S]! + y[offset + C_P]!;
  const withdrawalDrive = (y: Float64Array, a: number) => ramp(dependence(y) - lcActivity(y, a));
  const lofexidineEffect = (c: number) =>
    c > 0 ? (p.lofexidineEmax.value * c) / (c + p.lofexidineEc50_nM.value) : 0;
  const lofexidineSlope = (c: number) =>
    c > 0 ? (p.lofexidineEmax.value * p.lofexidineEc50_nM.value) / (c + p.lofexidineEc50_nM.value) ** 2 : 0;

  return {
    offset,
    size: STATE_NAMES.length,
    stateNames: STATE_NAMES,
    desensitisationStates: [offset + D_F, offset + D_S],
    sustainedLoadState: offset + L_S,
    params: p,
    writeStart(y, start) {
      y.fill(0, offset, offset + STATE_NAMES.length);
      if (start.history !== "chronic") return;
      const days = start.daysAbstinent ?? 0;
      const decay = (down: number) => Math.exp(-down * 24 * days);
      y[offset + D_F] = reference.desensitisationFast * decay(df.down);
      y[offset + D_S] = reference.desensitisationSlow * decay(ds.down);
      y[offset + C_F] = reference.counterFast * decay(counters[0]!.down);
      y[offset + C_S] = reference.counterSlow * decay(counters[1]!.down);
      y[offset + C_P] = reference.counterProtracted * decay(counters[2]!.down);
      // The load decays towards u = 0 (no drug), from the reference user's trough value.
      y[offset + L_S] = reference.sustainedLoad * decay(ds.down);
    },
    rhs(y, activation, lofexidine_nM, dydt) {
      const a = activation > 0 ? Math.min(activation, 1) : 0;
      const o = offset;
      dydt[o + D_F] = relax(y[o + D_F]!, a, df.up, df.down);
      dydt[o + D_S] = relax(y[o + D_S]!, a, ds.up, ds.down);
      dydt[o + L_S] = relax(y[o + L_S]!, logLoad(a), ds.up, ds.down);
      const lc = lcRead(a, sustainedFold(y));
      for (let j = 0; j < 3; j++) {
        const c = counters[j]!;
        dydt[o + C_F + j] = relax(y[o + C_F + j]!, c.weight * lc, c.up, c.down);
      }
      const excess = gain * ramp(dependence(y) - lc) * (1 - lofexidineEffect(lofexidine_nM));
      dydt[o + N_F] = kFast * (excess - y[o + N_F]!);
      dydt[o + N_S] = kSlow * (excess - y[o + N_S]!);
    },
    jacobian(y, activation, lofexidine_nM, lofexidineState, jac, n, dA) {
      // The same expressions as rhs, differentiated; A outside (0, 1) is clamped there, so ∂/∂A = 0.
      const a = activation > 0 ? Math.min(activation, 1) : 0;
      const inside = activation > 0 && activation < 1 ? 1 : 0;
      const o = offset;
      // Rows written directly (a helper closure boxed each value it was passed).
      const row = (r: number) => (o + r) * n;
      const gF = relaxSlope(y[o + D_F]!, a, df.up, df.down);
      const gS = relaxSlope(y[o + D_S]!, a, ds.up, ds.down);
      jac[row(D_F) + o + D_F] = -gF;
      jac[row(D_S) + o + D_S] = -gS;
      dA[D_F] = gF * inside;
      dA[D_S] = gS * inside;
      const gL = relaxSlope(y[o + L_S]!, logLoad(a), ds.up, ds.down);
      jac[row(L_S) + o + L_S] = -gL;
      dA[L_S] = gL * logLoadSlope(a) * inside;
      // A_LC = a/(a + F(1 − a)): ∂/∂a = F/den², ∂/∂F = −a(1 − a)/den² (den = F at a = 0, so both hold there).
      const f = sustainedFold(y);
      const den = a + f * (1 - a);
      const lc = lcRead(a, f);
      const dLc_dA = f / (den * den);
      const dLc_dL = ((-a * (1 - a)) / (den * den)) * sustainedFoldSlope(y, f);
      const x = dependence(y) - lc;
      const blocked = 1 - lofexidineEffect(lofexidine_nM);
      const dExcess_dSum = gain * rampSlope(x) * blocked;
      for (let j = 0; j < 3; j++) {
        const c = counters[j]!;
        const g = relaxSlope(y[o + C_F + j]!, c.weight * lc, c.up, c.down);
        jac[row(C_F + j) + o + C_F + j] = -g;
        jac[row(C_F + j) + o + L_S] = g * c.weight * dLc_dL;
        dA[C_F + j] = g * c.weight * dLc_dA * inside;
        jac[row(N_F) + o + C_F + j] = kFast * dExcess_dSum;
        jac[row(N_S) + o + C_F + j] = kSlow * dExcess_dSum;
      }
      jac[row(N_F) + o + N_F] = -kFast;
      jac[row(N_S) + o + N_S] = -kSlow;
      jac[row(N_F) + o + L_S] = -kFast * dExcess_dSum * dLc_dL;
      jac[row(N_S) + o + L_S] = -kSlow * dExcess_dSum * dLc_dL;
      dA[N_F] = -kFast * dExcess_dSum * dLc_dA * inside;
      dA[N_S] = -kSlow * dExcess_dSum * dLc_dA * inside;
      if (lofexidineState >= 0) {
        const dExcess_dL = -gain * ramp(x) * lofexidineSlope(lofexidine_nM);
        jac[row(N_F) + lofexidineState] = kFast * dExcess_dL;
        jac[row(N_S) + lofexidineState] = kSlow * dExcess_dL;
      }
    },
    exponent,
    exponentSlopes(y, k, out) {
      const c = coef[k];
      // κ reads max(0, D): D only grows from 0, so the right-hand slope at 0 is the one that matters.
      out[0] = y[offset + D_F]! >= 0 ? c.af : 0;
      out[1] = y[offset + D_S]! >= 0 ? c.as : 0;
      out[2] = 0;
      const f = k === "breathing" ? 1 : sustainedFold(y);
      if (!(f > 1)) return;
      // κ = g(h(κ_D)·F) through the endpoint's scale; its two slopes by central differences of that scalar
      // function (the scales are closed-form but nested; a relative step of 1e-6 is accurate to ~1e-9).
      const kD = desensitisedExponent(y, k);
      const dK = 1e-6 * kD;
      const dF = 1e-6 * f;
      const dKappa_dKD = (combined(kD + dK, f, k) - combined(kD - dK, f, k)) / (2 * dK);
      const dKappa_dF = (combined(kD, f + dF, k) - combined(kD, f - dF, k)) / (2 * dF);
      out[0] *= dKappa_dKD;
      out[1] *= dKappa_dKD;
      out[2] = dKappa_dF * sustainedFoldSlope(y, f);
    },
    fold: (y, k) => scales[k].foldForExponent(exponent(y, k)),
    sustainedFold,
    lcActivation: lcActivity,
    dependence,
    withdrawalDrive,
    lofexidineEffect,
    signsFast: (y) => Math.max(0, y[offset + N_F]!),
    signsSlow: (y) => Math.max(0, y[offset + N_S]!),
  };
}
