import { baseFractionOf, combine, HCL, ivRoutes, molarMassParameter, omegaFromCv } from "./derive.ts";
import { efficacy, equilibriumBinding, morAction } from "./mor.ts";
import type { DrugData, MorAction, Parameter, SpeciesData } from "./types.ts";

/*
 * Methadone (racemic). No single public parameter set gives the typical half-life, so the disposition is
 * assembled and fitted here, and every step is written down:
 *
 * 1. Fast distribution from stanpumpR `R/drugs_methadone.R` (StevenLShafer/stanpumpR@03ef468d; the file cites
 *    Inturrisi CE et al. 1987, Clin Pharmacol Ther 41(4):392–401): V1 = 0.18 L/kg, k12 0.408, k21 0.06,
 *    k13 0.112 min⁻¹. These give V1, Q2 = V1·k12, V2 = V1·k12/k21 and Q3 = V1·k13.
 * 2. stanpumpR's deep compartment (k31 0.00114 min⁻¹, V3 ≈ 1240 L) and its k10 give a terminal half-life of
 *    about 160 h and Vss ≈ 19 L/kg, far from the clinical values, so they are NOT used. Instead V3 is set so
 *    that Vss = V1 + V2 + V3 = 4.0 L/kg × 70 kg = 280 L (Swiss product information: "Verteilungsvolumen etwa
 *    4,0 l/kg").
 * 3. CL is then FITTED so that the slowest disposition eigenvalue gives a terminal half-life of exactly 25 h,
 *    the Swiss label's typical value (25 h, range 13–47 h, in chronic use). Result 8.10 L/h (0.116 L/h/kg).
 *    The three disposition half-lives are 1.2 min, 37 min and 25 h.
 * 4. Oral: F = 79% (Nilsson 1983 review, 79 ± 21%, range 41–99%); ka FITTED so that the plasma peak of a
 *    single oral dose falls at 4 h (Swiss label: maximum plasma levels after 4 hours).
 * 5. Brain: stanpumpR gives a time to peak effect-site concentration of 11.3 min after an IV bolus; keq is
 *    FITTED so that the effect site of THIS disposition peaks at 11.3 min (2.69 h⁻¹; 2.56 h⁻¹ on stanpumpR's
 *    own disposition — the fast phases are shared).
 * The fits were done by root-finding on the linear model (scipy brentq on matrix exponentials) and are
 * re-checked on the engine by test/pharmacology/treatment-drugs.test.ts.
 */
const STANPUMPR =
  "stanpumpR R/drugs_methadone.R (StevenLShafer/stanpumpR@03ef468d; cites Inturrisi CE et al. 1987, " +
  "Clin Pharmacol Ther 41(4):392–401)";
const SWISS_LABEL =
  "Swiss product information (Fachinformation) for oral methadone, ch.oddb.org reg. 69406 and 56542, chapter " +
  "Pharmacokinetics";
const NILSSON =
  "Nilsson MI et al., 'Clinical pharmacokinetics of methadone' (review), abstract: oral bioavailability 79 ± 21% " +
  "(range 41–99%) in single-dose studies";

const WEIGHT_KG = 70;
const V1_L = 0.18 * WEIGHT_KG;
const K12_PER_MIN = 0.408;
const K21_PER_MIN = 0.06;
const K13_PER_MIN = 0.112;
const VSS_L_PER_KG = 4.0;
const V2_L = (V1_L * K12_PER_MIN) / K21_PER_MIN;
const V3_L = VSS_L_PER_KG * WEIGHT_KG - V1_L - V2_L;

/** Terminal half-life the clearance was fitted to (Swiss label, typical in chronic use). */
export const METHADONE_TARGET_TERMINAL_HALF_LIFE_H = 25;
/** Peak time the oral ka was fitted to (Swiss label). */
export const METHADONE_TARGET_TMAX_H = 4;
/** Effect-site peak time after an IV bolus that keq was fitted to (stanpumpR tPeak). */
export const METHADONE_TARGET_EFFECT_PEAK_MIN = 11.3;

function stanpump(value: number, unit: string, note: string): Parameter {
  return { value, unit, source: STANPUMPR, confidence: "derived", note };
}

const METHADONE_FORMULA = { C: 21, H: 27, N: 1, O: 1 } as const;
const METHADONE_HCL_FORMULA = combine([METHADONE_FORMULA, 1], [HCL, 1]);

/**
 * Racemic methadone at the mu-opioid receptor: an equilibrium affinity only. The Ki is Volpe 2011's uniform
 * human-MOR value as RECALLED in literature.md §2a (3.4 nM; the abstract, which was read, confirms only that
 * methadone falls in the 1–100 nM bin), over the measured unbound fraction (Romach 1981). Methadone is a full
 * agonist in G-protein assays (its low efficacy at GIRK channels is direct channel block, Rodriguez-Martin 2008).
 */
