import type { Parameter } from "../../pharmacology/types.ts";

/*
 * Parameters of the breathing, blood-gas and circulation submodel: the physiology of the FDA mechanistic
 * opioid-overdose model (Mann J et al. 2022, Clin Pharmacol Ther 112(5):1020–1032, PMID 35766413), whose
 * O2/CO2 part follows Ursino M, Magosso E, Avanzolini G 2001, Clin Physiol 21(4):447–464 (hypercapnia) and
 * 465–477 (hypoxia), with the Spencer et al. 1979 dissociation curves.
 *
 * Every value is read from the FDA repository (no licence file; we use the numbers, not the code). Units are
 * the FDA's — litres, seconds, mmHg, gas contents in L of gas (STPD) per L of blood — because the equations
 * are written in them; the model converts time to hours once, at its edge (see `model.ts`).
 */

const REPO = "FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose";
const PARS = `${REPO}, Figure_7/models/modelWithSimpleVentilatoryCollapse_IM/delaypars.R (main@41f4614)`;
const RHS = `${REPO}, Figure_7/models/modelWithSimpleVentilatoryCollapse_IM/delaymymod.c (main@41f4614)`;
const STATES = `${REPO}, Figure_7/models/modelWithSimpleVentilatoryCollapse_IM/delaystates.R (main@41f4614)`;
const SCRIPT = `${REPO}, Figure_7/simulateToGetOD_IM.R (main@41f4614)`;
const WRAPPER = `${REPO}, Figure_7/models/modelWithSimpleVentilatoryCollapse_IM/patientWrapper.R (main@41f4614)`;
const IN_RHS = `${REPO}, pharmacodynamicFigures/models/modelIV/delaymymod.c (branch Intranasal_Naloxone_Repeat_Dosing_and_Fentanyl_Overdose@139259f)`;

function file(source: string, value: number, unit: string, note?: string): Parameter {
  return note === undefined
    ? { value, unit, source, confidence: "direct-file" }
    : { value, unit, source, confidence: "direct-file", note };
}

const SPENCER =
  "Spencer JL, Firouztale E, Mellins RB 1979 (O2/CO2 dissociation with Bohr and Haldane coupling)";

/** Spencer et al. 1979 blood O2 and CO2 dissociation curves, as parameterised in the FDA model. */
export const SPENCER_PARAMETERS = {
  k1_mmhg: file(PARS, 14.99, "mmHg", `K1 of ${SPENCER}`),
  k2_mmhg: file(PARS, 194.4, "mmHg", `K2 of ${SPENCER}`),
  a1: file(PARS, 0.3836, "1", "a1, O2 curve exponent"),
  a2: file(PARS, 1.819, "1", "a2, CO2 curve exponent"),
  alpha1_per_mmhg: file(PARS, 0.03198, "1/mmHg", "α1, effect of PCO2 on the O2 curve (Bohr)"),
  beta1_per_mmhg: file(PARS, 0.008275, "1/mmHg", "β1, effect of PCO2 on the O2 curve (Bohr)"),
  alpha2_per_mmhg: file(PARS, 0.05591, "1/mmHg", "α2, effect of PO2 on the CO2 curve (Haldane)"),
  beta2_per_mmhg: file(PARS, 0.03255, "1/mmHg", "β2, effect of PO2 on the CO2 curve (Haldane)"),
  o2Capacity_mmol_l: file(PARS, 9, "mmol/L", "C1: O2 capacity of blood"),
  co2Capacity_mmol_l: file(PARS, 86.11, "mmol/L", "C2: CO2 capacity of blood"),
  molarGasVolume_l_mmol: file(
    PARS,
    0.02272,
    "L/mmol",
    "Z: converts mmol/L to L of gas (STPD) per L of blood",
  ),
} as const;

