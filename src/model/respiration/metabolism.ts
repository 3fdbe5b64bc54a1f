import type { RespirationParameters } from "./parameters.ts";

/*
 * Brain and rest-of-body O2 consumption and CO2 production (L/s) in the FDA model: sedation lowers them
 * with the wakefulness drive, to floors of 93% (O2) and 87% (CO2) of baseline, and tissue hypoxia below
 * 6 mmHg makes both fall in proportion to tissue PO2 (oxidative metabolism fails).
 */

/** Constants of {@link metabolicRates}. */
export interface MetabolismConstants {
  readonly brainO2: number;
  readonly brainCo2: number;
  readonly tissueO2: number;
  readonly tissueCo2: number;
  readonly exponent: number;
  readonly o2Floor: number;
  readonly co2Floor: number;
  readonly anaerobicPo2: number;
}

/** Resolves the constants once. */
export function metabolismConstants(p: RespirationParameters): MetabolismConstants {
  const t = p.tissue;
  return {
    brainO2: t.brainO2Consumption_l_s.value,
    brainCo2: t.brainCo2Production_l_s.value,
    tissueO2: t.tissueO2Consumption_l_s.value,
    tissueCo2: t.tissueCo2Production_l_s.value,
    exponent: t.metabolicExponent.value,
    o2Floor: t.o2ConsumptionFloor.value,
    co2Floor: t.co2ProductionFloor.value,
    anaerobicPo2: t.anaerobicPo2_mmhg.value,
  };
}

/** Current rates, L/s (consumption of O2 positive). */
export class MetabolicRates {
  brainO2 = 0;
  brainCo2 = 0;
  tissueO2 = 0;
  tissueCo2 = 0;
}

/**
 * Fills `out` for a wakefulness fraction w = (remaining wakefulness drive)/(awake drive) ∈ [0, 1] and the
 * brain and tissue PO2.
 */
export function metabolicRates(
  m: MetabolismConstants,
  wakefulness: number,
  brainPo2: number,
  tissuePo2: number,
  out: MetabolicRates,
): void {
  const s = Math.max(wakefulness, 0) ** m.exponent;
  const o2 = Math.max(s, m.o2Floor);
  const co2 = Math.max(s, m.co2Floor);
  const b = brainPo2 < m.anaerobicPo2 ? brainPo2 / m.anaerobicPo2 : 1;
  const t = tissuePo2 < m.anaerobicPo2 ? tissuePo2 / m.anaerobicPo2 : 1;
  out.brainO2 = m.brainO2 * o2 * b;
  out.brainCo2 = m.brainCo2 * co2 * b;
  out.tissueO2 = m.tissueO2 * o2 * t;
  out.tissueCo2 = m.tissueCo2 * co2 * t;
}
