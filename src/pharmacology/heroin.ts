import { ivRoutes } from "./derive.ts";
import { efficacy, equilibriumBinding, morAction } from "./mor.ts";
import {
  firstPassGlucuronide,
  inVivoBinding,
  M3G_FRACTION,
  M6G_FRACTION,
  MORPHINE_FU,
  MORPHINE_MOR_KI,
  MORPHINE_ORAL_F,
  MORPHINE_ORAL_KA,
} from "./morphine.ts";
import type { Delivery, DrugData, MorAction, Parameter, SpeciesData } from "./types.ts";

/*
 * Heroin (diacetylmorphine, DAM) → 6-monoacetylmorphine (6-MAM) → morphine, each as its own species with
 * its own disposition; morphine and its glucuronides are defined in morphine.ts.
 *
 * Where the numbers come from (70 kg reference):
 * - heroin clearance: Inturrisi 1984 (IV injection and infusion in 11 pain patients), 30.8 mL/kg/min;
 * - heroin central volume, IM/IN absorption and the IN/IM bioavailability ratio, and the 6-MAM/heroin
 *   clearance ratio: Cai 2025's population model of IM and IN diamorphine (Cone et al. and Skopp et al.
 *   data), as coded in nlmixr2/nlmixr2lib and stanpumpR;
 * - the shapes of the heroin and 6-MAM curves: Rook 2006's terminal half-lives (7.6 and 21.8 min, heroin
 *   users inhaling or injecting 66–450 mg) and Inturrisi's 3.0 min half-life after IV dosing;
 * - inhaled bioavailability: Rook 2006, 53 %;
 * - oral heroin: Inturrisi 1984 (no heroin or 6-MAM in the blood; morphine 79 % of oral morphine's).
 *
 * The heroin and 6-MAM peripheral compartments are not published: they are solved so that the model shows
 * the published half-lives (method in each note). Targets that only check those fits are labelled as
 * calibration checks in validation/.
 */

const LN2 = Math.LN2;

const INTURRISI =
  "Inturrisi CE et al. 1984, N Engl J Med 310(19):1213–1217, abstract (11 chronic-pain patients; IV " +
  "injection and infusion, IM and oral heroin HCl)";
const ROOK =
  "Rook EJ et al. 2006, Clin Pharmacokinet 45(4):401–417, abstract (106 heroin-dependent patients, 74 " +
  "inhaling heroin base by 'chasing the dragon', 32 injecting; 66–450 mg)";
const CAI =
  "Cai L et al. 2025, CPT Pharmacometrics Syst Pharmacol 14(3):435–447, Table 2, as coded in " +
  "nlmixr2/nlmixr2lib inst/modeldb/specificDrugs/Cai_2025_diamorphine.R (and stanpumpR R/drugs_diamorphine.R)";

/** Molar masses from standard atomic weights (C 12.011, H 1.008, N 14.007, O 15.999, Cl 35.45). */
const MW_HEROIN = 21 * 12.011 + 23 * 1.008 + 14.007 + 5 * 15.999; // 369.42
const MW_HCL = 1.008 + 35.45;
const MW_WATER = 2 * 1.008 + 15.999;
const MW_HEROIN_HCL_MONOHYDRATE = MW_HEROIN + MW_HCL + MW_WATER; // 423.89
const MW_MAM6 = 19 * 12.011 + 21 * 1.008 + 14.007 + 4 * 15.999; // 327.38

// --- Heroin disposition ---------------------------------------------------------------------------------

/** Inturrisi's clearance, 30.8 mL/kg/min, for 70 kg in L/h. */
export const HEROIN_CL_L_H = (30.8 * 70 * 60) / 1000;
/** Cai 2025's diamorphine central volume. */
export const HEROIN_V1_L = 8.21;
/** Rook 2006's terminal half-life of heroin, minutes. */
export const HEROIN_TERMINAL_HALF_LIFE_MIN = 7.6;
/**
 * Peripheral compartment of heroin, solved (bisection) so that (1) the slower disposition rate constant is
 * ln 2 / 7.6 min (Rook) and (2) the log-linear half-life from 2 to 20 min after an IV bolus is 3.0 min
 * (Inturrisi). Test: test/pharmacology/heroin.test.ts re-derives both.
 */
