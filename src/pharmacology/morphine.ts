import { ivRoutes, molarMassParameter } from "./derive.ts";
import { FENTANYL_MOR } from "./fentanyl.ts";
import { assumedFastKoff, efficacy, equilibriumBinding, morAction } from "./mor.ts";
import type { DrugData, MorAction, MorBinding, Parameter, SpeciesData } from "./types.ts";

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

/*
 * Morphine's glucuronides. Hasselström & Säwe 1993 (Clin Pharmacokinet 24:344, 7 healthy volunteers, HPLC,
 * 5 mg IV and 20 mg oral) apportioned morphine's systemic clearance: 57.3 % forms M3G, 10.4 % forms M6G,
 * 10.9 % renal, 20.8 % unidentified; and found the same fractions of the dose as M3G and M6G after oral and
 * IV dosing. That second finding is what lets oral routes deliver the glucuronides formed in the first pass
 * with the same partition (see ORAL below).
 */
const HASSELSTROM =
  "Hasselström J, Säwe J 1993, Clin Pharmacokinet 24(4):344–354, abstract (7 healthy volunteers, HPLC; " +
  "clearance to M3G 57.3 % and to M6G 10.4 % of systemic morphine clearance; oral F 29.2 ± 7.2 %)";

/** Molar fraction of systemic morphine clearance that forms M3G. */
export const M3G_FRACTION: Parameter = {
  value: 0.573,
  unit: "1",
  source: HASSELSTROM,
  confidence: "direct-abs",
};

/** Molar fraction of systemic morphine clearance that forms M6G. */
export const M6G_FRACTION: Parameter = {
  value: 0.104,
  unit: "1",
  source: HASSELSTROM,
  confidence: "direct-abs",
  note:
    "Lötsch 1998 (Clin Pharmacol Ther 63:629, 20 volunteers, metabolite-kinetic model) found 7.55 ± 1.24 %; " +
    "Hasselström's value is used because the same study gives M3G and the oral/IV AUC ratios validated against.",
};

/*
 * Oral morphine: aqueous solution, Hoskin et al. 1989 (Br J Clin Pharmacol 27:499, 6 healthy volunteers):
 * absolute bioavailability 23.9 %, plasma peak at 45 min.
 */
const HOSKIN =
  "Hoskin PJ et al. 1989, Br J Clin Pharmacol 27(4):499–505, abstract (6 healthy volunteers, oral aqueous " +
  "solution: absolute bioavailability 23.9 %, morphine peak at 45 min)";

/** Systemic bioavailability of oral morphine (molar fraction of the dose reaching the blood as morphine). */
export const MORPHINE_ORAL_F: Parameter = {
  value: 0.239,
  unit: "1",
  source: HOSKIN,
  confidence: "direct-abs",
  note:
    "Other studies: 21.6 % (95 % CI 15.4–27.7, Westerling 1993, used as an independent validation target), " +
    "29.2 ± 7.2 % (Hasselström 1993), 34 ± 9 % (Lötsch 1999).",
};

/**
 * First-order absorption rate of oral morphine solution, chosen so that the model (this file's disposition,
 * 70 kg) peaks at Hoskin's 45 min; a unit test re-derives it.
 */
export const MORPHINE_ORAL_KA: Parameter = {
  value: 0.594,
  unit: "1/h",
  source: HOSKIN,
  confidence: "derived",
  note:
    "Solved for ka such that the simulated plasma peak of oral morphine (Lötsch 2002 disposition) is at " +
    "0.75 h (bisection; ka = 0.594 /h, absorption half-life 70 min). Fitted to Hoskin's tmax, which is " +
    "therefore not used as a validation target.",
};

/**
 * Molar fraction of an oral dose that reaches the blood as a glucuronide formed in the first pass: the part
 * of the dose that does not reach the blood as morphine (1 − systemicF), times the glucuronide's share of
 * morphine clearance.
 */
export function firstPassGlucuronide(fm: Parameter, systemicF: Parameter, to: string): Parameter {
  return {
    value: fm.value * (1 - systemicF.value),
    unit: "1",
    source: `${HASSELSTROM}; ${systemicF.source}`,
    confidence: "derived",
    note:
      `${fm.value} × (1 − F ${Number(systemicF.value.toPrecision(4))}): the morphine extracted before it reaches ` +
      `the systemic circulation is glucuronidated with the same partition as systemic morphine and enters the ` +
      `blood as ${to} (Hasselström 1993: the same fractions of the dose appear as M3G and M6G after oral and IV ` +
      `morphine, i.e. complete absorption and route-independent glucuronidation). Absorbed at the oral ka.`,
  };
}