/** Lungs and gas exchange (Ursino et al. 2001). */
export const LUNG_PARAMETERS = {
  alveolarVolume_l: file(PARS, 3.28, "L", "V_A, one well-mixed alveolar compartment"),
  inspiredPco2_mmhg: file(PARS, 0, "mmHg", "P_I_co2"),
  inspiredPo2_mmhg: file(
    STATES,
    149,
    "mmHg",
    "P_I_o2, a state with zero derivative in the FDA code: room air",
  ),
  btpsFactor_mmhg: file(
    PARS,
    863,
    "mmHg",
    "λ: converts blood gas content (STPD) to alveolar partial pressure (BTPS), 760 mmHg × 310 K / 273 K",
  ),
  shuntFraction: file(PARS, 0.024, "1", "s1: fraction of cardiac output bypassing the alveoli"),
  alveolarFraction: file(PARS, 0.66, "1", "Bmax: fraction of minute ventilation that reaches the alveoli"),
} as const;

/** Brain and rest-of-body gas stores and metabolism. */
export const TISSUE_PARAMETERS = {
  brainVolume_l: file(PARS, 1.32, "L", "V_B"),
  tissueVolume_l: file(PARS, 38.68, "L", "V_T"),
  o2Solubility_per_mmhg: file(PARS, 3.17e-5, "L/L/mmHg", "alpha_o2: dissolved O2 in tissue"),
  co2Solubility_per_mmhg: file(PARS, 6.67e-4, "L/L/mmHg", "alpha_co2: dissolved CO2 in tissue"),
  tissueBicarbonate_l_l: file(PARS, 0.5824, "L/L", "C_B_hco3 = C_T_hco3: CO2 held as bicarbonate in tissue"),
  brainCo2Production_l_s: file(PARS, 0.04 / 60, "L/s", "M_B_co2 = 0.04/60"),
  brainO2Consumption_l_s: file(
    PARS,
    0.05 / 60,
    "L/s",
    "−M_B_o2_0 = 0.05/60 (stored as a negative production)",
  ),
  tissueCo2Production_l_s: file(PARS, 0.16 / 60, "L/s", "M_T_co2 = 0.16/60"),
  tissueO2Consumption_l_s: file(PARS, 0.2 / 60, "L/s", "−M_T_o2_0 = 0.2/60"),
  metabolicExponent: file(
    SCRIPT,
    0.06319,
    "1",
    "P2: metabolism scales with (wakefulness drive / 6.62)^P2; 'hand adjusted based on fitted values' (delaypars.R's 0.9 is overridden)",
  ),
  co2ProductionFloor: file(PARS, 0.87, "1", "fL: sedation lowers CO2 production to at most 87% of baseline"),
  o2ConsumptionFloor: file(PARS, 0.93, "1", "fN: sedation lowers O2 consumption to at most 93% of baseline"),
  anaerobicPo2_mmhg: file(RHS, 6, "mmHg", "below this tissue PO2, metabolism falls linearly with PO2"),
} as const;

/** Blood flows, their regulation by O2 and CO2, and the lung-to-chemoreceptor transport delays. */
export const CIRCULATION_PARAMETERS = {
  brainFlow_l_s: file(PARS, 0.75 / 60, "L/s", "Qb0: cerebral blood flow at rest"),
  tissueFlow_l_s: file(PARS, 4.25 / 60, "L/s", "Qt0: rest-of-body blood flow at rest"),
  tissueHypoxicGain: file(PARS, 0.32, "1", "rou: tissue flow rises by rou × the hypoxic flow response"),
  cbfCo2Offset_ml_100g_min: file(
    PARS,
    -30,
    "mL/100 g/min",
    "Aco2: cerebral flow–PaCO2 sigmoid, lower asymptote",
  ),
  cbfCo2Span_ml_100g_min: file(PARS, 60, "mL/100 g/min", "Bco2: sigmoid span"),
  cbfCo2Midpoint_mmhg: file(PARS, 40, "mmHg", "Cco2: sigmoid midpoint (no change at PaCO2 40)"),
  cbfCo2Slope_mmhg: file(PARS, 4.5, "mmHg", "Dco2: sigmoid width"),
  brainMass_g: file(RHS, 1500, "g", "converts mL/100 g/min to L/s (the factor 1500/100/1000/60)"),
  cbfCo2Tau_s: file(PARS, 20, "s", "tau_co2"),
  hypoxicFlowGain: file(PARS, 17, "1", "c1o2: hypoxic flow response c1·(e^(−PaO2/c2) − e^(−95/c2))"),
  hypoxicFlowScale_mmhg: file(PARS, 11, "mmHg", "c2o2"),
  hypoxicFlowReference_mmhg: file(
    PARS,
    95,
    "mmHg",
    "P_a_o2_0: PaO2 at which the hypoxic flow response is zero",
  ),
  hypoxicFlowMax: file(
    RHS,
    2,
    "1",
    "cap on the hypoxic flow response (brain flow at most triples from O2 alone)",
  ),
  hypoxicFlowTau_s: file(PARS, 10, "s", "tau_o2"),
  peripheralDelayVolume_l: file(PARS, 0.588, "L", "K_Dp: lung-to-carotid delay = K_Dp / cardiac output"),
  centralDelayVolume_l: file(PARS, 0.9239, "L", "K_Dc: lung-to-brainstem delay = K_Dc / cardiac output"),
  referenceCardiacOutput_l_s: file(RHS, 4.9 / 60, "L/s", "reference flow of the low-flow rules (4.9 L/min)"),
  delayFloorFraction: file(
    RHS,
    0.2,
    "1",
    "below 20% of the reference flow the FDA code drops the delays to zero; we hold them at their value there",
  ),
  apnoeaFlowFraction: file(RHS, 0.1, "1", "below 10% of the reference flow ventilation is zero"),
} as const;