export const HEROIN_Q_L_H = 6.78399;
export const HEROIN_V2_L = 1.147515;

const HEROIN_DISPOSITION_NOTE =
  "Solved, with CL (Inturrisi) and V1 (Cai) fixed, so that the terminal rate constant is ln 2/7.6 min (Rook " +
  "2006) and the 2–20 min log-linear half-life after an IV bolus is 3.0 min (Inturrisi 1984). The tail is " +
  "small (4 % of the initial concentration, 11 % of the AUC), so the half-life stays 2.6–3.7 min whatever " +
  "the window or an infusion before it, as Inturrisi's pooled injection-and-infusion value requires; a " +
  "larger tail (fitting 3.0 min on 1–10 min instead) would give 5–6.6 min after an infusion. Rook's tail " +
  "shows only at high doses: above 1 ng/mL for about an hour after 200 mg.";

// --- Mu-opioid receptor -----------------------------------------------------------------------------------

/*
 * Heroin and 6-MAM at the mu-opioid receptor. The only affinities measured in one assay with morphine are
 * Inturrisi 1983's IC50s against 1 nM ³H-naltrexone (heroin 483, 6-MAM 73, morphine 53 nM). In one assay the
 * Cheng–Prusoff factor is shared, so Ki ratios equal IC50 ratios: each Ki is morphine's (Chen 1991, 1.2 nM)
 * times its IC50 ratio to morphine. Inturrisi found that all of heroin's apparent binding could be 6-MAM
 * formed during the incubation, so heroin's value is an UPPER BOUND on its affinity (it may bind less).
 * No plasma protein binding was found for either; morphine's unbound fraction is used.
 */
const INTURRISI_1983 =
  "Inturrisi CE et al. 1983, Life Sci 33(Suppl 1):773–776, abstract (displacement of 1 nM ³H-naltrexone, rat " +
  "brain, 0 °C): IC50 heroin 483 nM, 6-MAM 73 nM, morphine 53 nM";

function scaledToMorphine(ic50_nM: number, what: string): Parameter {
  return {
    value: (MORPHINE_MOR_KI.value * ic50_nM) / 53,
    unit: "nM",
    source: `${INTURRISI_1983}; morphine Ki: ${MORPHINE_MOR_KI.source}`,
    confidence: "derived",
    note:
      `Ki = 1.2 nM × ${ic50_nM}/53: ${what} affinity relative to morphine in the same assay, on the morphine Ki of ` +
      "Chen 1991 (assumes the IC50 ratio transfers between the two assays).",
  };
}

const HEROIN_FU: Parameter = {
  ...MORPHINE_FU,
  confidence: "assumption",
  note:
    "No plasma protein binding measurement for heroin or 6-MAM was found; morphine's unbound fraction (0.65) is " +
    "used. Like morphine, heroin binds little to α1-acid glycoprotein (< 20 %, Romach MK et al. 1981, Clin " +
    "Pharmacol Ther 29:211, abstract).",
};

const SELLEY_2001 =
  "Selley DE et al. 2001, Biochem Pharmacol 62:447–455, abstract ([35S]GTPγS, rat thalamus and cloned human " +
  "MOR): heroin and 6-MAM were more efficacious than morphine or M6G; heroin's activity came from deacetylation " +
  "to 6-MAM in the assay";

