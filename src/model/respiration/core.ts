import { BloodGas, type BloodGasConstants, computeBloodGas } from "./blood-gas.ts";
import {
  carotidActivity,
  centralDriveTarget,
  chemoreflexValues,
  chemoreflexVentilation,
  hypoxicGainTarget,
  peripheralDriveTarget,
  wakefulnessDrive,
} from "./chemoreflex.ts";
import {
  brainFlow,
  circulationValues,
  co2FlowTarget,
  collapseRate,
  lowFlowVentilationScale,
  o2FlowTarget,
  tissueFlow,
  transportDelay_s,
} from "./circulation.ts";
import type { DelayedState } from "./delay.ts";
import { arterialSaturation, saturationCurve, spencerCurves } from "./gas-content.ts";
import { GAS_STATES, STATE } from "./layout.ts";
import { MetabolicRates, metabolicRates, metabolismConstants } from "./metabolism.ts";
import { parameterValues, type RespirationParameters } from "./parameters.ts";
import type { RespirationDrive, RespirationOutputs } from "./types.ts";

const SECONDS_PER_HOUR = 3600;

const {
  PACO2,
  PAO2,
  BRAIN_CO2,
  BRAIN_O2,
  TISSUE_CO2,
  TISSUE_O2,
  FLOW_CO2,
  FLOW_O2,
  DRIVE_PERIPHERAL,
  DRIVE_CENTRAL,
  HYPOXIC_GAIN,
  CIRCULATION,
  COLLAPSE_FLAG,
  COLLAPSE_ELAPSED,
  EPISODES,
} = STATE;

/**
 * The right-hand side in FDA units (litres, seconds, mmHg) with its resolved constants and scratch space.
 * States are read at `y[base + i]` in the order of `layout.ts`. Nothing here allocates after the first call.
 */
export class RespirationCore {
  readonly k: BloodGasConstants;
  readonly circulation;
  readonly chemoreflex;
  readonly collapse;
  private readonly lung;
  private readonly metabolism;
  private readonly saturation;
  private readonly brainVolume: number;
  private readonly tissueVolume: number;
  private readonly gas = new BloodGas();
  private readonly gasDelayed = new BloodGas();
  private readonly met = new MetabolicRates();
  private delayedP = new Float64Array(0);
  private delayedC = new Float64Array(0);
  // Per-evaluation intermediates shared by the private steps of `evaluate` (flows in L/s, pressures in mmHg).
  private qb = 0;
  private qt = 0;
  private pao2Seen = 0;
  private paco2Seen = 0;
  private brainPco2Seen = 0;
  private wake = 0;
  private chemo = 0;

  constructor(p: RespirationParameters) {
    this.circulation = circulationValues(p);
    this.chemoreflex = chemoreflexValues(p);
    this.collapse = parameterValues(p.collapse);
    this.lung = parameterValues(p.lung);
    this.metabolism = metabolismConstants(p);
    this.saturation = saturationCurve(p.saturation);
    this.brainVolume = p.tissue.brainVolume_l.value;
    this.tissueVolume = p.tissue.tissueVolume_l.value;
    this.k = {
      spencer: spencerCurves(p.spencer),
      circulation: this.circulation,
      o2Solubility: p.tissue.o2Solubility_per_mmhg.value,
      co2Solubility: p.tissue.co2Solubility_per_mmhg.value,
      bicarbonate: p.tissue.tissueBicarbonate_l_l.value,
      shunt: p.lung.shuntFraction.value,
    };
  }

  /**
   * Derivatives of the states at `y[base…]`, multiplied by `timeScale` and written at `dydt[dBase…]`.
   * timeScale 3600 turns the FDA's per-second rates into per-hour ones (the engine's unit) — the one
   * place time is converted; 1 keeps seconds. `t_h` is only used to look up delayed states; with
   * `delayed` null the chemoreceptors see the current state (a constant history, as at equilibrium).
   */
  evaluate(
    y: Float64Array,
    base: number,
    dydt: Float64Array,
    dBase: number,
    drive: RespirationDrive,
    delayed: DelayedState | null,
    t_h: number,
    timeScale: number,
  ): void {
    computeBloodGas(this.k, y, base, this.gas);
    const factor = Math.max(0, y[base + CIRCULATION]);
    this.qb = this.gas.brainFlow * factor;
    this.qt = this.gas.tissueFlow * factor;
    this.seeDelayed(y, base, delayed, t_h);
    const a = clamp01(drive.agonistActivation);
    const wake = wakefulnessDrive(this.chemoreflex, a, drive.wakefulnessExponent);
    this.gasStores(wake, dydt, dBase, timeScale);
    this.alveoli(y, base, wake, dydt, dBase, timeScale);
    this.controllers(y, base, 1 - a ** drive.chemoreflexExponent, dydt, dBase, timeScale);
    // Collapse: the circulation factor decays while the flag is up (set and cleared by events only).
    const collapsing = y[base + COLLAPSE_FLAG] >= 0.5;
    const decay = collapsing
      ? collapseRate(this.collapse, this.gas.arterial.pco2) * y[base + CIRCULATION]
      : 0;
    dydt[dBase + CIRCULATION] = -timeScale * decay;
    dydt[dBase + COLLAPSE_FLAG] = 0;
    dydt[dBase + COLLAPSE_ELAPSED] = collapsing ? timeScale : 0;
    dydt[dBase + EPISODES] = 0;
  }

