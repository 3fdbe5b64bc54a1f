import type { StateTrigger } from "../../solver/schedule.ts";
import { BloodGas, computeBloodGas } from "./blood-gas.ts";
import { longestDelay_s, safeStep_s, shortestDelay_s } from "./circulation.ts";
import { collapseTriggers } from "./collapse.ts";
import { RespirationCore } from "./core.ts";
import type { DelayedState } from "./delay.ts";
import { steadyState } from "./equilibrium.ts";
import { GAS_STATES, PHYSIOLOGY_SIZE, RESPIRATION_SIZE, RESPIRATION_STATES, STATE } from "./layout.ts";
import { OPIOID_EXPONENTS, RESPIRATION_PARAMETERS, type RespirationParameters } from "./parameters.ts";
import { emptyRespirationOutputs, type RespirationDrive, type RespirationOutputs } from "./types.ts";

/*
 * The breathing, blood-gas and circulation submodel of the FDA overdose model (models.md §1.5–1.7),
 * reimplemented from its equations: alveolar O2/CO2, brain and body gas stores, Spencer dissociation,
 * O2/CO2 regulation of blood flow, wakefulness and chemoreflex drives with lung-to-receptor transport
 * delays, and hypoxic circulatory collapse decided inside one solve.
 *
 * Inside, the equations keep the FDA's units (L, s, mmHg); the engine works in hours, so the right-hand
 * side multiplies every derivative by 3600 s/h and delays are converted to hours when history is read.
 *
 * Deliberate differences from the FDA C code (Figure_7/.../delaymymod.c), each documented where it lives:
 * - SaO2 corrects with PaCO2 (the IN-branch formula), not PaO2 (a typo in main) — gas-content.ts;
 * - the blood-flow volume sigmoid on fentanyl/naloxone volumes is PK and is left out (models.md §1.10);
 * - below 20% flow the transport delays are held at their value there instead of dropping to zero, and
 *   ventilation ramps to zero between 20% and 10% flow instead of jumping from half to zero at 10%
 *   (both keep the right-hand side continuous) — circulation.ts;
 * - brain and tissue collapse share one circulation factor (the FDA's two states obey the same equation
 *   once PaCO2 reference is 52 mmHg, as the IM wrapper sets it);
 * - collapse is decided by events inside one solve, with an optional second 220 s window after
 *   renarcotization (the IN branch) — collapse.ts;
 * - the baseline solves f(y) = 0 instead of integrating an hour, and before t0 the history is the initial
 *   state (the FDA reads the current state there); negative contents/pressures from solver overshoot are
 *   read as zero before any fractional power.
 */

/** Placement of the submodel in a larger state vector. */
export interface RespirationOptions {
  /** Index of the submodel's first state (default 0). */
  readonly offset?: number;
  /**
   * Hypoxic episodes that can each schedule a collapse (default 2: the first, and one after
   * renarcotization; see `collapse.ts`). Each costs two triggers the driver checks at every step.
   */
  readonly hypoxicEpisodes?: number;
}

/** The submodel bound to an offset. Times are in hours. */
export interface Respiration {
  readonly offset: number;
  readonly size: number;
  /** Local state names with units (`RESPIRATION_STATES`). */
  readonly stateNames: readonly string[];
  /** The equilibrated drug-free state (length `size`; shared, do not modify). */
  readonly baseline: Float64Array;
  /**
   * Largest solver step (h) that keeps delayed reads inside accepted history: the shortest possible
   * transport delay (about 3.6 s at the highest cardiac output the regulation allows). Pass it as hMax.
   */
  readonly maxStep_h: number;
  /**
   * The largest step (h) allowed from the full state `y`: {@link safeStep_s} at its current cardiac output
   * (about 4.8 s at rest, 3.6 s at the highest flow, longer when flow has failed). Pass it as the system's
   * `maxStep` to take longer steps than the fixed `maxStep_h` allows.
   */
  stepCap_h(y: Float64Array): number;
  /** The largest value `stepCap_h` can return (at the low-flow floor). */
  readonly largestStep_h: number;
  /**
   * How much history (h) a `StepHistory` must keep: the longest transport delay (about 57 s, at the
   * low-flow floor) plus one step of `largestStep_h`.
   */
  readonly historyWindow_h: number;
  /** Copies the baseline into `y` at the offset. */
  writeBaseline(y: Float64Array): void;
  /**
   * Writes d/dt (per hour) of the submodel's states into `dydt` at the offset. `y` is the full state
   * vector; `delayed` reads the full state vector at an earlier time (see `delay.ts`).
   */
  rhs(t_h: number, y: Float64Array, dydt: Float64Array, drive: RespirationDrive, delayed: DelayedState): void;
  /** Observables of the full state `y` under `drive` (written into `out` when given). */
  observe(y: Float64Array, drive: RespirationDrive, out?: RespirationOutputs): RespirationOutputs;
  /** Cardiac output (L/min) of the full state `y`, from the flow states alone (cheap). */
  cardiacOutput_l_min(y: Float64Array): number;
  /** Minute ventilation (L/min) of the full state `y`, without blood gas (cheap; for triggers). */
  ventilation_l_min(y: Float64Array, drive: RespirationDrive): number;
  /** Collapse scheduling and the cardiac-arrest marker, for the event driver (see `collapse.ts`). */
  triggers(): StateTrigger[];
}

