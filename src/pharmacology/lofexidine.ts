import { baseFractionOf, combine, HCL, kaForTmax, molarMassParameter, oralPeakFraction } from "./derive.ts";
import type { DrugData, Parameter, SpeciesData } from "./types.ts";

/*
 * Lofexidine: central alpha-2 adrenergic agonist for opioid withdrawal. Not an opioid-receptor ligand; it is
 * here so that scenarios can carry its plasma and brain time course for the withdrawal model.
 *
 * One compartment, oral only:
 *   F = 0.72 (US label, LUCEMYRA, "72% absorbed"; read via Davis's Drug Guide — secondary).
 *   t½ = 12 h: midpoint of the label's single-dose 11–13 h (via WikEM and psychmed.org — secondary). The label's
 *     17–22 h at steady state is NOT reproduced by a linear model (known limitation).
 *   Peak at 3 h: Al-Ghananeem AM 2009, J Pharm Sci 98(1):319–326 (healthy volunteers, 1.2 and 2.0 mg single
 *     doses: tmax ≈ 3 h; label 3–5 h). ka is solved for tmax = 3 h.
 *   V fitted (least squares on log Cmax, geometric mean of the two) to Al-Ghananeem's single-dose peaks:
 *     1755 ng/L after 1.2 mg and 559 ng/L per 0.4 mg (= 2795 ng/L) after 2.0 mg, taking those doses as the
 *     hydrochloride (the UK product and the paper's title are the HCl; ASSUMPTION). CL = V·ln2/t½.
 *   The brain rate has no human data (assumption, see below).
 */
const LABEL_F =
  "LUCEMYRA (lofexidine) US prescribing information, 12.3: 72% absorbed; read via Davis's Drug Guide " +
  "(download.skyscape.com … drdrugcan.ed19_2024 tl43)";
const LABEL_T12 =
  "LUCEMYRA US prescribing information: half-life 11–13 h after the first dose, 17–22 h at steady state; read via " +
  "wikem.org/wiki/Lofexidine and psychmed.org/drugs/lofexidine";
const AL_GHANANEEM =
  "Al-Ghananeem AM 2009, J Pharm Sci 98(1):319–326, abstract: single 1.2 and 2.0 mg doses, tmax ≈ 3 h, Cmax 1755 " +
  "ng/L (1.2 mg), 559 ng/L per 0.4 mg (2.0 mg)";

const LOFEXIDINE_FORMULA = { C: 11, H: 12, N: 2, O: 1, Cl: 2 } as const;
const LOFEXIDINE_HCL_FORMULA = combine([LOFEXIDINE_FORMULA, 1], [HCL, 1]);
const HCL_BASE_FRACTION = baseFractionOf(LOFEXIDINE_FORMULA, LOFEXIDINE_HCL_FORMULA);

/** Inputs of the fit, exported so the test can redo it. */
export const LOFEXIDINE_FIT = {
  F: 0.72,
  halfLife_h: 12,
  tmax_h: 3,
  /** [dose of lofexidine HCl (mg), Cmax (ng/mL)] from Al-Ghananeem 2009. */
  peaks: [
    [1.2, 1.755],
    [2.0, 0.559 * 5],
  ],
} as const;

const K_PER_H = Math.LN2 / LOFEXIDINE_FIT.halfLife_h;
const KA_PER_H = kaForTmax(K_PER_H, LOFEXIDINE_FIT.tmax_h);
const PEAK_FRACTION = oralPeakFraction(KA_PER_H, K_PER_H);
/** V from each study peak: F·dose(base)·peak fraction / Cmax; their geometric mean is used. */
export const LOFEXIDINE_V_EACH_L = LOFEXIDINE_FIT.peaks.map(
  ([dose, cmax]) => (LOFEXIDINE_FIT.F * dose * HCL_BASE_FRACTION * PEAK_FRACTION) / (cmax / 1000),
);
const V_L = Math.sqrt(LOFEXIDINE_V_EACH_L[0]! * LOFEXIDINE_V_EACH_L[1]!);

const ASSUMED_KEQ: Parameter = {
  value: 1,
  unit: "1/h",
  source: "none: no human effect-site or PK/PD equilibration data for lofexidine were found",
  confidence: "assumption",
  note:
    "equilibration half-time 42 min, short beside the 3 h absorption peak, so the brain curve is governed by " +
    "absorption; replace when a PK/PD fit (e.g. blood-pressure lag) is found",
};

/** Lofexidine base, C11H12Cl2N2O. */
export const LOFEXIDINE_SPECIES: SpeciesData = {
  id: "lofexidine",
  name: "Lofexidine",
  molarMass_g_mol: molarMassParameter("lofexidine", "C11H12Cl2N2O", LOFEXIDINE_FORMULA),
  disposition: {
    compartments: 1,
    v1_l: {
      value: V_L,
      unit: "L",
      source: AL_GHANANEEM,
      confidence: "derived",
      note: "FITTED: geometric mean of F·dose·peak-fraction/Cmax over the 1.2 and 2.0 mg single-dose peaks",
    },
    cl_l_h: {
      value: (V_L * Math.LN2) / LOFEXIDINE_FIT.halfLife_h,
      unit: "L/h",
      source: `${LABEL_T12}; V from ${AL_GHANANEEM}`,
      confidence: "derived",
      note: "V·ln2/12 h",
    },
  },
  brain: { keq_per_h: ASSUMED_KEQ },
};

/** Lofexidine as a drug. US doses (LUCEMYRA 0.18 mg) are base; UK doses (BritLofex 0.2 mg) are the HCl. */
export const LOFEXIDINE: DrugData = {
  id: "lofexidine",
  name: "Lofexidine",
  summary: "Central alpha-2 adrenergic agonist that eases opioid withdrawal (not an opioid-receptor ligand).",
  parent: "lofexidine",
  forms: [
    {
      id: "base",
      description: "lofexidine base (LUCEMYRA tablets: 0.18 mg lofexidine = 0.2 mg lofexidine HCl)",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
    {
      id: "hcl",
      description: "lofexidine hydrochloride, C11H12Cl2N2O·HCl (UK 0.2 mg tablets, the US pivotal trials)",
      baseFraction: {
        value: HCL_BASE_FRACTION,
        unit: "1",
        source: "molar masses: lofexidine 259.13 / lofexidine HCl 295.59 (standard atomic weights)",
        confidence: "derived",
      },
    },
  ],
  defaultForm: "base",
  routes: [
    {
      route: "oral",
      deliveries: [
        {
          species: "lofexidine",
          fraction: { value: LOFEXIDINE_FIT.F, unit: "1", source: LABEL_F, confidence: "secondary" },
          ka_per_h: {
            value: KA_PER_H,
            unit: "1/h",
            source: `${AL_GHANANEEM}; label tmax 3–5 h`,
            confidence: "derived",
            note: "solves ln(ka/k)/(ka − k) = 3 h with k = ln2/12 h",
          },
        },
      ],
    },
  ],
  species: [LOFEXIDINE_SPECIES],
};