export const METHADONE_MOR: MorAction = morAction(
  equilibriumBinding(
    {
      value: 3.4,
      unit: "nM",
      source:
        "Volpe DA et al. 2011, Regul Toxicol Pharmacol 59:385–390 (19 opioids, one assay, recombinant human MOR): " +
        "abstract places methadone in the Ki = 1–100 nM group",
      confidence: "assumption",
      note:
        "3.4 nM (3.378) is the Table 1 value as recalled in shared/reference/literature.md §2a, flagged unverified; " +
        "the paper's table could not be read. The verified abstract bin (1–100 nM) brackets it.",
    },
    {
      value: 0.1062,
      unit: "1",
      source:
        "Romach MK et al. 1981, Clin Pharmacol Ther 29:211–217, abstract: free fraction of dl-methadone 10.62 ± " +
        "1.43 % in plasma of 29 healthy subjects (equilibrium dialysis, 37 °C)",
      confidence: "direct-abs",
      note:
        "Bound mainly to α1-acid glycoprotein, which rises in withdrawal and disease (free fraction falls); l-isomer " +
        "12.4 %, d-isomer 9.2 %.",
    },
  ),
  efficacy(
    1,
    "Rodriguez-Martin I et al. 2008, Neuroreport 19:589, abstract: 'methadone is a full agonist in [GTPγS] " +
      "binding studies'; Borgland SL et al. 2003, J Biol Chem 278:18776, abstract: relative efficacy for G-protein " +
      "coupling 0.98 of DAMGO",
    "direct-abs",
    "'Full agonist' read as 1 on this scale (fentanyl = 1).",
  ),
);

/** Methadone base, C21H27NO (racemate; the enantiomers are not modelled separately). */
export const METHADONE_SPECIES: SpeciesData = {
  id: "methadone",
  name: "Methadone",
  molarMass_g_mol: molarMassParameter("methadone", "C21H27NO", METHADONE_FORMULA),
  disposition: {
    compartments: 3,
    v1_l: { value: V1_L, unit: "L", source: STANPUMPR, confidence: "direct-file", note: "0.18 L/kg × 70 kg" },
    cl_l_h: {
      value: 8.100457752,
      unit: "L/h",
      source: `${SWISS_LABEL}: half-life 25 (13–47) h in chronic use`,
      confidence: "derived",
      note:
        "FITTED: the clearance that makes the terminal disposition half-life of this 3-compartment set exactly " +
        "25 h (slowest eigenvalue), with V1, V2, Q2, Q3 from stanpumpR and V3 from Vss = 4 L/kg. Not stanpumpR's " +
        "k10 (6.1 L/h, terminal ≈ 160 h).",
    },
    v2_l: stanpump(V2_L, "L", "V1·k12/k21 = 12.6 × 0.408/0.06"),
    q2_l_h: stanpump(V1_L * K12_PER_MIN * 60, "L/h", "V1·k12 × 60 min/h"),
    v3_l: {
      value: V3_L,
      unit: "L",
      source: `${SWISS_LABEL}: volume of distribution about 4.0 L/kg`,
      confidence: "derived",
      note: "Vss − V1 − V2 = 4.0 L/kg × 70 kg − 12.6 − 85.68 L; replaces stanpumpR's deep compartment (≈ 1240 L)",
    },
    q3_l_h: stanpump(V1_L * K13_PER_MIN * 60, "L/h", "V1·k13 × 60 min/h"),
  },
  brain: {
    keq_per_h: {
      value: 2.689512912,
      unit: "1/h",
      source: `${STANPUMPR}: tPeak 11.3 min (time to peak effect-site concentration after a bolus)`,
      confidence: "derived",
      note: "FITTED: keq that puts the effect-site peak of this disposition at 11.3 min after an IV bolus",
    },
  },
  mor: METHADONE_MOR,
};

/** Methadone as a drug. Doses are stated as methadone hydrochloride (tablets, oral solution, injection). */
export const METHADONE: DrugData = {
  id: "methadone",
  name: "Methadone",
  summary: "Long-acting synthetic mu-opioid agonist (and NMDA antagonist); oral opioid-agonist treatment.",
  parent: "methadone",
  forms: [
    {
      id: "hcl",
      description: "methadone hydrochloride, C21H27NO·HCl (how doses are prescribed)",
      baseFraction: {
        value: baseFractionOf(METHADONE_FORMULA, METHADONE_HCL_FORMULA),
        unit: "1",
        source: "molar masses: methadone 309.45 / methadone HCl 345.91 (standard atomic weights)",
        confidence: "derived",
      },
    },
    {
      id: "base",
      description: "methadone base",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
  ],
  defaultForm: "hcl",
  routes: [
    {
      route: "oral",
      note: "Oral solution or tablets; single first-order absorption fitted to a 4 h peak.",
      deliveries: [
        {
          species: "methadone",
          fraction: { value: 0.79, unit: "1", source: NILSSON, confidence: "secondary" },
          ka_per_h: {
            value: 0.3954031422,
            unit: "1/h",
            source: `${SWISS_LABEL}: maximum plasma levels after 4 hours`,
            confidence: "derived",
            note: "FITTED: ka that puts the plasma peak of a single oral dose at 4.0 h on this disposition",
          },
        },
      ],
      variability: [
        {
          parameter: "bioavailability",
          omega: {
            value: omegaFromCv(0.21 / 0.79),
            unit: "1",
            source: NILSSON,
            confidence: "derived",
            note: "CV = 21/79 = 0.27; ω = √ln(1 + CV²)",
          },
        },
      ],
    },
    ...ivRoutes(
      "methadone",
      "The distribution phases come from IV data (Inturrisi 1987 via stanpumpR); IV methadone is rare.",
    ),
  ],
  species: [METHADONE_SPECIES],
};
