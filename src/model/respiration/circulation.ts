import { parameterValues, type RespirationParameters, type Values } from "./parameters.ts";

/*
 * Blood flow: cerebral and rest-of-body flows regulated by O2 and CO2 (after Ursino et al. 2001 and
 * Magosso E, Ursino M 2001, Am J Physiol Heart 281:H2036), the lung-to-chemoreceptor transport delays,
 * and hypoxic circulatory collapse. All in litres and seconds.
 */

/** Circulation constants plus e^(−95/c2), the constant term of the hypoxic flow response. */
export type CirculationValues = Values<RespirationParameters["circulation"]> & {
  readonly o2FlowOffset: number;
};
export type CollapseValues = Values<RespirationParameters["collapse"]>;

/** Resolves the circulation constants once. */
export function circulationValues(p: RespirationParameters): CirculationValues {
  const v = parameterValues(p.circulation);
  return { ...v, o2FlowOffset: Math.exp(-v.hypoxicFlowReference_mmhg / v.hypoxicFlowScale_mmhg) };
}

/**
 * Brain flow (L/s) before any collapse: Qb0·(1 + y_CO2 + y_O2), where y_CO2 and y_O2 are the states that
 * follow the CO2 and O2 flow responses.
 */
export function brainFlow(c: CirculationValues, yCo2: number, yO2: number): number {
  return c.brainFlow_l_s * (1 + yCo2 + yO2);
}

/** Rest-of-body flow (L/s) before any collapse: Qt0·(1 + ρ·y_O2). Only hypoxia dilates it. */
export function tissueFlow(c: CirculationValues, yO2: number): number {
  return c.tissueFlow_l_s * (1 + c.tissueHypoxicGain * yO2);
}

/**
 * Target of y_CO2: the cerebral flow–PaCO2 sigmoid A + B/(1 + e^(−(PaCO2 − C)/D)) in mL/100 g/min,
 * converted to a fractional change of Qb0 for a 1500 g brain. Zero at PaCO2 = 40 mmHg; at most +0.6.
 */
export function co2FlowTarget(c: CirculationValues, paco2: number): number {
  const sigmoid = 1 / (1 + Math.exp(-(paco2 - c.cbfCo2Midpoint_mmhg) / c.cbfCo2Slope_mmhg));
  const ml100gMin = c.cbfCo2Offset_ml_100g_min + c.cbfCo2Span_ml_100g_min * sigmoid;
  return (ml100gMin * c.brainMass_g) / (100 * 1000 * 60 * c.brainFlow_l_s);
}

/** Target of y_O2: c1·(e^(−PaO2/c2) − e^(−95/c2)), capped at 2. Zero at PaO2 = 95 mmHg. */
export function o2FlowTarget(c: CirculationValues, pao2: number): number {
  const v = c.hypoxicFlowGain * (Math.exp(-pao2 / c.hypoxicFlowScale_mmhg) - c.o2FlowOffset);
  return Math.min(v, c.hypoxicFlowMax);
}

/**
 * Transport delay (s) from the lungs to a chemoreceptor: a vessel volume divided by cardiac output.
 * The FDA code drops the delay to zero below 20% of the reference flow, a jump the solver would have to
 * resolve; we hold it at its value at 20% instead. Both are arbitrary once flow has nearly stopped, and
 * ventilation is then being scaled to zero anyway ({@link lowFlowVentilationScale}).
 */
export function transportDelay_s(c: CirculationValues, volume_l: number, cardiacOutput_l_s: number): number {
  const floor = c.delayFloorFraction * c.referenceCardiacOutput_l_s;
  return volume_l / Math.max(cardiacOutput_l_s, floor);
}

/**
 * The longest step that keeps every delayed time inside accepted history: the shortest possible
 * peripheral delay, reached at the largest flow the regulation allows (y_CO2 ≤ 0.6, y_O2 ≤ 2, about
 * 9.7 L/min, so about 3.6 s).
 */
export function shortestDelay_s(c: CirculationValues): number {
  const maxCo2 = co2FlowTarget(c, Number.POSITIVE_INFINITY);
  const qMax = brainFlow(c, maxCo2, c.hypoxicFlowMax) + tissueFlow(c, c.hypoxicFlowMax);
  return Math.min(c.peripheralDelayVolume_l, c.centralDelayVolume_l) / qMax;
}

/**
 * The longest step from cardiac output `q` (L/s) that keeps every delayed read inside accepted history,
 * even if flow rises as fast as the regulation allows during the step. Flow relaxes toward at most
 * q_max with time constant ≥ τ (the faster of the two flow controllers), so over a step h it stays below
 * q + (q_max − q)·h/τ; the shortest delay V/q(t+h) must be ≥ h, i.e. (q_max − q)/τ·h² + q·h − V ≤ 0.
 * At resting flow that allows about 4.8 s, against 3.6 s at the highest flow.
 */
export function safeStep_s(c: CirculationValues, q_l_s: number): number {
  const maxCo2 = co2FlowTarget(c, Number.POSITIVE_INFINITY);
  const qMax = brainFlow(c, maxCo2, c.hypoxicFlowMax) + tissueFlow(c, c.hypoxicFlowMax);
  const volume = Math.min(c.peripheralDelayVolume_l, c.centralDelayVolume_l);
  const q = Math.min(Math.max(q_l_s, c.delayFloorFraction * c.referenceCardiacOutput_l_s), qMax);
  const a = (qMax - q) / Math.min(c.hypoxicFlowTau_s, c.cbfCo2Tau_s);
  if (a <= 0) return volume / qMax;
  return (2 * volume) / (q + Math.sqrt(q * q + 4 * a * volume));
}

/** The longest delay {@link transportDelay_s} can return (central, at the 20% flow floor: about 57 s). */
export function longestDelay_s(c: CirculationValues): number {
  const volume = Math.max(c.peripheralDelayVolume_l, c.centralDelayVolume_l);
  return volume / (c.delayFloorFraction * c.referenceCardiacOutput_l_s);
}

/**
 * Factor on ventilation as perfusion of the brainstem fails. The FDA code scales ventilation by
 * Q/(20% of 4.9 L/min) below that flow and sets it to zero below 10%, which leaves a jump from 0.5 to 0;
 * we ramp linearly from 1 at 20% to 0 at 10% so that the right-hand side stays continuous.
 */
export function lowFlowVentilationScale(c: CirculationValues, cardiacOutput_l_s: number): number {
  const x = cardiacOutput_l_s / c.referenceCardiacOutput_l_s;
  const lo = c.apnoeaFlowFraction;
  const hi = c.delayFloorFraction;
  if (x >= hi) return 1;
  if (x <= lo) return 0;
  return (x - lo) / (hi - lo);
}

/**
 * Decay rate (1/s) of the circulation factor once collapse has begun:
 * k·(0.15 + 0.85·PaCO2/52), so hypercapnia hastens collapse (FDA `delaymymod.c`, collapse of states
 * im25/im26; the mechanism is the FDA's own construction, not from Ursino).
 */
export function collapseRate(k: CollapseValues, paco2: number): number {
  const p = Math.max(paco2, 0);
  return k.rate_per_s * (k.hypoxicShare + (k.hypercapnicShare * p) / k.referencePaco2_mmhg);
}