/** 6-MAM at MOR: Inturrisi's IC50 ratio on Chen's morphine Ki; a full agonist (Selley 2001). */
export const MAM6_MOR: MorAction = morAction(
  inVivoBinding(equilibriumBinding(scaledToMorphine(73, "6-MAM's"), HEROIN_FU)),
  efficacy(
    1,
    SELLEY_2001,
    "assumption",
    "More efficacious than morphine in G-protein activation: taken as a full agonist like fentanyl (no Emax " +
      "relative to fentanyl was read).",
  ),
);

/** Heroin at MOR: an upper bound on its own affinity; its activity is that of the 6-MAM it forms. */
export const HEROIN_MOR: MorAction = morAction(
  inVivoBinding(
    equilibriumBinding(
      scaledToMorphine(483, "heroin's apparent"),
      HEROIN_FU,
      "UPPER BOUND on affinity (lower bound on Kd): Inturrisi attributed all apparent heroin binding to 6-MAM " +
        "formed in the incubation.",
    ),
  ),
  efficacy(
    1,
    SELLEY_2001,
    "assumption",
    "Heroin's measured activity is 6-MAM's, so it is given 6-MAM's efficacy; with its weak binding and minutes-long " +
      "life it contributes little occupancy of its own.",
  ),
);

/** Heroin base, C21H23NO5. */
export const HEROIN_SPECIES: SpeciesData = {
  id: "heroin",
  name: "Heroin (diacetylmorphine)",
  molarMass_g_mol: {
    value: MW_HEROIN,
    unit: "g/mol",
    source: "C21H23NO5 from standard atomic weights",
    confidence: "derived",
    note: "literature.md quotes 369.4 (handwiki drugbox); Cai 2025 used 369.4.",
  },
  disposition: {
    compartments: 2,
    v1_l: {
      value: HEROIN_V1_L,
      unit: "L",
      source: CAI,
      confidence: "direct-file",
      note:
        "Diamorphine central volume at 70 kg (RSE 28.9 %), from IM and IN data. With Inturrisi's clearance it " +
        "gives CL/V1 = 15.8 /h (t½ 2.6 min); Inturrisi's own CL × t½/ln 2 gives 9.3 L.",
    },
    cl_l_h: {
      value: HEROIN_CL_L_H,
      unit: "L/h",
      source: `${INTURRISI}: blood clearance at apparent steady state 30.8 ± 2.1 mL/kg/min`,
      confidence: "derived",
      note:
        "30.8 mL/kg/min × 70 kg = 2.16 L/min, far above hepatic blood flow: esterase hydrolysis in blood and " +
        "tissues. Used as plasma clearance (the blood:plasma ratio of heroin is not known here). Cai 2025's " +
        "fit implies k12·V1 = 103 /h × 8.21 L = 846 L/h with IM F fixed to 1 — 6.5 times this; the IV " +
        "measurement is preferred (open question: IM bioavailability or ex vivo hydrolysis in the IM/IN samples).",
    },
    q2_l_h: {
      value: HEROIN_Q_L_H,
      unit: "L/h",
      source: `${ROOK}: terminal half-life of heroin 7.6 min; ${INTURRISI}: half-life 3.0 ± 1.3 min`,
      confidence: "derived",
      note: HEROIN_DISPOSITION_NOTE,
    },
    v2_l: {
      value: HEROIN_V2_L,
      unit: "L",
      source: `${ROOK}: terminal half-life of heroin 7.6 min; ${INTURRISI}: half-life 3.0 ± 1.3 min`,
      confidence: "derived",
      note: HEROIN_DISPOSITION_NOTE,
    },
  },
  metabolites: [
    {
      to: "mam6",
      fraction: {
        value: 1,
        unit: "1",
        source: `${CAI}: diamorphine's only elimination is deacetylation to 6-MAM (K12)`,
        confidence: "direct-file",
        note:
          "Rook 2006 also chained heroin → 6-MAM → morphine. Renal excretion of unchanged heroin is about 1.6 % " +
          "of the dose in dogs (Garrett 1980) and is neglected, as Cai does.",
      },
    },
  ],
  brain: {
    keq_per_h: {
      value: 0.54 * 60,
      unit: "1/h",
      source:
        "Oldendorf WH et al. 1972, Science 178:984–986, abstract (rat carotid injection: brain uptake index " +
        "of heroin 68 %, codeine 24 %, methadone 42 %, morphine not measurable; 'uptake of heroin injected " +
        "intravenously is probably limited by the regional flow of blood in the brain'); human cerebral blood " +
        "flow about 54 mL/100 g/min (Kety & Schmidt 1948, textbook value, not read in the primary here)",
      confidence: "assumption",
      note:
        "Flow-limited transfer: keq = CBF / (brain volume × Kp) = 0.54 /min = 32.4 /h (t½ 1.3 min) with Kp = 1 " +
        "and 1 g brain ≈ 1 mL. An upper bound for any drug; heroin is put at it because Oldendorf found its " +
        "uptake flow-limited. 130 times faster than morphine's 0.25 /h.",
    },
    conversion: {
      to: "mam6",
      k_per_h: {
        value: LN2 / 0.5,
        unit: "1/h",
        source:
          "Boix F, Andersen JM, Mørland J, Addict Biol (doi 10.1111/j.1369-1600.2010.00298.x), " +
          "abstract: heroin's metabolic rate in mouse brain is 'much lower' than in blood (confirmed in " +
          "vitro); heroin in serum/blood at 37 °C hydrolyses with a half-life under 30 min (Nakamura, as " +
          "summarised at drugstestingbook.com)",
        confidence: "assumption",
        note:
          "No brain rate constant was found. Brain hydrolysis is slower than blood's (Boix; Karinen R et al. 2009, J Anal Toxicol 33: heroin " +
          "is more stable in brain tissue than in blood), whose in vitro half-life is under 30 min, so 30 min " +
          "(ln 2/0.5 h = 1.39 /h) is an upper bound used as the value. Its effect is small: brain heroin mostly " +
          "returns to the blood (keq 32 /h) before it is hydrolysed.",
      },
    },
  },
  variability: [
    {
      parameter: "cl_l_h",
      omega: {
        value: 2.1 / 30.8,
        unit: "1",
        source: `${INTURRISI}: clearance 30.8 ± 2.1 mL/kg/min`,
        confidence: "derived",
        note:
          "CV 2.1/30.8. The abstract labels the half-life '± S.D.'; if the clearance spread is an SEM (n = 11) " +
          "the ω would be about 0.23.",
      },
    },
    {
      parameter: "v1_l",
      omega: { value: 0.478, unit: "1", source: `${CAI}: BSV of V1`, confidence: "direct-file" },
    },
  ],
  mor: HEROIN_MOR,
};