/** The FDA exponents for an opioid-naive or a chronic (tolerant) user. */
export function opioidExponents(
  history: "naive" | "chronic",
): Pick<RespirationDrive, "chemoreflexExponent" | "wakefulnessExponent"> {
  const e = OPIOID_EXPONENTS[history];
  return { chemoreflexExponent: e.chemoreflex.value, wakefulnessExponent: e.wakefulness.value };
}

const SECONDS_PER_HOUR = 3600;

/**
 * Builds the submodel for a parameter set (default: the FDA typical subject).
 *
 * @example
 * const resp = createRespiration(RESPIRATION_PARAMETERS, { offset: 12 });
 * const y0 = new Float64Array(12 + resp.size);
 * resp.writeBaseline(y0);
 * const drive = { agonistActivation: 0, ...opioidExponents("chronic") };
 * resp.observe(y0, drive).ventilation_l_min // ≈ 6.76
 */
export function createRespiration(
  params: RespirationParameters = RESPIRATION_PARAMETERS,
  options: RespirationOptions = {},
): Respiration {
  const offset = options.offset ?? 0;
  const core = new RespirationCore(params);
  const baseline = baselineOf(params, core);
  const probeGas = new BloodGas();
  // The driver evaluates trigger functions more than once at the same state; skip repeated blood gas.
  const probeKey = new Float64Array(GAS_STATES).fill(Number.NaN);
  const probe = {
    offset,
    arterialPo2(y: Float64Array): number {
      let same = true;
      for (let i = 0; i < GAS_STATES; i++) {
        if (probeKey[i] !== y[offset + i]) {
          same = false;
          probeKey[i] = y[offset + i];
        }
      }
      if (!same) computeBloodGas(core.k, y, offset, probeGas);
      return probeGas.arterial.po2;
    },
    cardiacOutput_l_min: (y: Float64Array) => core.cardiacOutput_l_s(y, offset) * 60,
  };
  return {
    offset,
    size: RESPIRATION_SIZE,
    stateNames: RESPIRATION_STATES,
    baseline,
    maxStep_h: shortestDelay_s(core.circulation) / SECONDS_PER_HOUR,
    // 0.95: stage times are rounded sums, and the bound is exact for the flow controllers' linear form.
    stepCap_h: (y) =>
      (0.95 * safeStep_s(core.circulation, core.cardiacOutput_l_s(y, offset))) / SECONDS_PER_HOUR,
    largestStep_h: largestStep_h(core),
    historyWindow_h:
      (longestDelay_s(core.circulation) + largestStep_h(core) * SECONDS_PER_HOUR) / SECONDS_PER_HOUR,
    writeBaseline: (y) => y.set(baseline, offset),
    rhs: (t_h, y, dydt, drive, delayed) =>
      core.evaluate(y, offset, dydt, offset, drive, delayed, t_h, SECONDS_PER_HOUR),
    observe: (y, drive, out) => core.observe(y, offset, drive, out ?? emptyRespirationOutputs()),
    cardiacOutput_l_min: probe.cardiacOutput_l_min,
    ventilation_l_min: (y, drive) => core.ventilation_l_min(y, offset, drive),
    triggers: () => collapseTriggers(probe, core.collapse, options.hypoxicEpisodes ?? 2),
  };
}

/** The largest step cap: at the low-flow floor (flow cannot fall below it for the delays). */
function largestStep_h(core: RespirationCore): number {
  return (0.95 * safeStep_s(core.circulation, 0)) / SECONDS_PER_HOUR;
}

const baselines = new WeakMap<RespirationParameters, Float64Array>();

/**
 * The drug-free equilibrium. With A = 0 and a constant history the delays drop out, so the baseline
 * solves f(y) = 0 for the physiological states (circulation factor 1, no collapse); cached per
 * parameter set.
 */
function baselineOf(params: RespirationParameters, core: RespirationCore): Float64Array {
  const cached = baselines.get(params);
  if (cached) return cached;
  const t = params.tissue;
  const hco3 = t.tissueBicarbonate_l_l.value;
  const aCo2 = t.co2Solubility_per_mmhg.value;
  const aO2 = t.o2Solubility_per_mmhg.value;
  // Start near the known answer (PaCO2 ≈ 39, brain PCO2 ≈ 46, brain PO2 ≈ 32 mmHg).
  const guess = Float64Array.of(
    40,
    100,
    hco3 + 46 * aCo2,
    32 * aO2,
    hco3 + 45 * aCo2,
    40 * aO2,
    0,
    0,
    0,
    0,
    1,
  );
  const scale = Float64Array.of(40, 100, 0.6, 1e-3, 0.6, 1e-3, 0.1, 0.1, 1, 1, 1);
  const full = new Float64Array(RESPIRATION_SIZE);
  full[STATE.CIRCULATION] = 1;
  const dfull = new Float64Array(RESPIRATION_SIZE);
  const rest = { agonistActivation: 0, chemoreflexExponent: 1, wakefulnessExponent: 1 };
  const x = steadyState(
    (xi, dx) => {
      full.set(xi);
      core.evaluate(full, 0, dfull, 0, rest, null, 0, 1);
      dx.set(dfull.subarray(0, PHYSIOLOGY_SIZE));
    },
    guess,
    scale,
  );
  full.set(x);
  baselines.set(params, full);
  return full;
}