  /**
   * What the chemoreceptors see: arterial gases one peripheral delay ago and brain PCO2 one central
   * delay ago (method of steps; delays = vessel volume / current cardiac output).
   */
  private seeDelayed(y: Float64Array, base: number, delayed: DelayedState | null, t_h: number): void {
    const { k, circulation: c, gas } = this;
    if (delayed === null) {
      this.pao2Seen = gas.arterial.po2;
      this.paco2Seen = gas.arterial.pco2;
      this.brainPco2Seen = gas.brainPco2;
      return;
    }
    if (this.delayedP.length !== y.length) {
      this.delayedP = new Float64Array(y.length);
      this.delayedC = new Float64Array(y.length);
    }
    const q = this.qb + this.qt;
    const tp = t_h - transportDelay_s(c, c.peripheralDelayVolume_l, q) / SECONDS_PER_HOUR;
    delayed(tp, this.delayedP, base, base + GAS_STATES);
    computeBloodGas(k, this.delayedP, base, this.gasDelayed);
    this.pao2Seen = this.gasDelayed.arterial.po2;
    this.paco2Seen = this.gasDelayed.arterial.pco2;
    const tc = t_h - transportDelay_s(c, c.centralDelayVolume_l, q) / SECONDS_PER_HOUR;
    delayed(tc, this.delayedC, base + BRAIN_CO2, base + BRAIN_CO2 + 1);
    this.brainPco2Seen = Math.max(0, (this.delayedC[base + BRAIN_CO2] - k.bicarbonate) / k.co2Solubility);
  }

  /** Brain and body stores: arterial inflow minus venous outflow, plus metabolic production. */
  private gasStores(wake: number, dydt: Float64Array, o: number, ts: number): void {
    const { gas, met, qb, qt } = this;
    metabolicRates(
      this.metabolism,
      wake / this.chemoreflex.wakefulnessDrive_l_min,
      gas.brainPo2,
      gas.tissuePo2,
      met,
    );
    const vb = this.brainVolume;
    const vt = this.tissueVolume;
    dydt[o + BRAIN_CO2] = (ts * (qb * (gas.arterialCo2 - gas.brainVenousCo2) + met.brainCo2)) / vb;
    dydt[o + BRAIN_O2] = (ts * (qb * (gas.arterialO2 - gas.brainVenousO2) - met.brainO2)) / vb;
    dydt[o + TISSUE_CO2] = (ts * (qt * (gas.arterialCo2 - gas.tissueVenousCo2) + met.tissueCo2)) / vt;
    dydt[o + TISSUE_O2] = (ts * (qt * (gas.arterialO2 - gas.tissueVenousO2) - met.tissueO2)) / vt;
  }

  /**
   * Alveolar gas: ventilation brings inspired gas; pulmonary blood (all but the shunt) exchanges with it,
   * λ = 863 mmHg turning content (STPD) into partial pressure (BTPS).
   */
  private alveoli(
    y: Float64Array,
    base: number,
    wake: number,
    dydt: Float64Array,
    o: number,
    ts: number,
  ): void {
    const { lung, gas } = this;
    const q = this.qb + this.qt;
    const chemo = chemoreflexVentilation(
      y[base + DRIVE_PERIPHERAL],
      y[base + DRIVE_CENTRAL],
      y[base + HYPOXIC_GAIN],
    );
    const ventilation_l_s =
      ((wake + chemo) * lowFlowVentilationScale(this.circulation, q) * lung.alveolarFraction) / 60;
    const exchange = lung.btpsFactor_mmhg * q * (1 - lung.shuntFraction);
    const inCo2 = ventilation_l_s * (lung.inspiredPco2_mmhg - y[base + PACO2]);
    const inO2 = ventilation_l_s * (lung.inspiredPo2_mmhg - y[base + PAO2]);
    dydt[o + PACO2] =
      (ts * (inCo2 + exchange * (gas.mixedVenousCo2 - gas.capillaryCo2))) / lung.alveolarVolume_l;
    dydt[o + PAO2] = (ts * (inO2 + exchange * (gas.mixedVenousO2 - gas.capillaryO2))) / lung.alveolarVolume_l;
  }

