import {
  baseFractionOf,
  combine,
  HCL,
  ivRoutes,
  kaForTmax,
  molarMassParameter,
  oralPeakFraction,
} from "./derive.ts";
import { efficacy, equilibriumBinding, morAction } from "./mor.ts";
import { NALOXONE_KEQ } from "./naloxone.ts";
import type { DrugData, MorAction, Parameter, SpeciesData } from "./types.ts";

/*
 * Naltrexone and its active metabolite 6β-naltrexol. Published naltrexone numbers disagree by several-fold
 * (assay specificity; the NCT00714584 record says so explicitly), so the set below is anchored to what a
 * simulation shows — the plasma curves after the usual 50 mg tablet — and every conflict is written down.
 *
 * Naltrexone, one compartment:
 *   CL = 94 L/h: "total systemic clearance ≈ 94 L/h" (1984 dose-proportionality study, 24 men, abstract).
 *     Conflicts with Licko 1981 (IV ³H-naltrexone: 3510 mL/min = 211 L/h), which cannot be reconciled with
 *     the label's oral peak below unless F > 0.4.
 *   t½ = 4 h (Swiss label "etwa 4 Stunden"; 1984 study "≈ 4 h") → V = CL·t½/ln2 = 542 L (label Vd after IV
 *     1350 L, secondary — another conflict).
 *   Oral: peak 13.3 ng/mL at 1 h after 50 mg naltrexone HCl (Swiss label). ka is solved for tmax = 1 h on
 *     this disposition (3.04 h⁻¹) and F for Cmax = 13.3 ng/mL: F = 0.19. The label's "5–40%" brackets it;
 *     the 1984 study's own estimate was 5% and the Swiss label's "95% first pass" says the same.
 * 6β-naltrexol, one compartment:
 *   t½ = 11.1 h (Yancey-Wrona J et al. 2011, Pain Med, IV 6β-naltrexol in 10 men: 11.1 ± 2.4 h).
 *   Formation: 60% of an oral dose is in urine within 48 h, 76% of it as 6β-naltrexol (Swiss label), so at
 *     least 0.60 × 0.76 = 0.456 of the dose becomes 6β-naltrexol. Used as the molar fraction of naltrexone's
 *     clearance that forms it, and — ASSUMPTION — of the presystemically extracted dose too (oral delivery
 *     (1 − F)·0.456 straight to 6β-naltrexol at the absorption rate).
 *   V fitted so that the 6β-naltrexol peak after 50 mg is 108 ng/mL (Swiss label: "durchschnittlich etwa
 *     108 ng/ml"): V = 149 L, CL = V·ln2/11.1 h = 9.3 L/h. (The 1984 study's renal clearance of 283 mL/min
 *     = 17 L/h exceeds this total clearance — another unreconciled assay conflict.)
 *   Brain: 6β-naltrexol is peripherally selective (no effect on morphine analgesia or miosis up to 20 mg IV,
 *     Yancey-Wrona 2011), so Kp is set low.
 * Extended-release injection (VIVITROL 380 mg naltrexone base): label — a transient peak about 2 h after the
 *   injection, a second peak 2–3 days later, decline from about day 14; Dunbar JL et al. 2006, Alcohol Clin
 *   Exp Res 30:480 — apparent half-lives 5–7 days. Carried as a small burst (ASSUMED 5% of the dose, ka solved
 *   for a 2 h peak) plus a slow first-order release with ka = ln2/6 d. Total F = 1 (ASSUMPTION). Known
 *   limitation: the label's second peak at 2–3 days is not reproduced (a first-order release starts at once,
 *   so concentrations fall monotonically after the burst); its timing and size were not available as numbers.
 * Brain keq of both species: no human data; ASSUMED equal to naloxone's (FDA fit, 6.5 min), a close
 *   structural analogue (N-cyclopropylmethyl vs N-allyl noroxymorphone).
 */
const STUDY_1984 =
  "Bioequivalence, dose-proportionality and pharmacokinetics of naltrexone after oral administration, 1984, " +
  "vol. 45(9):15–19 (24 healthy men, 50–200 mg), abstract via scilit.com/publications/5dbdd999582f6f70c405c410cc89aeb8";
const SWISS_LABEL =
  "Swiss product information for naltrexone HCl 50 mg tablets (Naltrexin, reg. 56109), chapter Pharmacokinetics " +
  "(generika.cc/dt/generika/fachinfo/reg/56109/chapter/kinetic)";
const YANCEY =
  "Yancey-Wrona J et al. 2011, Pain Med (doi 10.1111/j.1526-4637.2011.01279.x), abstract: IV 6β-naltrexol in 10 " +
  "healthy men, terminal t½ 11.1 ± 2.4 h";