// --- 6-MAM ----------------------------------------------------------------------------------------------

/**
 * 6-MAM clearance: Cai 2025 gives 6-MAM the diamorphine central volume, so its K23/K12 (106/103 /h) is the
 * ratio of the two clearances, fixed by the measured 6-MAM and heroin AUCs; scaled to Inturrisi's heroin
 * clearance.
 */
export const MAM6_CL_L_H = (HEROIN_CL_L_H * 106) / 103;
/** Rook 2006's terminal half-life of 6-MAM, minutes. */
export const MAM6_TERMINAL_HALF_LIFE_MIN = 21.8;
/**
 * Peripheral compartment of 6-MAM, solved (bisection) so that (1) the slower disposition rate constant is
 * ln 2/21.8 min (Rook) and (2) after an IV heroin bolus, plasma 6-MAM first exceeds heroin at 8 min
 * (Milella 2023's review: 6-MAM stays below heroin for about the first 8 min).
 */
export const MAM6_Q_L_H = 130.945;
export const MAM6_V2_L = 32.457;

const MAM6_DISPOSITION_NOTE =
  "Solved, with CL and V1 fixed, so that the terminal rate constant is ln 2/21.8 min (Rook 2006) and plasma " +
  "6-MAM overtakes heroin 8 min after an IV heroin bolus (Milella MS et al. 2023, Transl Psychiatry 13, " +
  "review of human studies: 'plasma 6-MAM stays below heroin for about the first 8 min'; secondary). A " +
  "one-compartment 6-MAM with the same clearance and terminal half-life (V = 70 L) would peak at 9 min " +
  "and overtake heroin at 10 min, against a 6-MAM peak at about heroin's time after IV doses in humans " +
  "(Milella 2023) and at 2.0 min in rat blood (Gottås 2013).";