  /** First-order controllers: flow responses to current gases, drives to delayed ones, hypoxic gain. */
  private controllers(
    y: Float64Array,
    base: number,
    attenuation: number,
    dydt: Float64Array,
    o: number,
    ts: number,
  ): void {
    const { circulation: c, chemoreflex: ch, gas } = this;
    dydt[o + FLOW_CO2] = (ts * (co2FlowTarget(c, gas.arterial.pco2) - y[base + FLOW_CO2])) / c.cbfCo2Tau_s;
    dydt[o + FLOW_O2] = (ts * (o2FlowTarget(c, gas.arterial.po2) - y[base + FLOW_O2])) / c.hypoxicFlowTau_s;
    const carotid = carotidActivity(ch, this.pao2Seen, this.paco2Seen);
    const peripheral = peripheralDriveTarget(ch, attenuation, carotid);
    dydt[o + DRIVE_PERIPHERAL] = (ts * (peripheral - y[base + DRIVE_PERIPHERAL])) / ch.peripheralTau_s;
    const central = centralDriveTarget(ch, attenuation, this.brainPco2Seen);
    dydt[o + DRIVE_CENTRAL] = (ts * (central - y[base + DRIVE_CENTRAL])) / ch.centralTau_s;
    const gain = hypoxicGainTarget(ch, gas.brainPo2);
    dydt[o + HYPOXIC_GAIN] = (ts * (gain - y[base + HYPOXIC_GAIN])) / ch.hypoxicGainTau_s;
  }

  /** Cardiac output (L/s) from the flow states alone (no blood gas needed). */
  cardiacOutput_l_s(y: Float64Array, base: number): number {
    const c = this.circulation;
    const yO2 = y[base + FLOW_O2];
    const q = brainFlow(c, y[base + FLOW_CO2], yO2) + tissueFlow(c, yO2);
    return q * Math.max(0, y[base + CIRCULATION]);
  }

  /** Minute ventilation (L/min): wakefulness + chemoreflex, scaled down as brainstem perfusion fails. */
  ventilation_l_min(y: Float64Array, base: number, drive: RespirationDrive): number {
    this.ventilationParts(y, base, drive);
    return this.wake + this.chemo;
  }

  /** Fills `out` from the state at `y[base…]`. */
  observe(
    y: Float64Array,
    base: number,
    drive: RespirationDrive,
    out: RespirationOutputs,
  ): RespirationOutputs {
    const { gas } = this;
    computeBloodGas(this.k, y, base, gas);
    this.ventilationParts(y, base, drive);
    const factor = Math.max(0, y[base + CIRCULATION]);
    out.ventilation_l_min = this.wake + this.chemo;
    out.alveolar_ventilation_l_min = (this.wake + this.chemo) * this.lung.alveolarFraction;
    out.wakefulness_drive_l_min = this.wake;
    out.chemoreflex_drive_l_min = this.chemo;
    out.pao2_mmhg = gas.arterial.po2;
    out.paco2_mmhg = gas.arterial.pco2;
    out.sao2_pct = arterialSaturation(this.saturation, gas.arterial.po2, gas.arterial.pco2);
    out.brain_po2_mmhg = gas.brainPo2;
    out.brain_pco2_mmhg = gas.brainPco2;
    out.cardiac_output_l_min = (gas.brainFlow + gas.tissueFlow) * factor * 60;
    out.brain_blood_flow_l_min = gas.brainFlow * factor * 60;
    return out;
  }

  private ventilationParts(y: Float64Array, base: number, drive: RespirationDrive): void {
    const scale = lowFlowVentilationScale(this.circulation, this.cardiacOutput_l_s(y, base));
    const a = clamp01(drive.agonistActivation);
    this.wake = wakefulnessDrive(this.chemoreflex, a, drive.wakefulnessExponent) * scale;
    this.chemo =
      chemoreflexVentilation(y[base + DRIVE_PERIPHERAL], y[base + DRIVE_CENTRAL], y[base + HYPOXIC_GAIN]) *
      scale;
  }
}

/** Activation outside [0, 1] (solver noise) would make A^P NaN for fractional P. */
function clamp01(x: number): number {
  return x > 0 ? Math.min(x, 1) : 0;
}