const VIVITROL =
  "VIVITROL prescribing information (via vivitrolhcp.com): transient peak ≈ 2 h after injection, second peak " +
  "2–3 days later; Dunbar JL et al. 2006, Alcohol Clin Exp Res 30(3):480–490, abstract: apparent half-lives 5–7 days";

const NALTREXONE_FORMULA = { C: 20, H: 23, N: 1, O: 4 } as const;
const NALTREXONE_HCL_FORMULA = combine([NALTREXONE_FORMULA, 1], [HCL, 1]);
const NALTREXOL_FORMULA = { C: 20, H: 25, N: 1, O: 4 } as const;
const HCL_BASE_FRACTION = baseFractionOf(NALTREXONE_FORMULA, NALTREXONE_HCL_FORMULA);

/** Inputs of the oral fit (see the header), exported so the test can redo the derivation. */
export const NALTREXONE_FIT = {
  cl_l_h: 94,
  halfLife_h: 4,
  tmax_h: 1,
  cmax_ng_ml: 13.3,
  dose_hcl_mg: 50,
  naltrexolFormation: 0.6 * 0.76,
  naltrexolHalfLife_h: 11.1,
  naltrexolCmax_ng_ml: 108,
  xrBurstShare: 0.05,
  xrBurstTmax_h: 2,
  xrReleaseHalfLife_h: 6 * 24,
} as const;

const CL_L_H = NALTREXONE_FIT.cl_l_h;
const V_L = (CL_L_H * NALTREXONE_FIT.halfLife_h) / Math.LN2;
const K_PER_H = CL_L_H / V_L;
const KA_ORAL = kaForTmax(K_PER_H, NALTREXONE_FIT.tmax_h);
/** Oral bioavailability solved from the label's peak (see the header). */
export const NALTREXONE_F_ORAL =
  ((NALTREXONE_FIT.cmax_ng_ml / 1000) * V_L) /
  (NALTREXONE_FIT.dose_hcl_mg * HCL_BASE_FRACTION * oralPeakFraction(KA_ORAL, K_PER_H));
const FM = NALTREXONE_FIT.naltrexolFormation;
/** 6β-naltrexol volume fitted (scipy, offline) to the 108 ng/mL peak; re-checked by the test. */
const NALTREXOL_V_L = 149.2532377;

const ASSUMED_KEQ: Parameter = {
  value: NALOXONE_KEQ.value,
  unit: "1/h",
  source: `naloxone's effect-site rate (${NALOXONE_KEQ.source})`,
  confidence: "assumption",
  note: "no human effect-site data for naltrexone or 6β-naltrexol; naloxone is the closest analogue with a fitted value",
};

/*
 * Naltrexone and 6β-naltrexol at the mu-opioid receptor: equilibrium affinities only. 6β-naltrexol's Ki is a
 * secondary value (2.12 nM); naltrexone's is put at half of it, because in one assay (monkey brain
 * membranes) naltrexone had twice 6β-naltrexol's affinity (Ko 2006; in C6μ cells the two were similar, Divin
 * 2006). Commonly quoted naltrexone Ki values are lower (0.1–0.4 nM, not verified here), so the naltrexone
 * affinity may be understated by a few-fold. Both are on the total scale with the plasma unbound fraction.
 */
const NALTREXOL_KI: Parameter = {
  value: 2.12,
  unit: "nM",
  source:
    "Wikipedia '6β-Naltrexol' (its reference 5), as mirrored at handwiki.org (Chemistry:6β-Naltrexol): 'Ki " +
    "values of 2.12 nM for the μ-opioid receptor, 7.24 nM for the κ-opioid receptor, and 213 nM for the " +
    "δ-opioid receptor'",
  confidence: "secondary",
  note: "The primary assay behind the encyclopedia value was not read.",
};
const NALTREXONE_FU: Parameter = {
  value: 0.79,
  unit: "1",
  source: `${SWISS_LABEL}: 'Die Plasmaproteinbindung von Naltrexon beträgt 21%'`,
  confidence: "direct-label",
  note:
    "1 − 0.21. Tritiated naltrexone in human plasma: 20–26 % bound across species, independent of concentration " +
    "(J Pharm Sci 1976, 65:712, abstract).",
};