/** Peripheral (carotid) and central chemoreflexes and wakefulness drive (Ursino et al. 2001). */
export const CHEMOREFLEX_PARAMETERS = {
  carotidGain_hz: file(PARS, 1.738, "spikes/s", "K_fpc"),
  carotidPco2Scale_mmhg: file(PARS, 18, "mmHg", "Bp: f ∝ ln(PaCO2/Bp)"),
  carotidMax_hz: file(PARS, 12.3, "spikes/s", "f_pc_max (hypoxic asymptote factor)"),
  carotidMin_hz: file(PARS, 0.8352, "spikes/s", "f_pc_min (hyperoxic asymptote factor)"),
  carotidBaseline_hz: file(PARS, 3.67, "spikes/s", "f_pc_0: carotid activity with no peripheral drive"),
  carotidPo2Midpoint_mmhg: file(PARS, 45, "mmHg", "P_a_o2_c"),
  carotidPo2Slope_mmhg: file(PARS, 29.27, "mmHg", "K_pc"),
  peripheralTau_s: file(PARS, 7, "s", "tau_Dp"),
  centralTau_s: file(PARS, 60, "s", "tau_Dc"),
  peripheralGain_l_min_hz: file(PARS, 2.5, "L/min per spikes/s", "G_Dp"),
  centralGain_l_min_mmhg: file(PARS, 2, "L/min/mmHg", "G_Dc"),
  centralSetpoint_mmhg: file(PARS, 45.27, "mmHg", "P_B_co2_0: brain PCO2 with no central drive"),
  hypoxicGainMinPo2_mmhg: file(PARS, 29.8, "mmHg", "theta_Hmin"),
  hypoxicGainMaxPo2_mmhg: file(PARS, 37, "mmHg", "theta_Hmax"),
  hypoxicGainSlope: file(PARS, 10, "1", "Gh"),
  hypoxicGainReference_mmhg: file(PARS, 32, "mmHg", "P_B_o2_0"),
  hypoxicGainTau_s: file(PARS, 300, "s", "tau_h"),
  wakefulnessDrive_l_min: file(PARS, 6.62, "L/min", "W = Wmax: ventilation the awake brainstem sustains"),
} as const;

/**
 * Opioid transduction exponents. Activation A ∈ [0, 1] removes A^P3 of the wakefulness drive and scales the
 * chemoreflex gains by (1 − A^P1): a larger exponent means less effect, which is how the FDA model expresses
 * tolerance. The README swaps the names; the C code (followed here) uses P3 for wakefulness, P1 for the
 * chemoreflex.
 */