const IV_VS_ORAL_NOTE =
  "Oral morphine: 23.9 % reaches the blood as morphine (Hoskin 1989); the rest is glucuronidated in the gut " +
  "wall and liver during absorption and reaches the blood as M3G and M6G at the same absorption rate.";

/*
 * Morphine at the mu-opioid receptor: an equilibrium affinity only (no binding kinetics are public), Chen 1991
 * (³H-DAMGO, rat brain), put on the engine's total scale with its plasma unbound fraction (Kd = Ki/fu,
 * src/pharmacology/mor.ts). Heroin and 6-MAM (heroin.ts) are scaled to the morphine Ki. The same assay gave
 * M6G's Ki, which is not used in vivo (M6G_CLINICAL_KD below). Volpe 2011's uniform human-MOR panel puts morphine in its 1–100 nM bin (abstract); its
 * individual value (recalled as 1.17 nM, unverified) agrees with Chen's 1.2 nM.
 */
const CHEN =
  "Chen ZR et al. 1991, Life Sci 48:2165–2171, abstract (³H-DAMGO displacement, rat brain homogenate): Ki " +
  "morphine 1.2 nM, morphine-6-glucuronide 0.6 nM";

/** Morphine's Ki at MOR (free concentration); heroin and 6-MAM are scaled to it. */
export const MORPHINE_MOR_KI: Parameter = {
  value: 1.2,
  unit: "nM",
  source: CHEN,
  confidence: "direct-abs",
  note:
    "Rat brain, not human MOR. Volpe DA et al. 2011 (Regul Toxicol Pharmacol 59:385, recombinant human MOR) " +
    "puts morphine in its 1–100 nM bin (abstract); its Table 1 value (recalled as 1.17 nM) was not verified.",
};

/** Morphine's plasma unbound fraction. */
export const MORPHINE_FU: Parameter = {
  value: 0.65,
  unit: "1",
  source:
    "e-SAFE anaesthesia (e-Learning for Healthcare), session 04_04 'Morphine: properties', Table 1: plasma " +
    "protein bound 35 % (fentanyl 84 %)",
  confidence: "secondary",
  note:
    "1 − 0.35. A PBPK compilation gives 0.62 (CPT Pharmacometrics Syst Pharmacol 2017, 6:110, Table 1, " +
    "'fraction unbound in plasma 0.62'); textbook range 30–40 % bound.",
};

/*
 * In-vitro to in-vivo affinity. Ki/fu from ³H-DAMGO assays puts morphine at 1.8 nM on the engine's total
 * scale — 1.5 × fentanyl's FDA Kd50, although morphine needs about 30 times fentanyl's concentration for the
 * same clinical effect. (Agonist Ki against an agonist radioligand measures the high-affinity receptor state;
 * the FDA's fentanyl constants on total concentrations are what the breathing model was fitted with.) So the
 * morphine family is anchored clinically: morphine's Kd is set so that at its minimum effective analgesic
 * concentration it gives the stimulus fentanyl gives at its own, and every in-vitro Ki of the family keeps
 * its ratio to morphine's (one factor for all; M6G, whose human potency was measured against morphine's, is
 * anchored on that ratio instead, below). Methadone's Ki/fu already meets its own clinical anchor
 * (methadone.ts), so it needs no factor.
 */
const MEAC_SOURCE =
  "J Jpn Soc Clin Anesth 2010;30(4):669 (jstage jjsca 30_4_669), abstract: postoperative MEAC of morphine 'estimated " +
  "to be 30 ng/ml', of fentanyl 'approximately 1 ng/ml' (effect-site)";
const MORPHINE_MEAC_NM = (30 * 1000) / 285.34;
const FENTANYL_MEAC_NM = (1 * 1000) / 336.47;

/** Fentanyl's occupancy ratio r = kon·C^n/koff at concentration c (nM). */
function fentanylRatio(c_nM: number): number {
  const b = FENTANYL_MOR.binding;
  if (b.kind !== "kinetic") throw new Error("fentanyl binding must be kinetic");
  return (b.kon_per_nm_n_h.value * c_nM ** b.hill.value) / b.koff_per_h.value;
}

