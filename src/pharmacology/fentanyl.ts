import {
  baseFractionOf,
  CITRIC_ACID,
  combine,
  ivRoutes,
  molarMassParameter,
  omegaFromCv,
  S_PER_H,
} from "./derive.ts";
import { efficacy, fdaKineticBinding, morAction } from "./mor.ts";
import type { DrugData, MorAction, Parameter, SpeciesData } from "./types.ts";

/*
 * Fentanyl: the 3-compartment set the FDA overdose model uses (typical values of Algera et al. 2020), as coded
 * in FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose, branch Intranasal_Naloxone_Repeat_Dosing_and_
 * Fentanyl_Overdose (commit 930e7d9a), pharmacodynamicFigures/input/optimalParameters/opioid/fentanylPK.R:
 * kout 0.002, k12 0.0032, k13 0.0036, k21 0.0023, k31 0.00023 s⁻¹, VP (central) 10.5 L, effect-site k1
 * 0.003 s⁻¹. We store clearances and volumes (what scales with body size): CL = V1·k10, Qj = V1·k1j,
 * Vj = V1·k1j/kj1, with s⁻¹ → h⁻¹ by 3600. Disposition half-lives 1.2 min, 8.3 min and 150 min (terminal).
 */
const FDA_FENTANYL =
  "FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose@930e7d9a, pharmacodynamicFigures/input/optimalParameters/" +
  "opioid/fentanylPK.R (typical values from Algera MH et al. 2020, Clin Pharmacol Ther)";
const V1_L = 10.5;
const K10_PER_S = 0.002;
const K12_PER_S = 0.0032;
const K13_PER_S = 0.0036;
const K21_PER_S = 0.0023;
const K31_PER_S = 0.00023;
const KE0_PER_S = 0.003;

const FENTANYL_FORMULA = { C: 22, H: 28, N: 2, O: 1 } as const;
const FENTANYL_CITRATE_FORMULA = combine([FENTANYL_FORMULA, 1], [CITRIC_ACID, 1]);

function derived(value: number, unit: string, note: string): Parameter {
  return { value, unit, source: FDA_FENTANYL, confidence: "derived", note };
}

/*
 * Intranasal fentanyl: Foster D et al. 2008, Ann Pharmacother 42(10):1380–1387 (abstract; 75–200 µg by both
 * routes in patients after third-molar extraction, population PK): bioavailability 89%, first-order absorption
 * after a lag of about 5 min with an absorption half-life of about 6.5 min; between-subject variability about
 * 30% for all absorption parameters.
 */
const FOSTER =
  "Foster D et al. 2008, Ann Pharmacother 42(10):1380–1387, abstract (intranasal vs IV fentanyl, population PK)";
const ABSORPTION_CV = 0.3;

/**
 * Fentanyl at the mu-opioid receptor: the FDA overdose model's kinetic fit to in-vitro association and
 * dissociation assays (Mann 2022), Ligand_Data/Fentanyl_A_parameters/Fentanyl_A_pars.txt: Kon 3.081e-5
 * pM^-n·s⁻¹, Koff 0.004331 s⁻¹, n 0.8439 (half occupancy at 0.351 nM). The FDA used them on total
 * effect-site concentrations and so do we (see src/pharmacology/mor.ts). Fentanyl is the efficacy reference.
 * (test/model/respiration/fda-harness.ts uses the rounded 3.08e-5 of the FDA script; this is the file value.)
 */
export const FENTANYL_MOR: MorAction = morAction(
  fdaKineticBinding(
    { kon_per_pm_n_s: 3.081e-5, koff_per_s: 0.004331, hill: 0.8439 },
    "FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose, Ligand_Data/Fentanyl_A_parameters/Fentanyl_A_pars.txt " +
      "(Kon 3.081e-05, Koff 0.004331, n 0.8439; Mann J et al. 2022, Clin Pharmacol Ther 112:1020)",
  ),
  efficacy(1, "definition", "derived", "Fentanyl is the reference full agonist: efficacy 1 by definition."),
);