/** Naltrexone at MOR: half 6β-naltrexol's Ki (Ko 2006 ratio) over the label's unbound fraction. */
export const NALTREXONE_MOR: MorAction = morAction(
  equilibriumBinding(
    {
      value: NALTREXOL_KI.value / 2,
      unit: "nM",
      source:
        `${NALTREXOL_KI.source}; Ko MCH, Divin MF, Lee H, Woods JH, Traynor JR 2006, 'Differential in vivo ` +
        "potencies of naltrexone and 6β-naltrexol in the monkey', abstract: 'naltrexone displayed 2-fold higher " +
        "affinity … than 6β-naltrexol for the MOR binding site'",
      confidence: "derived",
      note:
        "6β-naltrexol's 2.12 nM / 2. Mixes two assays (the ratio is from monkey brain membranes); Divin 2006 (C6μ " +
        "cells, FASEB J 20:A239) found similar affinities, so the ratio is 1–2.",
    },
    NALTREXONE_FU,
  ),
  efficacy(
    0,
    "Naltrexone hydrochloride tablets, US label (openFDA drug label API), DESCRIPTION: 'an opioid antagonist … " +
      "with no opioid agonist properties'",
    "direct-label",
    "Pure antagonist. Its inverse agonism at basally active MOR (dependent state) is not represented (efficacy ≥ 0).",
  ),
);

/** 6β-naltrexol at MOR: the secondary Ki over an assumed unbound fraction; a neutral antagonist. */
export const NALTREXOL6B_MOR: MorAction = morAction(
  equilibriumBinding(NALTREXOL_KI, {
    ...NALTREXONE_FU,
    confidence: "assumption",
    note:
      "No plasma protein binding measurement for 6β-naltrexol was found; naltrexone's 0.79 is used (the two differ " +
      "only by reduction of the 6-keto group).",
  }),
  efficacy(
    0,
    "Sadée W, 'Ligand-free signaling of G-protein-coupled receptors' (review entry, encyclopedia.pub/entry/history/" +
      "compare_revision/70733): 'A neutral antagonist, 6β-naltrexol (6BN), binds to but does not block MOR-μ*'",
    "secondary",
    "Neutral antagonist: no agonist and (unlike naltrexone) no inverse-agonist activity; 0 on this scale.",
  ),
);

/** Naltrexone base, C20H23NO4. */
export const NALTREXONE_SPECIES: SpeciesData = {
  id: "naltrexone",
  name: "Naltrexone",
  molarMass_g_mol: molarMassParameter("naltrexone", "C20H23NO4", NALTREXONE_FORMULA),
  disposition: {
    compartments: 1,
    v1_l: {
      value: V_L,
      unit: "L",
      source: `${SWISS_LABEL}: t½ about 4 h; CL from ${STUDY_1984}`,
      confidence: "derived",
      note: "V = CL·t½/ln2 = 94 × 4 / 0.693 (label Vd after IV: 1350 L, secondary; not reconciled)",
    },
    cl_l_h: {
      value: CL_L_H,
      unit: "L/h",
      source: STUDY_1984,
      confidence: "direct-abs",
      note: "total systemic clearance ≈ 94 L/h; Licko 1981 (IV ³H) gives 211 L/h — conflict, see the header",
    },
  },
  metabolites: [
    {
      to: "naltrexol6b",
      fraction: {
        value: FM,
        unit: "1",
        source: `${SWISS_LABEL}: 60% of an oral dose in urine within 48 h, 76% of it as 6β-naltrexol`,
        confidence: "derived",
        note: "0.60 × 0.76 = 0.456, a lower bound (faeces and urine after 48 h not counted)",
      },
    },
  ],
  brain: { keq_per_h: ASSUMED_KEQ },
  mor: NALTREXONE_MOR,
};

/** 6β-naltrexol, C20H25NO4: naltrexone's main, active, peripherally selective metabolite. */
export const NALTREXOL6B_SPECIES: SpeciesData = {
  id: "naltrexol6b",
  name: "6β-Naltrexol",
  molarMass_g_mol: molarMassParameter("6β-naltrexol", "C20H25NO4", NALTREXOL_FORMULA),
  disposition: {
    compartments: 1,
    v1_l: {
      value: NALTREXOL_V_L,
      unit: "L",
      source: `${SWISS_LABEL}: 6β-naltrexol peak about 108 ng/mL at about 1 h after 50 mg`,
      confidence: "derived",
      note: "FITTED: the volume that gives a 108 ng/mL peak after 50 mg naltrexone HCl on this model",
    },
    cl_l_h: {
      value: (NALTREXOL_V_L * Math.LN2) / NALTREXONE_FIT.naltrexolHalfLife_h,
      unit: "L/h",
      source: YANCEY,
      confidence: "derived",
      note: "V·ln2/11.1 h (the 1984 study's renal clearance, 17 L/h, exceeds it: unreconciled)",
    },
  },
  brain: {
    keq_per_h: ASSUMED_KEQ,
    kp: {
      value: 0.1,
      unit: "1",
      source: YANCEY,
      confidence: "assumption",
      note:
        "peripherally selective: IV doses up to 20 mg did not reduce morphine analgesia or miosis; 0.1 is a " +
        "placeholder for 'low brain penetration', not a measured brain-to-plasma ratio",
    },
  },
  mor: NALTREXOL6B_MOR,
};

