import type { DrugData, Parameter, SpeciesData } from "./types.ts";

/*
 * Morphine: the 3-compartment model of Lötsch et al. 2002 as coded (70 kg reference, minutes, litres) in
 * stanpumpR `R/drugs_morphine.R` (StevenLShafer/stanpumpR, commit 21c04d5f): V1 = 0.25 L/kg,
 * k10 0.070505618, k12 0.127340824, k13 0.018258427, k21 0.025964108, k31 0.001633166 min⁻¹.
 * We store clearances and volumes (what scales with body size), derived once here.
 */
const LOTSCH =
  "Lötsch J et al. 2002, Clin Pharmacol Ther 72(2):151–162, as coded in stanpumpR R/drugs_morphine.R " +
  "(StevenLShafer/stanpumpR@21c04d5f)";
const V1_L = 0.25 * 70;
const K10_PER_MIN = 0.070505618;
const K12_PER_MIN = 0.127340824;
const K13_PER_MIN = 0.018258427;
const K21_PER_MIN = 0.025964108;
const K31_PER_MIN = 0.001633166;

function derived(value: number, unit: string, note: string): Parameter {
  return { value, unit, source: LOTSCH, confidence: "derived", note };
}

const IV = {
  value: 1,
  unit: "1",
  source: "definition of intravenous dosing",
  confidence: "derived",
} as const;

/** Morphine base, C17H19NO3. */
export const MORPHINE_SPECIES: SpeciesData = {
  id: "morphine",
  name: "Morphine",
  molarMass_g_mol: {
    value: 285.34,
    unit: "g/mol",
    source: "C17H19NO3 from standard atomic weights",
    confidence: "derived",
  },
  disposition: {
    compartments: 3,
    v1_l: { value: V1_L, unit: "L", source: LOTSCH, confidence: "direct-file", note: "0.25 L/kg × 70 kg" },
    cl_l_h: derived(
      V1_L * K10_PER_MIN * 60,
      "L/h",
      "V1·k10; agrees with Rook 2006's 73.6 L/h in heroin users",
    ),
    v2_l: derived((V1_L * K12_PER_MIN) / K21_PER_MIN, "L", "V1·k12/k21"),
    q2_l_h: derived(V1_L * K12_PER_MIN * 60, "L/h", "V1·k12"),
    v3_l: derived((V1_L * K13_PER_MIN) / K31_PER_MIN, "L", "V1·k13/k31"),
    q3_l_h: derived(V1_L * K13_PER_MIN * 60, "L/h", "V1·k13"),
  },
};

/** Morphine as a drug (base 285.3 g/mol). */
export const MORPHINE: DrugData = {
  id: "morphine",
  name: "Morphine",
  summary: "Mu-opioid agonist; heroin's active end metabolite and the reference opioid analgesic.",
  parent: "morphine",
  forms: [
    {
      id: "sulfate",
      description: "morphine sulfate pentahydrate, (C17H19NO3)2·H2SO4·5H2O, 758.8 g/mol",
      baseFraction: {
        value: (2 * 285.34) / 758.8,
        unit: "1",
        source: "molar masses: 2 × 285.34 / 758.8",
        confidence: "derived",
        note: "Clinical doses are usually stated as the sulfate salt.",
      },
    },
    {
      id: "base",
      description: "morphine base",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
  ],
  defaultForm: "sulfate",
  routes: [
    { route: "iv", deliveries: [{ species: "morphine", fraction: IV }] },
    { route: "iv_infusion", deliveries: [{ species: "morphine", fraction: IV }] },
  ],
  species: [MORPHINE_SPECIES],
};