/** 6-Monoacetylmorphine (6-acetylmorphine) base, C19H21NO4. */
export const MAM6_SPECIES: SpeciesData = {
  id: "mam6",
  name: "6-Monoacetylmorphine (6-MAM)",
  molarMass_g_mol: {
    value: MW_MAM6,
    unit: "g/mol",
    source: "C19H21NO4 from standard atomic weights",
    confidence: "derived",
  },
  disposition: {
    compartments: 2,
    v1_l: {
      value: HEROIN_V1_L,
      unit: "L",
      source: `${CAI}: 6-MAM central volume set equal to the diamorphine central volume`,
      confidence: "assumption",
      note: "Cai's own assumption ('not identifiable'), kept so that Cai's K23/K12 ratio is a clearance ratio.",
    },
    cl_l_h: {
      value: MAM6_CL_L_H,
      unit: "L/h",
      source: `${CAI}: K12 = 103 /h (diamorphine → 6-MAM), K23 = 106 /h (6-MAM → morphine), shared V1; ${INTURRISI}`,
      confidence: "derived",
      note:
        "CL(6-MAM) = CL(heroin) × K23/K12 = 129.36 × 106/103 L/h: with a shared volume and complete " +
        "conversion, K23/K12 is fixed by the observed AUC(6-MAM)/AUC(heroin) (molar ≈ 0.97 in Cai's model).",
    },
    q2_l_h: {
      value: MAM6_Q_L_H,
      unit: "L/h",
      source: `${ROOK}: terminal half-life of 6-MAM 21.8 min; Milella 2023 (review)`,
      confidence: "derived",
      note: MAM6_DISPOSITION_NOTE,
    },
    v2_l: {
      value: MAM6_V2_L,
      unit: "L",
      source: `${ROOK}: terminal half-life of 6-MAM 21.8 min; Milella 2023 (review)`,
      confidence: "derived",
      note: MAM6_DISPOSITION_NOTE,
    },
  },
  metabolites: [
    {
      to: "morphine",
      fraction: {
        value: 1,
        unit: "1",
        source: `${CAI}: 6-MAM is 'fully converted to morphine' (K23 its only elimination)`,
        confidence: "direct-file",
        note:
          "Cross-check: urinary total morphine is 68 % of an IV heroin dose (Mo & Way 1966) or 70 % of an " +
          "injected one (Twycross 1974), against 78.6 % of systemic morphine (free + M3G + M6G, Hasselström " +
          "1993): a morphine yield of about 0.87–0.89, so this may overstate morphine from heroin by ~12 % " +
          "(6-MAM glucuronidation and renal loss are not modelled).",
      },
    },
  ],
  brain: {
    keq_per_h: {
      value: 30.563,
      unit: "1/h",
      source:
        "Gottås A et al. 2013, Br J Pharmacol (PMC3791993), abstract: after an IV heroin bolus in freely " +
        "moving rats, 6-MAM peaks at 2.0 min in blood and 4.3 min in striatal extracellular fluid",
      confidence: "derived",
      note:
        "Solved (bisection) so that, after an IV heroin bolus in this model, brain 6-MAM (fed by plasma 6-MAM and " +
        "by brain heroin conversion) peaks 2.3 min after plasma 6-MAM, the blood-to-ECF lag seen in rats " +
        "(t½ 1.4 min). Assumes the lag transfers from rat to human (rat cerebral blood flow is higher, so the " +
        "human lag may be longer). The result lies just below the flow limit used for heroin (32.4 /h), " +
        "consistent with 6-MAM's 'relatively good blood-brain permeability' (Boix). Depends on the heroin " +
        "brain keq and conversion assumptions; re-derived in test/pharmacology/heroin.test.ts.",
    },
  },
  variability: [
    {
      parameter: "cl_l_h",
      omega: {
        value: 0.295,
        unit: "1",
        source: `${CAI}: BSV of K23`,
        confidence: "direct-file",
        note: "On K23 with V1 shared, i.e. on 6-MAM clearance.",
      },
    },
  ],
  mor: MAM6_MOR,
};

