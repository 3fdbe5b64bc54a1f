import {
  carotidActivity,
  centralDriveTarget,
  chemoreflexValues,
  chemoreflexVentilation,
  hypoxicGainTarget,
  peripheralDriveTarget,
  wakefulnessDrive,
} from "./chemoreflex.ts";
import { brainFlow, circulationValues, co2FlowTarget, o2FlowTarget } from "./circulation.ts";
import {
  type GasContents,
  type GasPressures,
  gasContents,
  invertContents,
  spencerCurves,
} from "./gas-content.ts";
import { MetabolicRates, metabolicRates, metabolismConstants } from "./metabolism.ts";
import { RESPIRATION_PARAMETERS, type RespirationParameters } from "./parameters.ts";
import type { RespirationDrive } from "./types.ts";

/*
 * The model's clamp experiment: steady-state minute ventilation with the arterial gases held fixed, as in
 * the isohypercapnic studies the FDA exponents were fitted to (Algera 2020: end-tidal PCO2 raised until
 * resting ventilation is about 20 L/min; Dahan 2005: end-tidal PCO2 7 kPa ≈ 52.5 mmHg).
 *
 * With PaO2 and PaCO2 fixed, every state of the breathing model settles to its target, built from the
 * same functions as the right-hand side (core.ts):
 * - cerebral flow: the CO2 and O2 flow responses at the clamped gases;
 * - brain gas: the brain store is at steady state when its venous blood carries away exactly what
 *   arterial blood brings minus what metabolism uses, C_v = C_a ∓ M/Q_b, so brain PO2 and PCO2 are the
 *   Spencer inverse of those venous contents (metabolism falls with the wakefulness drive, model.ts);
 * - drives: peripheral from the carotid body at the clamped gases, central from brain PCO2, the hypoxic
 *   gain from brain PO2; the transport delays drop out at steady state.
 * Ventilation is then wakefulness + max(0, αH·Dp + Dc), with cardiac output normal (no low-flow scaling).
 *
 * The clamp is of arterial gases. The studies clamped end-tidal gas; in the model arterial blood adds 2.4%
 * shunted mixed-venous blood to alveolar-equilibrated blood, which moves PCO2 by under 0.1 mmHg at rest
 * (alveolar 38.66, arterial 38.59) but lowers PO2 by about 8 mmHg (100.7 → 92.8), so an end-tidal CO2
 * clamp is, to that accuracy, the same arterial clamp; for O2 pass the arterial value.
 */

/** The transduction exponents P1 (chemoreflex) and P3 (wakefulness), e.g. from `opioidExponents`. */
export type OpioidExponents = Pick<RespirationDrive, "chemoreflexExponent" | "wakefulnessExponent">;

/** Arterial gases held fixed by the experimenter. */
export interface GasClamp {
  readonly paco2_mmhg: number;
  readonly pao2_mmhg: number;
}

/** The clamped steady state: ventilation and its parts, and the brain gases behind the central drive. */
export interface ClampedSteadyState {
  readonly ventilation_l_min: number;
  /** What is left of the wakefulness drive, W·(1 − A^P3). */
  readonly wakefulness_drive_l_min: number;
  /** max(0, αH·Dp + Dc). */
  readonly chemoreflex_drive_l_min: number;
  readonly brain_pco2_mmhg: number;
  readonly brain_po2_mmhg: number;
  /** Cerebral blood flow at the clamped gases. */
  readonly brain_blood_flow_l_min: number;
}

/** Constants resolved once per parameter set. */
interface Resolved {
  readonly chemoreflex: ReturnType<typeof chemoreflexValues>;
  readonly circulation: ReturnType<typeof circulationValues>;
  readonly metabolism: ReturnType<typeof metabolismConstants>;
  readonly spencer: ReturnType<typeof spencerCurves>;
}

const resolvedCache = new WeakMap<RespirationParameters, Resolved>();

function resolve(p: RespirationParameters): Resolved {
  let r = resolvedCache.get(p);
  if (r === undefined) {
    r = {
      chemoreflex: chemoreflexValues(p),
      circulation: circulationValues(p),
      metabolism: metabolismConstants(p),
      spencer: spencerCurves(p.spencer),
    };
    resolvedCache.set(p, r);
  }
  return r;
}

/**
 * Steady state of the breathing model with arterial PCO2 and PO2 held at `clamp`, under agonist activation
 * `activation` (0–1) transduced with `exponents`.
 *
 * @throws {RangeError} when `activation` is not in [0, 1], an exponent is not a positive number, or a clamp
 *   pressure is not a positive number (each message names the argument).
 *
 * @example
 * const s = isohypercapnicSteadyState(1, opioidExponents("naive"), { paco2_mmhg: 52.5, pao2_mmhg: 100 });
 * s.wakefulness_drive_l_min // 0
 * s.chemoreflex_drive_l_min // 0
 */