/** Morphine's Kd on the engine's total scale, from its MEAC relative to fentanyl's. */
export const MORPHINE_CLINICAL_KD: Parameter = {
  value: MORPHINE_MEAC_NM / fentanylRatio(FENTANYL_MEAC_NM),
  unit: "nM",
  source: `${MEAC_SOURCE}; fentanyl binding: FDA Ligand_Data/Fentanyl_A_parameters/Fentanyl_A_pars.txt`,
  confidence: "derived",
  note:
    "Kd = MEAC_morphine / r_fentanyl(MEAC_fentanyl) = 105.1 nM / 6.06: equal occupancy ratios (hence equal stimulus, " +
    "both full agonists, the same endogenous competition) at the two MEACs. Secondary source; postoperative MEACs " +
    "vary several-fold between patients (morphine 6–33 ng/mL in PCA studies).",
};

/** The factor that takes the family's Ki/fu to the clinically anchored scale (≈ 9.4). */
export const IN_VIVO_AFFINITY_FACTOR: Parameter = {
  value: MORPHINE_CLINICAL_KD.value / (MORPHINE_MOR_KI.value / MORPHINE_FU.value),
  unit: "1",
  source: `${MEAC_SOURCE}; ${CHEN}`,
  confidence: "derived",
  note:
    "Morphine's clinical Kd over its in-vitro Ki/fu; applied to morphine, 6-MAM and heroin alike. M6G is anchored " +
    "on its own human potency relative to morphine instead (M6G_CLINICAL_KD).",
};

/** An in-vitro equilibrium binding moved to the clinically anchored scale. */
export function inVivoBinding(b: MorBinding): MorBinding {
  if (b.kind !== "equilibrium") return b;
  const f = IN_VIVO_AFFINITY_FACTOR.value;
  return {
    ...b,
    kd_nm: {
      ...b.kd_nm,
      value: b.kd_nm.value * f,
      confidence: b.kd_nm.confidence === "assumption" ? "assumption" : "derived",
      note: `In-vitro Kd ${b.kd_nm.value.toPrecision(4)} nM × ${f.toPrecision(3)} (IN_VIVO_AFFINITY_FACTOR: anchored on morphine's clinical MEAC relative to fentanyl's). ${b.kd_nm.note ?? ""}`,
    },
  };
}

const FULL_IN_VIVO =
  "Below fentanyl and DAMGO in G-protein assays, but a full agonist in vivo: it depresses breathing to apnoea " +
  "at high doses, and in the model's linear stimulus any efficacy below 1 is a ceiling on breathing (as " +
  "buprenorphine's is). Its lower potency is carried by the clinically anchored affinity instead.";

/** Morphine at MOR: Chen 1991 Ki on the total scale; efficacy just below fentanyl. */
export const MORPHINE_MOR: MorAction = morAction(
  inVivoBinding(equilibriumBinding(MORPHINE_MOR_KI, MORPHINE_FU)),
  efficacy(
    1,
    "Borgland SL et al. 2003, J Biol Chem 278:18776, abstract: relative efficacy for G-protein coupling DAMGO 1 ≥ " +
      "methadone 0.98 > morphine 0.58; Selley DE et al. 2001, Biochem Pharmacol 62:447: 6-MAM more efficacious " +
      "than morphine or M6G in [35S]GTPγS binding",
    "assumption",
    FULL_IN_VIVO,
  ),
);

/*
 * M6G at MOR: anchored on human concentration–effect data, not on its in-vitro Ki. Chen 1991's Ki (0.6 nM, half
 * morphine's) times the family factor made M6G twice as potent as morphine per plasma-equivalent effect-site
 * concentration; in people it is about twenty times LESS potent. Lötsch 2001 fitted both drugs, in the same
 * eight volunteers, with the effect-compartment model the engine uses (its t½ke0 values are the brain keq of
 * morphine and M6G here, Kp = 1): pupil EC50 740.5 nM for M6G against 36.2 nM for morphine. Since both are
 * full agonists in the model and share the transducers, equal effect means equal occupancy ratio, so M6G's Kd
 * is morphine's clinically anchored Kd times that EC50 ratio. The likely reason the glucuronide is weaker in
 * vivo than its Ki suggests is poor entry into the brain (in rats: BBB permeability 57 times below morphine's,
 * net efflux); the human measurement carries it whatever the mechanism.
 */
const LOTSCH_2001_EC50 =
  "Lötsch J et al. 2001, Anesthesiology 95(6):1329–1338, abstract (8 healthy volunteers, IV morphine and IV " +
  "M6G in crossover, pupil size, effect-compartment model): EC50 M6G 740.5 nM (range 500–1,520), morphine " +
  "36.2 nM (range 19.7–43.3); 'M6G was apparently 22 times less potent than morphine'";

