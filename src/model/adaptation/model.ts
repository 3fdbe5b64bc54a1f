import { type ToleranceScale, toleranceScale } from "./exponents.ts";
import {
  ADAPTATION_PARAMETERS,
  type AdaptationParameters,
  type SlowRates,
  SUSTAINED_ENDPOINTS,
  TOLERANCE_ENDPOINTS,
  type ToleranceEndpoint,
} from "./parameters.ts";
import { ramp, rampSlope } from "./ramp.ts";
import { CHRONIC_REFERENCE, type ChronicReference } from "./reference.ts";
import {
  combinedExponent,
  combinedExponentSlopes,
  lcAgonism,
  lcAgonismSlopes,
  logLoad,
  logLoadSlope,
  sustainedFold,
} from "./sustained-load.ts";

/*
 * Neuroadaptation, one-way from the drug activation A(t) (nothing here feeds back into PK or binding):
 *
 *   desensitisation  D_f, D_s → A    tolerance exponents κ_k = 1 + (κ*_k − 1)·(f_k·D_f/D*_f + (1 − f_k)·D_s/D*_s)
 *   sustained load     L → u = −ln(1 − A), the log of the receptor load, at the slow desensitisation's rates
 *   sustained-load fold F(L) ≥ 1 (sustained-load.ts): 1 up to the reference heroin user's highest L, so every
 *     calibration made on him holds; the endpoints in SUSTAINED_ENDPOINTS multiply their fold by it, and the
 *     LC reads it as a loss of receptor reserve, A_LC = A/(A + F·(1 − A)), so a methadone patient (F 3.0
 *     after 30 days of 60 mg a day) reads a falling methadone level on the steeper part of the curve
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
  /** The locus coeruleus's reading A_LC of drug activation A in state y (A itself while F = 1). */
  lcReading(y: Float64Array, activation: number): number;
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
  // Each endpoint's scale and whether it takes the sustained-load fold, looked up once: the reward's exponent
  // is read on every right-hand side and the tolerance_* columns on every output row.
  const scales = {} as Record<ToleranceEndpoint, ToleranceScale>;
  const takesFold = {} as Record<ToleranceEndpoint, boolean>;
  for (const k of TOLERANCE_ENDPOINTS) {
    scales[k] = toleranceScale(k);
    takesFold[k] = SUSTAINED_ENDPOINTS.has(k);
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
  const sustained = sustainedFold(
    p.sustainedFoldMax.value,
    p.sustainedSteepness.value,
    reference.sustainedLoadMax,
  );
  // F for the last load seen: the adaptation block and the reward's exponent both read it on every
  // right-hand side, and the Jacobian up to three times. Keyed by the load, so it never goes stale.
  let foldLoad = Number.NaN;
  let foldValue = Number.NaN;
  const foldOf = (y: Float64Array) => {
    const load = y[offset + L_S]!;
    if (load !== foldLoad) {
      foldLoad = load;
      foldValue = sustained.fold(load);
    }
    return foldValue;
  };
  /**
   * κ of an endpoint: desensitisation's fold times the sustained-load fold F for the endpoints in
   * SUSTAINED_ENDPOINTS (see there for why breathing and the little-tolerance signs are left out). A NaN load
   * gives NaN, so the solver names the state instead of the exponent hiding it.
   */
  const exponent = (y: Float64Array, k: ToleranceEndpoint) => {
    const kD = desensitisedExponent(y, k);
    if (!takesFold[k]) return kD;
    const f = foldOf(y);
    if (f === 1) return kD;
    return f > 1 ? combinedExponent(scales[k], kD, f) : Number.NaN;
  };
  /** The LC's reading A_LC of drug activation A (clamped to [0, 1]) in state y. */
  const lcReading = (y: Float64Array, a0: number) => lcAgonism(a0 > 0 ? Math.min(a0, 1) : 0, foldOf(y));
  const lcSlopes = new Float64Array(2);
  const kappaSlopes = new Float64Array(2);
  const dependence = (y: Float64Array) => y[offset + C_F]! + y[offset + C_S]! + y[offset + C_P]!;
  const withdrawalDrive = (y: Float64Array, a: number) => ramp(dependence(y) - lcReading(y, a));
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
      const lc = lcAgonism(a, foldOf(y));
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
      const load = y[o + L_S]!;
      const f = foldOf(y);
      const lc = lcAgonism(a, f);
      lcAgonismSlopes(a, f, lcSlopes);
      const dLc_dA = lcSlopes[0]!;
      const dLc_dL = lcSlopes[1]! * sustained.slope(load, f);
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
      if (!takesFold[k]) return;
      const load = y[offset + L_S]!;
      const f = foldOf(y);
      if (!(f > 1)) return;
      combinedExponentSlopes(scales[k], desensitisedExponent(y, k), f, kappaSlopes);
      out[0] *= kappaSlopes[0]!;
      out[1] *= kappaSlopes[0]!;
      out[2] = kappaSlopes[1]! * sustained.slope(load, f);
    },
    fold: (y, k) => scales[k].foldForExponent(exponent(y, k)),
    sustainedFold: foldOf,
    lcReading,
    dependence,
    withdrawalDrive,
    lofexidineEffect,
    signsFast: (y) => Math.max(0, y[offset + N_F]!),
    signsSlow: (y) => Math.max(0, y[offset + N_S]!),
  };
}