export function isohypercapnicSteadyState(
  activation: number,
  exponents: OpioidExponents,
  clamp: GasClamp,
  params: RespirationParameters = RESPIRATION_PARAMETERS,
): ClampedSteadyState {
  checkActivation(activation, "activation");
  checkExponents(exponents);
  checkClamp(clamp);
  const k = resolve(params);
  const { paco2_mmhg: paco2, pao2_mmhg: pao2 } = clamp;
  const wake = wakefulnessDrive(k.chemoreflex, activation, exponents.wakefulnessExponent);
  const qb = brainFlow(k.circulation, co2FlowTarget(k.circulation, paco2), o2FlowTarget(k.circulation, pao2));
  const brain = brainGas(k, pao2, paco2, qb, wake / k.chemoreflex.wakefulnessDrive_l_min);
  const attenuation = 1 - activation ** exponents.chemoreflexExponent;
  const peripheral = peripheralDriveTarget(
    k.chemoreflex,
    attenuation,
    carotidActivity(k.chemoreflex, pao2, paco2),
  );
  const central = centralDriveTarget(k.chemoreflex, attenuation, brain.pco2);
  const chemo = chemoreflexVentilation(peripheral, central, hypoxicGainTarget(k.chemoreflex, brain.po2));
  return {
    ventilation_l_min: wake + chemo,
    wakefulness_drive_l_min: wake,
    chemoreflex_drive_l_min: chemo,
    brain_pco2_mmhg: brain.pco2,
    brain_po2_mmhg: brain.po2,
    brain_blood_flow_l_min: qb * 60,
  };
}

/**
 * Brain PO2 and PCO2 at steady state for brain flow `qb` (L/s) and wakefulness fraction `w`. Above the
 * anaerobic threshold metabolism does not depend on brain PO2 and the venous contents follow in closed
 * form; below it, metabolism scales with PO2/threshold and the consistent PO2 is found by bisection
 * (higher assumed PO2 → more consumption → lower resulting PO2, so the fixed point is unique).
 */
function brainGas(k: Resolved, pao2: number, paco2: number, qb: number, w: number): GasPressures {
  const arterial: GasContents = { o2: 0, co2: 0 };
  gasContents(k.spencer, pao2, paco2, arterial);
  const rates = new MetabolicRates();
  const out: GasPressures = { po2: 0, pco2: 0 };
  const venous = (brainPo2: number) => {
    metabolicRates(k.metabolism, w, brainPo2, Number.POSITIVE_INFINITY, rates);
    invertContents(k.spencer, arterial.o2 - rates.brainO2 / qb, arterial.co2 + rates.brainCo2 / qb, out);
    return out.po2;
  };
  const threshold = k.metabolism.anaerobicPo2;
  if (venous(threshold) >= threshold) return out;
  let lo = 0;
  let hi = threshold;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (venous(mid) > mid) lo = mid;
    else hi = mid;
  }
  venous(0.5 * (lo + hi));
  return out;
}

/**
 * Steady-state minute ventilation (L/min) with arterial gases clamped: the model's isohypercapnic
 * ventilation under activation A ∈ [0, 1]. Decreasing in A; 0 at A = 1 (both drives silenced).
 *
 * @throws {RangeError} as {@link isohypercapnicSteadyState}.
 *
 * @example
 * const clamp = { paco2_mmhg: 52.5, pao2_mmhg: 100 };
 * isohypercapnicVentilation_l_min(0, opioidExponents("naive"), clamp)   // ≈ 33.6 (drug-free, at the clamp)
 * isohypercapnicVentilation_l_min(1, opioidExponents("naive"), clamp)   // 0
 * isohypercapnicVentilation_l_min(1.2, opioidExponents("naive"), clamp) // throws RangeError (activation)
 */
export function isohypercapnicVentilation_l_min(
  activation: number,
  exponents: OpioidExponents,
  clamp: GasClamp,
  params: RespirationParameters = RESPIRATION_PARAMETERS,
): number {
  return isohypercapnicSteadyState(activation, exponents, clamp, params).ventilation_l_min;
}

/** The bracket searched by {@link clampForRestingVentilation}, mmHg. */
const PACO2_SEARCH_MMHG: readonly [number, number] = [20, 120];

/**
 * The arterial PCO2 (mmHg) at which drug-free clamped ventilation equals `target_l_min` with PaO2 held at
 * `pao2_mmhg`: how the experimenter sets an isohypercapnic clamp (bisection; ventilation rises with PCO2).
 *
 * @throws {RangeError} when `target_l_min` is not reached between 20 and 120 mmHg (below about the
 *   wakefulness drive, 6.6 L/min, no PCO2 gives it), or `pao2_mmhg` is not a positive number.
 *
 * @example
 * clampForRestingVentilation(20, 100) // ≈ 46.97 mmHg: a drug-free subject then breathes 20 L/min
 * clampForRestingVentilation(3, 100)  // throws RangeError (target_l_min)
 */