/** M6G's in-vivo potency relative to morphine: the ratio of their effect-site EC50s in one study. */
export const M6G_MORPHINE_EC50_RATIO: Parameter = {
  value: 740.5 / 36.2,
  unit: "1",
  source: LOTSCH_2001_EC50,
  confidence: "derived",
  note:
    "740.5 / 36.2 = 20.5 (medians). Other human data agree: ventilation at fixed end-tidal CO2, C25 M6G 528 ± 88 nM " +
    "vs morphine 28 ± 6 nM (19×), hypoxic response 873 vs 16 nM (55×) (Romberg R et al. 2003, Anesthesiology " +
    "99(4):788, abstract, 9 women); M6G analgesia C25 275 ± 135 nM, t½ke0 6.2 h (Romberg R et al. 2004, " +
    "Anesthesiology 100:120, abstract, 20 volunteers) against morphine's potency parameter 32 ± 1.4 nM " +
    "(Anesthesiology 2004;101(5):1201, abstract, Leiden group); M6G at 1–3 times the steady plasma M6G of a " +
    "morphine infusion gave no significant analgesia and added nothing to morphine's (placebo-controlled " +
    "crossover, 20 healthy men; abstract read without its citation line, recalled as Lötsch 1997, Anesthesiology " +
    "87:1348). By dose M6G is about half as potent as morphine (van Dorp ELA et al. 2006, Anesth Analg 102(6), " +
    "doi 10.1213/01.ane.0000217197.96784.c3, review) because its volume is about a twentieth of morphine's.",
};

/** M6G's Kd on the engine's total scale: morphine's clinical Kd times the human EC50 ratio. */
export const M6G_CLINICAL_KD: Parameter = {
  value: MORPHINE_CLINICAL_KD.value * M6G_MORPHINE_EC50_RATIO.value,
  unit: "nM",
  source: `${LOTSCH_2001_EC50}; morphine Kd: ${MORPHINE_CLINICAL_KD.source}`,
  confidence: "derived",
  note:
    `Kd = ${MORPHINE_CLINICAL_KD.value.toPrecision(4)} nM (MORPHINE_CLINICAL_KD) × ${M6G_MORPHINE_EC50_RATIO.value.toPrecision(4)} ` +
    "(M6G_MORPHINE_EC50_RATIO; ventilation gives 19×, Romberg 2003, and M6G at the levels a morphine dose " +
    "makes added no analgesia, Lötsch 1997: see that constant). Replaces Chen 1991's Ki (0.6 nM, ³H-DAMGO, rat brain) over M6G's unbound " +
    "fraction (0.6687, Mashayekhi 2010) × IN_VIVO_AFFINITY_FACTOR = 8.4 nM, which made M6G twice as potent as " +
    "morphine per plasma-equivalent concentration (41 times the measured ratio) and let it hold 60–70 % of " +
    "receptors 6–18 h after regular IV heroin (docs/next-tolerance-and-withdrawal.md, Finding 1). Mechanism, in " +
    "rats: poor blood–brain barrier permeability (PS 57 times and brain uptake 32 times below morphine's, Drug " +
    "Metab Dispos 1997;25(6):768, abstract, Pardridge group) and net efflux (unbound brain ECF:blood 0.22 ± 0.09 " +
    "at steady state, microdialysis; recalled as Bouw MR et al. 2001, Br J Pharmacol 134:1796). Rats differ " +
    "(there M6G is about equipotent with morphine by dose), so the human ratio is used rather than a rat " +
    "partition coefficient.",
};