/** Fentanyl base, C22H28N2O. */
export const FENTANYL_SPECIES: SpeciesData = {
  id: "fentanyl",
  name: "Fentanyl",
  molarMass_g_mol: molarMassParameter("fentanyl", "C22H28N2O", FENTANYL_FORMULA),
  disposition: {
    compartments: 3,
    v1_l: { value: V1_L, unit: "L", source: FDA_FENTANYL, confidence: "direct-file", note: "VP = 10.5 L" },
    cl_l_h: derived(V1_L * K10_PER_S * S_PER_H, "L/h", "V1·k10 = 10.5 L × 0.002 s⁻¹ × 3600 s/h (1.26 L/min)"),
    v2_l: derived(
      (V1_L * K12_PER_S) / K21_PER_S,
      "L",
      "V1·k12/k21 (the C code's comment gives VP2 14.4 L from Algera 2020)",
    ),
    q2_l_h: derived(V1_L * K12_PER_S * S_PER_H, "L/h", "V1·k12"),
    v3_l: derived((V1_L * K13_PER_S) / K31_PER_S, "L", "V1·k13/k31 (the C code's comment gives VP3 166 L)"),
    q3_l_h: derived(V1_L * K13_PER_S * S_PER_H, "L/h", "V1·k13"),
  },
  brain: {
    keq_per_h: {
      value: KE0_PER_S * S_PER_H,
      unit: "1/h",
      source: `${FDA_FENTANYL}: k1 = 0.003 s⁻¹`,
      confidence: "direct-file",
      note: "effect-site equilibration half-time ln2/0.003 s⁻¹ = 3.9 min; × 3600 s/h",
    },
  },
  variability: [
    {
      parameter: "cl_l_h",
      omega: {
        value: omegaFromCv(0.3218),
        unit: "1",
        source:
          "Pharmacokinetic characterisation of intranasal, transmucosal and IV fentanyl in 24 healthy volunteers, " +
          "Nardi-Hiebl S, Ndieyira JW, Al Enzi Y et al. 2021, Pain Res Manag 2021:2887773, Table 3: IV 50 µg AUC(0–tlast) geometric CV 32.18%",
        confidence: "derived",
        note: "ω = √ln(1 + CV²); the CV of AUC after a fixed IV dose is the CV of 1/CL.",
      },
    },
  ],
  mor: FENTANYL_MOR,
};

/** Fentanyl as a drug. Doses are stated as fentanyl base (injection labels give µg of base). */
export const FENTANYL: DrugData = {
  id: "fentanyl",
  name: "Fentanyl",
  summary: "Synthetic phenylpiperidine mu-opioid agonist, ~50–100× morphine; dominant in the illicit supply.",
  parent: "fentanyl",
  forms: [
    {
      id: "base",
      description: "fentanyl base (how injection and spray strengths are stated)",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
    {
      id: "citrate",
      description: "fentanyl citrate, C22H28N2O·C6H8O7",
      baseFraction: {
        value: baseFractionOf(FENTANYL_FORMULA, FENTANYL_CITRATE_FORMULA),
        unit: "1",
        source: "molar masses: fentanyl 336.48 / fentanyl citrate 528.60 (standard atomic weights)",
        confidence: "derived",
      },
    },
  ],
  defaultForm: "base",
  routes: [
    ...ivRoutes("fentanyl"),
    {
      route: "intranasal",
      note: "Aqueous fentanyl citrate nasal spray in opioid-naive patients (Foster 2008); doses as base.",
      deliveries: [
        {
          species: "fentanyl",
          fraction: { value: 0.89, unit: "1", source: FOSTER, confidence: "direct-abs" },
          ka_per_h: {
            value: Math.LN2 / (6.5 / 60),
            unit: "1/h",
            source: FOSTER,
            confidence: "derived",
            note: "absorption half-life ≈ 6.5 min → ka = ln2 / (6.5/60 h) = 6.4 h⁻¹",
          },
          lag_h: { value: 5 / 60, unit: "h", source: FOSTER, confidence: "direct-abs", note: "lag ≈ 5 min" },
        },
      ],
      variability: (["ka_per_h", "lag_h", "bioavailability"] as const).map((parameter) => ({
        parameter,
        omega: {
          value: omegaFromCv(ABSORPTION_CV),
          unit: "1",
          source: FOSTER,
          confidence: "derived" as const,
          note: "between-subject variability ≈ 30% for all absorption parameters; ω = √ln(1 + 0.3²)",
        },
      })),
    },
  ],
  species: [FENTANYL_SPECIES],
};