// --- Routes ---------------------------------------------------------------------------------------------

/** Cai 2025's absorption rate, shared by the IM and IN routes (a common ka fitted better than two). */
const CAI_KA: Parameter = {
  value: 3.04,
  unit: "1/h",
  source: `${CAI}: Ka = 3.04 /h (RSE 12.9 %), common to IM and IN`,
  confidence: "direct-file",
  note:
    "Absorption half-life 13.7 min. Cai: 'When we separately estimated Ka for the two administration routes, " +
    "there were minor differences, and using a common Ka improved the model fit.'",
};

const CAI_KA_VARIABILITY = {
  parameter: "ka_per_h",
  omega: { value: 0.609, unit: "1", source: `${CAI}: BSV of Ka`, confidence: "direct-file" },
} as const;

/** Intranasal bioavailability relative to IM (= absolute, with IM complete). */
export const HEROIN_IN_F: Parameter = {
  value: 0.519,
  unit: "1",
  source: `${CAI}: intranasal F relative to intramuscular 0.519 (RSE 13.6 %)`,
  confidence: "direct-file",
  note:
    "Absolute on the assumption that IM absorption is complete (Cai's reference, F = 1). Gastine 2022's " +
    "systematic review also predicts 50 %.",
};

/** Molar fraction of an oral heroin dose that reaches the blood as morphine. */
export const HEROIN_ORAL_MORPHINE_F: Parameter = {
  value: 0.79 * MORPHINE_ORAL_F.value,
  unit: "1",
  source: `${INTURRISI}: 'the amount of circulating morphine provided by an oral dose of heroin was only 79 per cent of that available from an equal amount of morphine'; ${MORPHINE_ORAL_F.source}`,
  confidence: "derived",
  note:
    "0.79 × oral morphine's F (0.239). 'Equal amount' is read as equimolar; if Inturrisi compared equal " +
    "masses of heroin HCl and morphine sulfate, the molar ratio would be 0.79 / 0.895 = 0.88. Fitted to this " +
    "observation, so the oral-heroin morphine target is a calibration check. Much larger oral doses in " +
    "dependent users give far higher morphine bioavailability (56–61 % at ~700 mg in 8 addicts, Swiss oral " +
    "diacetylmorphine study quoted at exilope.wordpress.com; saturable first pass); not modelled.",
};

const NO_HEROIN_AFTER_ORAL: Parameter = {
  value: 0,
  unit: "1",
  source:
    `${INTURRISI}: 'oral administration of heroin resulted in measurable blood levels of morphine but not of ` +
    "heroin or 6-acetylmorphine'; Jenkins AJ & Cone EJ, SOFT-TIAFT 1998 abstract (9 men, 10 mg heroin HCl " +
    "capsule): heroin and 6-AM not detected in blood (LOQ 1 ng/mL)",
  confidence: "direct-abs",
  note: "Kept as an explicit zero delivery so that heroin and 6-MAM appear (as zero) in the output.",
};