/** M6G at MOR: an equilibrium ligand at its clinically anchored Kd; a full agonist like morphine. */
export const M6G_MOR: MorAction = morAction(
  { kind: "equilibrium", kd_nm: M6G_CLINICAL_KD, koff_per_h: assumedFastKoff() },
  efficacy(
    1,
    "Selley DE et al. 2001, Biochem Pharmacol 62:447 (abstract): heroin and 6-MAM more efficacious than morphine " +
      "or M6G; Mol Pain 2011, 7:9 (doi 10.1186/1744-8069-7-9), Table 4 ([35S]GTPγS, rMOR-1): maximal " +
      "stimulation M6G 149 %, morphine 180 %, DAMGO 192 % over basal",
    "assumption",
    `As morphine. ${FULL_IN_VIVO}`,
  ),
);

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
  metabolites: [
    { to: "m3g", fraction: M3G_FRACTION },
    { to: "m6g", fraction: M6G_FRACTION },
  ],
  brain: {
    keq_per_h: {
      value: Math.LN2 / 2.8,
      unit: "1/h",
      source:
        "Lötsch J et al. 2001, Anesthesiology 95(6):1329–1338, abstract (8 healthy volunteers, pupil size): " +
        "median t½,ke0 of morphine 2.8 h (range 1.8–4.4 h)",
      confidence: "derived",
      note:
        "ln 2 / 2.8 h. Slow: morphine crosses the blood–brain barrier poorly. Dershwitz 2000 (ke0 ≈ 0.003/min, " +
        "t½ ≈ 3.9 h, pupil and CO2 response) agrees in order of magnitude.",
    },
  },
  variability: [
    {
      parameter: "cl_l_h",
      omega: {
        value: 0.297,
        unit: "1",
        source:
          "Cai L et al. 2025, CPT Pharmacometrics Syst Pharmacol 14(3):435–447, Table 2 BSV of morphine CL, as " +
          "coded in nlmixr2/nlmixr2lib inst/modeldb/specificDrugs/Cai_2025_diamorphine.R",
        confidence: "direct-file",
        note: "Regular heroin users (10 men); SD of η on the log scale.",
      },
    },
    {
      parameter: "keq_per_h",
      omega: {
        value: Math.log(4.4 / 1.8) / 2.85,
        unit: "1",
        source:
          "Lötsch J et al. 2001, Anesthesiology 95:1329, abstract: t½,ke0 range 1.8–4.4 h in 8 subjects",
        confidence: "derived",
        note: "ln(max/min) / 2.85: the expected range of 8 normal draws is about 2.85 SD.",
      },
    },
  ],
  mor: MORPHINE_MOR,
};

/** M3G and M6G are isomers: morphine + glucuronic acid − water (C6H8O6). */
const GLUCURONIDE_MOLAR_MASS = molarMassParameter(
  "morphine glucuronide (M3G, M6G; morphine + C6H8O6)",
  "C23H27NO9",
  { C: 23, H: 27, N: 1, O: 9 },
);

/** Morphine-6-glucuronide, C23H27NO9: an active mu agonist that enters the brain slowly and poorly. */
export const M6G_SPECIES: SpeciesData = {
  id: "m6g",
  name: "Morphine-6-glucuronide",
  molarMass_g_mol: GLUCURONIDE_MOLAR_MASS,
  disposition: {
    compartments: 1,
    v1_l: {
      value: 13.2,
      unit: "L",
      source:
        "'Pharmacokinetics of M6G following intravenous and oral administration in healthy volunteers', Acute " +
        "Pain 2006;8(2), doi:10.1016/j.acpain.2006.04.001, abstract (8 healthy men, 25 mg IV M6G): Vd,ss " +
        "13.2 ± 3.5 L, CL 157 ± 8 mL/min, t½ 0.93 ± 0.2 h",
      confidence: "direct-abs",
      note: "Vd,ss used as the single volume (Rook 2006 also fitted M6G with one compartment).",
    },
    cl_l_h: {
      value: (157 * 60) / 1000,
      unit: "L/h",
      source: "Acute Pain 2006;8(2), doi:10.1016/j.acpain.2006.04.001, abstract: CL 157 ± 8 mL/min",
      confidence: "direct-abs",
      note:
        "157 mL/min × 60 / 1000. Within Rook 2006's 6–10 L/h for the glucuronides in heroin users; V/CL gives " +
        "t½ 0.97 h against the reported 0.93 h.",
    },
  },
  brain: {
    keq_per_h: {
      value: Math.LN2 / 6.4,
      unit: "1/h",
      source:
        "Lötsch J et al. 2001, Anesthesiology 95(6):1329–1338, abstract: median t½,ke0 of M6G 6.4 h " +
        "(range 2.9–16.2 h), pupil size after IV M6G",
      confidence: "derived",
      note: "ln 2 / 6.4 h.",
    },
  },
  variability: [
    {
      parameter: "keq_per_h",
      omega: {
        value: Math.log(16.2 / 2.9) / 2.85,
        unit: "1",
        source:
          "Lötsch J et al. 2001, Anesthesiology 95:1329, abstract: t½,ke0 range 2.9–16.2 h in 8 subjects",
        confidence: "derived",
        note: "ln(max/min) / 2.85 (expected range of 8 normal draws ≈ 2.85 SD).",
      },
    },
  ],
  mor: M6G_MOR,
};