export const OPIOID_EXPONENTS = {
  naive: {
    chemoreflex: file(SCRIPT, 2.5 * 1.15, "1", "P1 naive = 2.5 × 1.15"),
    wakefulness: file(SCRIPT, 0.9, "1", "P3 naive"),
  },
  chronic: {
    chemoreflex: file(
      SCRIPT,
      2.5 * 1.47 * 1.15,
      "1",
      "P1 chronic = 2.5 × 1.47 × 1.15 (fitted to Algera 2020)",
    ),
    wakefulness: file(SCRIPT, 0.9 * 1.47, "1", "P3 chronic = 0.9 × 1.47"),
  },
} as const;

/** Hypoxic circulatory collapse and the cardiac-arrest criterion. */
export const COLLAPSE_PARAMETERS = {
  pao2Threshold_mmhg: file(
    WRAPPER,
    15,
    "mmHg",
    "tsh_value_o2: collapse is scheduled when PaO2 first falls to this (the IN branch notes it was 25 before)",
  ),
  delay_s: file(
    WRAPPER,
    220,
    "s",
    "delaytime: collapse starts this long after the PaO2 threshold is crossed",
  ),
  rate_per_s: file(
    PARS,
    0.004 * 6,
    "1/s",
    "Cim25 = Cim26: decay rate of brain and tissue flow after collapse",
  ),
  hypoxicShare: file(RHS, 0.15, "1", "share of the decay rate that does not depend on PaCO2"),
  hypercapnicShare: file(RHS, 0.85, "1", "share of the decay rate proportional to PaCO2 / 52 mmHg"),
  referencePaco2_mmhg: file(
    WRAPPER,
    52,
    "mmHg",
    "tsh_value_co2 (hard-coded 52 for brain flow in the C code)",
  ),
  arrestCardiacOutput_l_min: file(
    SCRIPT,
    0.01,
    "L/min",
    "CABloodFlow: cardiac arrest when cardiac output falls to this (the IN-branch criterion)",
  ),
} as const;

/** Arterial O2 saturation after Chiari L, Avanzolini G, Ursino M 1997, Ann Biomed Eng 25:985–999 (Eqs 8–9). */
export const SATURATION_PARAMETERS = {
  hill: file(IN_RHS, 2.6, "1", "nSaturation"),
  p50_mmhg: file(IN_RHS, 26.6, "mmHg", "k3"),
  co2Exponent: file(
    IN_RHS,
    0.3,
    "1",
    "virtual PO2 = PaO2 · (40/PaCO2)^0.3 (the main branch uses PaO2 here, a typo)",
  ),
  referencePaco2_mmhg: file(IN_RHS, 40, "mmHg", "PaCO2 of the standard curve"),
} as const;

/** Everything the submodel reads, grouped as above. */
export interface RespirationParameters {
  readonly spencer: { readonly [K in keyof typeof SPENCER_PARAMETERS]: Parameter };
  readonly lung: { readonly [K in keyof typeof LUNG_PARAMETERS]: Parameter };
  readonly tissue: { readonly [K in keyof typeof TISSUE_PARAMETERS]: Parameter };
  readonly circulation: { readonly [K in keyof typeof CIRCULATION_PARAMETERS]: Parameter };
  readonly chemoreflex: { readonly [K in keyof typeof CHEMOREFLEX_PARAMETERS]: Parameter };
  readonly collapse: { readonly [K in keyof typeof COLLAPSE_PARAMETERS]: Parameter };
  readonly saturation: { readonly [K in keyof typeof SATURATION_PARAMETERS]: Parameter };
}

/** The FDA typical subject. */
export const RESPIRATION_PARAMETERS: RespirationParameters = {
  spencer: SPENCER_PARAMETERS,
  lung: LUNG_PARAMETERS,
  tissue: TISSUE_PARAMETERS,
  circulation: CIRCULATION_PARAMETERS,
  chemoreflex: CHEMOREFLEX_PARAMETERS,
  collapse: COLLAPSE_PARAMETERS,
  saturation: SATURATION_PARAMETERS,
};

/** Plain numbers of one group (what the inner loop reads). */
export type Values<G> = { readonly [K in keyof G]: number };

/** Strips units and sources once, at model creation, so the right-hand side reads plain numbers. */
export function parameterValues<G extends Record<string, Parameter>>(group: G): Values<G> {
  const out: Record<string, number> = {};
  for (const [k, p] of Object.entries(group)) out[k] = p.value;
  return out as Values<G>;
}