/** Oral heroin: no heroin or 6-MAM; morphine, and glucuronides formed in the first pass. */
function oralHeroinDeliveries(scale: Parameter | undefined): Delivery[] {
  const s = scale?.value ?? 1;
  const scaled = (p: Parameter): Parameter =>
    scale
      ? {
          ...p,
          value: p.value * s,
          confidence: "derived",
          note: `× ${Number(s.toPrecision(4))} (the part of the dose swallowed: ${scale.note ?? ""}). ${p.note ?? ""}`,
        }
      : p;
  const completeAbsorption =
    "Oral heroin is assumed completely absorbed (Twycross RG et al. 1974, Br J Clin Pharmacol, doi 10.1111/j.1365-2125.1974.tb01699.x: urinary " +
    "total morphine 77 % of an oral diamorphine dose vs 70 % of an injected one).";
  const m3g = firstPassGlucuronide(M3G_FRACTION, HEROIN_ORAL_MORPHINE_F, "M3G");
  const m6g = firstPassGlucuronide(M6G_FRACTION, HEROIN_ORAL_MORPHINE_F, "M6G");
  const oralKa: Parameter = {
    ...MORPHINE_ORAL_KA,
    note:
      "Oral morphine's ka (Hoskin 1989) reused for the morphine formed from oral heroin (assumption: heroin is " +
      "hydrolysed during absorption). Jenkins & Cone 1998: morphine first seen 7.5–30 min, peaks 7.5 min–4 h " +
      "after a 10 mg capsule; 10–15 min peaks at ~700 mg doses in addicts (Swiss oral diacetylmorphine study).",
  };
  return [
    { species: "heroin", fraction: scaled(NO_HEROIN_AFTER_ORAL) },
    { species: "morphine", fraction: scaled(HEROIN_ORAL_MORPHINE_F), ka_per_h: oralKa },
    {
      species: "m3g",
      fraction: scaled({ ...m3g, note: `${m3g.note} ${completeAbsorption}` }),
      ka_per_h: oralKa,
    },
    {
      species: "m6g",
      fraction: scaled({ ...m6g, note: `${m6g.note} ${completeAbsorption}` }),
      ka_per_h: oralKa,
    },
  ];
}

const IN_SWALLOWED: Parameter = {
  value: 1 - HEROIN_IN_F.value,
  unit: "1",
  source: `${CAI}; Cone EJ et al. 1996, J Anal Toxicol 20:379–392, abstract (urinary total morphine after IN heroin similar to IM; free morphine lower after the low IN dose)`,
  confidence: "assumption",
  note:
    "the part not absorbed through the nose (1 − 0.519) is taken as swallowed and handled like oral heroin; " +
    "Cone 1996's similar urinary total morphine after IN and IM supports near-complete overall absorption",
};

