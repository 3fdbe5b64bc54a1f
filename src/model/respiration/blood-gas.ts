import { brainFlow, type CirculationValues, tissueFlow } from "./circulation.ts";
import {
  type GasContents,
  type GasPressures,
  gasContents,
  invertContents,
  type SpencerCurves,
} from "./gas-content.ts";

/**
 * Every derived gas quantity of one instant, computed from the compartment states (Ursino et al. 2001):
 * - tissue and brain are well mixed and their venous blood leaves at tissue partial pressures, which
 *   follow from the stored content: P_O2 = C_O2/α_O2, P_CO2 = (C_CO2 − HCO3)/α_CO2;
 * - end-capillary blood equilibrates with alveolar gas;
 * - arterial content = (1 − shunt)·end-capillary + shunt·mixed venous, and arterial pressures invert
 *   the Spencer curves.
 * The mixed-venous weights are the relative flows; the circulation factor (collapse) scales both flows
 * alike, so it cancels here and is applied by the caller.
 */
export class BloodGas {
  brainPo2 = 0;
  brainPco2 = 0;
  tissuePo2 = 0;
  tissuePco2 = 0;
  /** Brain and tissue venous contents, L/L. */
  brainVenousO2 = 0;
  brainVenousCo2 = 0;
  tissueVenousO2 = 0;
  tissueVenousCo2 = 0;
  /** End-capillary (alveolar-equilibrated) contents, L/L. */
  capillaryO2 = 0;
  capillaryCo2 = 0;
  mixedVenousO2 = 0;
  mixedVenousCo2 = 0;
  arterialO2 = 0;
  arterialCo2 = 0;
  /** Flows before collapse, L/s. */
  brainFlow = 0;
  tissueFlow = 0;
  readonly arterial: GasPressures = { po2: 0, pco2: 0 };
  /** Scratch for one content pair. */
  readonly pair: GasContents = { o2: 0, co2: 0 };
}

/** Constants {@link computeBloodGas} reads. */
export interface BloodGasConstants {
  readonly spencer: SpencerCurves;
  readonly circulation: CirculationValues;
  readonly o2Solubility: number;
  readonly co2Solubility: number;
  readonly bicarbonate: number;
  readonly shunt: number;
}

/**
 * Fills `out` from states read at `base` of `y` (local order PACO2, PAO2, CBCO2, CBO2, CTCO2, CTO2,
 * YCO2, YO2). Negative contents and pressures from solver overshoot are treated as zero.
 */
export function computeBloodGas(k: BloodGasConstants, y: Float64Array, base: number, out: BloodGas): void {
  const s = k.spencer;
  out.brainPco2 = nonNegative((y[base + 2] - k.bicarbonate) / k.co2Solubility);
  out.brainPo2 = nonNegative(y[base + 3] / k.o2Solubility);
  out.tissuePco2 = nonNegative((y[base + 4] - k.bicarbonate) / k.co2Solubility);
  out.tissuePo2 = nonNegative(y[base + 5] / k.o2Solubility);
  const pair = out.pair;
  gasContents(s, out.brainPo2, out.brainPco2, pair);
  out.brainVenousO2 = pair.o2;
  out.brainVenousCo2 = pair.co2;
  gasContents(s, out.tissuePo2, out.tissuePco2, pair);
  out.tissueVenousO2 = pair.o2;
  out.tissueVenousCo2 = pair.co2;
  gasContents(s, y[base + 1], y[base], pair);
  out.capillaryO2 = pair.o2;
  out.capillaryCo2 = pair.co2;
  const qb = brainFlow(k.circulation, y[base + 6], y[base + 7]);
  const qt = tissueFlow(k.circulation, y[base + 7]);
  out.brainFlow = qb;
  out.tissueFlow = qt;
  const wb = qb / (qb + qt);
  out.mixedVenousO2 = wb * out.brainVenousO2 + (1 - wb) * out.tissueVenousO2;
  out.mixedVenousCo2 = wb * out.brainVenousCo2 + (1 - wb) * out.tissueVenousCo2;
  out.arterialO2 = (1 - k.shunt) * out.capillaryO2 + k.shunt * out.mixedVenousO2;
  out.arterialCo2 = (1 - k.shunt) * out.capillaryCo2 + k.shunt * out.mixedVenousCo2;
  invertContents(s, out.arterialO2, out.arterialCo2, out.arterial);
}

function nonNegative(x: number): number {
  return Math.max(x, 0);
}