export function clampForRestingVentilation(
  target_l_min: number,
  pao2_mmhg: number,
  params: RespirationParameters = RESPIRATION_PARAMETERS,
): number {
  checkPositive(pao2_mmhg, "pao2_mmhg");
  const v = (paco2_mmhg: number) =>
    isohypercapnicVentilation_l_min(0, NO_DRUG, { paco2_mmhg, pao2_mmhg }, params) - target_l_min;
  let [lo, hi] = PACO2_SEARCH_MMHG;
  if (!(v(lo) < 0 && v(hi) > 0)) {
    throw new RangeError(
      `target_l_min: ${target_l_min} L/min is not the drug-free clamped ventilation at any PaCO2 in ` +
        `[${lo}, ${hi}] mmHg (at PaO2 ${pao2_mmhg} mmHg); choose a target between ` +
        `${(v(lo) + target_l_min).toFixed(2)} and ${(v(hi) + target_l_min).toFixed(2)} L/min`,
    );
  }
  for (let i = 0; i < 60 && hi - lo > 1e-12; i++) {
    const mid = 0.5 * (lo + hi);
    if (v(mid) < 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

// Any positive exponents: at A = 0 they do not matter.
const NO_DRUG: OpioidExponents = { chemoreflexExponent: 1, wakefulnessExponent: 1 };

/**
 * The activation A ∈ [0, 1] at which clamped ventilation is `fraction` of its drug-free value, or
 * `undefined` when even A = 1 leaves more than that (it cannot with the FDA transduction, where A = 1
 * silences both drives, but a modified parameter set could). Bisection on the decreasing V(A).
 *
 * @throws {RangeError} when `fraction` is not in [0, 1], or as {@link isohypercapnicSteadyState}.
 *
 * @example
 * const clamp = { paco2_mmhg: 52.5, pao2_mmhg: 100 };
 * activationAtFraction(0.5, opioidExponents("naive"), clamp)   // ≈ 0.735
 * activationAtFraction(0.5, opioidExponents("chronic"), clamp) // ≈ 0.811 (tolerance)
 */
export function activationAtFraction(
  fraction: number,
  exponents: OpioidExponents,
  clamp: GasClamp,
  params: RespirationParameters = RESPIRATION_PARAMETERS,
): number | undefined {
  checkActivation(fraction, "fraction");
  const v0 = isohypercapnicVentilation_l_min(0, exponents, clamp, params);
  const target = fraction * v0;
  const excess = (a: number) => isohypercapnicVentilation_l_min(a, exponents, clamp, params) - target;
  if (excess(1) > 0) return undefined;
  if (fraction === 1) return 0;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60 && hi - lo > 1e-13; i++) {
    const mid = 0.5 * (lo + hi);
    if (excess(mid) > 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * The relative efficacy e of a partial agonist whose full occupancy (A = e) leaves `fraction` of the
 * clamped drug-free ventilation: the ceiling that fits e (Dahan 2005: buprenorphine's isohypercapnic
 * ventilation levelled off at about 50% of baseline).
 *
 * @throws {RangeError} when `fraction` is not in [0, 1], when no e ≤ 1 reaches it, or as
 *   {@link isohypercapnicSteadyState}.
 *
 * @example
 * const e = efficacyForCeiling(0.5, opioidExponents("naive"), { paco2_mmhg: 52.5, pao2_mmhg: 100 });
 * isohypercapnicVentilation_l_min(e, opioidExponents("naive"), { paco2_mmhg: 52.5, pao2_mmhg: 100 })
 * // ≈ 16.8 L/min, half the drug-free 33.6 (e ≈ 0.735)
 */
export function efficacyForCeiling(
  fraction: number,
  exponents: OpioidExponents,
  clamp: GasClamp,
  params: RespirationParameters = RESPIRATION_PARAMETERS,
): number {
  const e = activationAtFraction(fraction, exponents, clamp, params);
  if (e === undefined) {
    throw new RangeError(`fraction: even a full agonist (A = 1) leaves more than ${fraction} of ventilation`);
  }
  return e;
}

function checkActivation(x: number, name: string): void {
  if (!(x >= 0 && x <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${x}`);
}

function checkPositive(x: number, name: string): void {
  if (!(x > 0 && Number.isFinite(x))) throw new RangeError(`${name} must be a positive number, got ${x}`);
}

function checkExponents(e: OpioidExponents): void {
  checkPositive(e.chemoreflexExponent, "exponents.chemoreflexExponent");
  checkPositive(e.wakefulnessExponent, "exponents.wakefulnessExponent");
}

function checkClamp(c: GasClamp): void {
  checkPositive(c.paco2_mmhg, "clamp.paco2_mmhg");
  checkPositive(c.pao2_mmhg, "clamp.pao2_mmhg");
}