/** Heroin as a drug; doses are mg of the HCl salt (default) or of the base. */
export const HEROIN: DrugData = {
  id: "heroin",
  name: "Heroin (diacetylmorphine, diamorphine)",
  summary:
    "Mu-opioid prodrug: hydrolysed within minutes to 6-MAM, which enters the brain fast and carries the " +
    "early effect, then to morphine and its glucuronides.",
  parent: "heroin",
  forms: [
    {
      id: "hcl",
      description:
        "diamorphine hydrochloride monohydrate, C21H23NO5·HCl·H2O, 423.9 g/mol (the pharmaceutical salt; " +
        "anhydrous HCl would be 405.9 g/mol, 91.0 % base)",
      baseFraction: {
        value: MW_HEROIN / MW_HEROIN_HCL_MONOHYDRATE,
        unit: "1",
        source:
          "British Pharmacopoeia 2025 (Ph. Eur. 11.6), Diamorphine Injection and Diamorphine Tablets monographs " +
          "(text at nhathuocngocanh.com/bp/diamorphine-injection): content stated as diamorphine hydrochloride " +
          "C21H23NO5,HCl,H2O; molar masses from standard atomic weights",
        confidence: "derived",
        note:
          "369.42 / 423.89 = 0.871. Clinical diamorphine HCl is the monohydrate. US research supplies (NIDA " +
          "'heroin hydrochloride', Inturrisi, Cone) do not state the hydrate; if anhydrous, their doses hold 4 % " +
          "more base than this form assumes.",
      },
    },
    {
      id: "base",
      description: "heroin base (street 'brown' heroin for smoking; Rook 2006 dosed base for chasing)",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
  ],
  defaultForm: "hcl",
  routes: [
    ...ivRoutes("heroin"),
    {
      route: "smoked",
      note:
        "'Chasing the dragon': heroin base heated on foil and the vapour inhaled over a few minutes (Rook " +
        "2006). The other 47 % never reaches the blood (decomposition on heating, side-stream vapour, exhaled; " +
        "Mo & Way 1966 found heating temperature the main factor). A heating device gave 73–80 % lower AUCs " +
        "(Klous 2005): technique matters.",
      deliveries: [
        {
          species: "heroin",
          fraction: {
            value: 0.53,
            unit: "1",
            source: `${ROOK}: bioavailability of inhaled heroin 53 % (95 % CI 43.7–62.3)`,
            confidence: "direct-abs",
            note:
              "Hendriks 2001 (urinary total morphine) gives 45 %; Mo & Way 1966 about 2/5 of IV. The inhaled-" +
              "bioavailability target is a calibration check of this value.",
          },
          ka_per_h: {
            value: 24.116,
            unit: "1/h",
            source:
              "newdrugs.com 'Opioids — Pharmacokinetics' (textbook-style page citing the Jenkins et al. 1994 " +
              "smoked-heroin study): after smoking, heroin blood levels peak in 1–5 min",
            confidence: "derived",
            note:
              "Solved (bisection) so that plasma heroin peaks at 3 min, the middle of the 1–5 min range " +
              "(secondary). Mean absorption time 2.5 min stands for the duration of inhalation; lung " +
              "absorption of the vapour itself is near-instant.",
          },
        },
      ],
    },
    {
      route: "intranasal",
      note:
        "Insufflated heroin HCl powder (Cone 1993: 6 and 12 mg). 51.9 % absorbed through the nasal mucosa at " +
        "the IM rate (Cai 2025); the rest is taken as swallowed and reaches the blood as morphine and " +
        "glucuronides only (assumption).",
      deliveries: [
        { species: "heroin", fraction: HEROIN_IN_F, ka_per_h: CAI_KA },
        ...oralHeroinDeliveries(IN_SWALLOWED).filter((d) => d.species !== "heroin"),
      ],
      variability: [
        CAI_KA_VARIABILITY,
        {
          parameter: "bioavailability",
          omega: {
            value: 0.568 * (1 - HEROIN_IN_F.value),
            unit: "1",
            source: `${CAI}: BSV of F% 0.568 on the logit scale`,
            confidence: "derived",
            note: "Log-scale equivalent by the delta method: d ln F / d logit F = 1 − F, so ω ≈ 0.568 × 0.481.",
          },
        },
      ],
    },
    {
      route: "im",
      note: "Intramuscular heroin HCl (Cone 1993: 6 mg; Inturrisi 1984).",
      deliveries: [
        {
          species: "heroin",
          fraction: {
            value: 1,
            unit: "1",
            source: `${CAI}: IM is the reference route (F = 1)`,
            confidence: "assumption",
            note:
              "Complete IM absorption is assumed, as for IM morphine (Stanski 1978: 100 %); no absolute IM " +
              "bioavailability of heroin was found.",
          },
          ka_per_h: CAI_KA,
        },
      ],
      variability: [CAI_KA_VARIABILITY],
    },
    {
      route: "oral",
      note:
        "Swallowed heroin is hydrolysed before it reaches the blood: no heroin or 6-MAM, morphine at 79 % of " +
        "an equimolar oral morphine dose (Inturrisi 1984), the rest as glucuronides formed in the first pass.",
      deliveries: oralHeroinDeliveries(undefined),
    },
  ],
  species: [HEROIN_SPECIES, MAM6_SPECIES],
};