/**
 * Morphine-3-glucuronide, C23H27NO9: inactive at the mu receptor, so no brain pool and no `mor` (M3G does not
 * bind MOR; catalogProblems() lists it as an intentional exception).
 */
export const M3G_SPECIES: SpeciesData = {
  id: "m3g",
  name: "Morphine-3-glucuronide",
  molarMass_g_mol: GLUCURONIDE_MOLAR_MASS,
  disposition: {
    compartments: 1,
    v1_l: {
      value: 23.1,
      unit: "L",
      source:
        "Penson RT et al. 2001, J Pharm Sci 90(11):1810–1816, abstract (9 healthy volunteers, 7.5–30 mg/70 kg " +
        "IV M3G): volume of distribution 23.1 ± 4.8 L, clearance 169 ± 48 mL/min, t½ 1.66 ± 0.47 h",
      confidence: "direct-abs",
      note: "One compartment, as Rook 2006 fitted the glucuronides.",
    },
    cl_l_h: {
      value: (169 * 60) / 1000,
      unit: "L/h",
      source: "Penson RT et al. 2001, J Pharm Sci 90:1810, abstract: clearance 169 ± 48 mL/min",
      confidence: "direct-abs",
      note: "169 mL/min × 60 / 1000; within Rook 2006's 6–10 L/h for the glucuronides.",
    },
  },
  variability: [
    {
      parameter: "cl_l_h",
      omega: {
        value: Math.sqrt(Math.log(1 + (48 / 169) ** 2)),
        unit: "1",
        source: "Penson RT et al. 2001, J Pharm Sci 90:1810, abstract: clearance 169 ± 48 mL/min",
        confidence: "derived",
        note: "Log-normal ω from the CV (48/169): √ln(1 + CV²).",
      },
    },
  ],
};

const IM_MORPHINE_KA: Parameter = {
  value: Math.LN2 / (7.7 / 60),
  unit: "1/h",
  source:
    "Stanski DR et al. 1978, 'Kinetics of intravenous and intramuscular morphine', Clin Pharmacol Ther " +
    "24:52–59, abstract (8 healthy young men, 10 mg morphine sulfate IM): absorption half-life 7.7 ± 1.6 min " +
    "(mean ± SE), systemic availability 100 %",
  confidence: "derived",
  note: "ln 2 / 7.7 min.",
};

/** Oral morphine: systemic morphine plus the glucuronides formed in the first pass, all at the oral ka. */
const ORAL_MORPHINE_DELIVERIES = [
  { species: "morphine", fraction: MORPHINE_ORAL_F, ka_per_h: MORPHINE_ORAL_KA },
  {
    species: "m3g",
    fraction: firstPassGlucuronide(M3G_FRACTION, MORPHINE_ORAL_F, "M3G"),
    ka_per_h: MORPHINE_ORAL_KA,
  },
  {
    species: "m6g",
    fraction: firstPassGlucuronide(M6G_FRACTION, MORPHINE_ORAL_F, "M6G"),
    ka_per_h: MORPHINE_ORAL_KA,
  },
] as const;

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
    ...ivRoutes("morphine"),
    {
      route: "im",
      deliveries: [
        {
          species: "morphine",
          fraction: {
            value: 1,
            unit: "1",
            source:
              "Stanski DR et al. 1978, Clin Pharmacol Ther 24:52–59, abstract: systemic availability 100 % complete",
            confidence: "direct-abs",
          },
          ka_per_h: IM_MORPHINE_KA,
        },
      ],
      note: "Intramuscular injection in healthy adults; rapid and complete absorption (Stanski 1978).",
    },
    {
      route: "oral",
      deliveries: ORAL_MORPHINE_DELIVERIES,
      note: `Immediate-release oral solution. ${IV_VS_ORAL_NOTE}`,
      variability: [
        {
          parameter: "bioavailability",
          omega: {
            value: Math.sqrt(Math.log(1 + (7.2 / 29.2) ** 2)),
            unit: "1",
            source: HASSELSTROM,
            confidence: "derived",
            note: "Log-normal ω from Hasselström's CV of oral F (7.2/29.2): √ln(1 + CV²).",
          },
        },
      ],
    },
  ],
  species: [MORPHINE_SPECIES, M6G_SPECIES, M3G_SPECIES],
};