/** Naltrexone as a drug. Tablets are stated as naltrexone HCl; VIVITROL as naltrexone base (use form base). */
export const NALTREXONE: DrugData = {
  id: "naltrexone",
  name: "Naltrexone",
  summary: "Long-acting oral/depot mu-opioid antagonist for relapse prevention after detoxification.",
  parent: "naltrexone",
  forms: [
    {
      id: "hcl",
      description: "naltrexone hydrochloride, C20H23NO4·HCl (tablets, e.g. 50 mg)",
      baseFraction: {
        value: HCL_BASE_FRACTION,
        unit: "1",
        source: "molar masses: naltrexone 341.41 / naltrexone HCl 377.87 (standard atomic weights)",
        confidence: "derived",
      },
    },
    {
      id: "base",
      description: "naltrexone base (VIVITROL 380 mg is stated as base)",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
  ],
  defaultForm: "hcl",
  routes: [
    {
      route: "oral",
      note: "Tablets; peak and half-life from the Swiss label, first-pass 6β-naltrexol formed during absorption.",
      deliveries: [
        {
          species: "naltrexone",
          fraction: {
            value: NALTREXONE_F_ORAL,
            unit: "1",
            source: `${SWISS_LABEL}: peak 13.3 ng/mL at 1 h after 50 mg naltrexone HCl`,
            confidence: "derived",
            note:
              "FITTED: Cmax·V / (dose of base × peak fraction) with ka for a 1 h peak; 0.19 (label range 5–40%; " +
              "the 1984 study's estimate 5%)",
          },
          ka_per_h: {
            value: KA_ORAL,
            unit: "1/h",
            source: `${SWISS_LABEL}: peak after one hour`,
            confidence: "derived",
            note: "solves ln(ka/k)/(ka − k) = 1 h with k = ln2/4 h",
          },
        },
        {
          species: "naltrexol6b",
          fraction: {
            value: (1 - NALTREXONE_F_ORAL) * FM,
            unit: "1",
            source: SWISS_LABEL,
            confidence: "assumption",
            note:
              "(1 − F)·0.456: the presystemically extracted dose (absorption 'nearly complete') forms 6β-naltrexol " +
              "in the same proportion as systemic clearance — an assumption",
          },
          ka_per_h: {
            value: KA_ORAL,
            unit: "1/h",
            source: `${SWISS_LABEL}: metabolite peak at about 1 h`,
            confidence: "derived",
            note: "formed during absorption, at the absorption rate",
          },
        },
      ],
    },
    ...ivRoutes(
      "naltrexone",
      "No IV product; the route exists so that bioavailability can be measured against the disposition.",
    ),
    {
      route: "xr_im",
      note: "VIVITROL 380 mg (base) gluteal microsphere depot: small early burst plus slow first-order release.",
      deliveries: [
        {
          species: "naltrexone",
          fraction: {
            value: NALTREXONE_FIT.xrBurstShare,
            unit: "1",
            source: VIVITROL,
            confidence: "assumption",
            note: "burst share 5% of the dose: no published number; chosen so the 2 h peak is of the order of the later plateau",
          },
          ka_per_h: {
            value: kaForTmax(K_PER_H, NALTREXONE_FIT.xrBurstTmax_h),
            unit: "1/h",
            source: VIVITROL,
            confidence: "derived",
            note: "solves a 2 h peak for the burst on this disposition",
          },
        },
        {
          species: "naltrexone",
          fraction: {
            value: 1 - NALTREXONE_FIT.xrBurstShare,
            unit: "1",
            source: VIVITROL,
            confidence: "assumption",
            note: "total F = 1 (complete release; assumption) minus the burst",
          },
          ka_per_h: {
            value: Math.LN2 / NALTREXONE_FIT.xrReleaseHalfLife_h,
            unit: "1/h",
            source: VIVITROL,
            confidence: "derived",
            note: "flip-flop: release half-life = apparent half-life, midpoint 6 d of Dunbar's 5–7 d → ln2/144 h",
          },
        },
      ],
    },
  ],
  species: [NALTREXONE_SPECIES, NALTREXOL6B_SPECIES],
};
