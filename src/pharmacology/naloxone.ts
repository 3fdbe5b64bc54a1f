import { baseFractionOf, combine, HCL, ivRoutes, molarMassParameter, S_PER_H, WATER } from "./derive.ts";
import { efficacy, fdaKineticBinding, morAction } from "./mor.ts";
import type { DrugData, MorAction, Parameter, SpeciesData } from "./types.ts";

/*
 * Naloxone, from the FDA overdose model (FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose). The FDA
 * fitted a different disposition to each product; species are global here, so ONE disposition is used — the
 * FDA IV model — and the intranasal and intramuscular inputs are re-derived on it.
 *
 * Disposition: branch Intranasal_Naloxone_Repeat_Dosing_and_Fentanyl_Overdose (commit 930e7d9a),
 * pharmacodynamicFigures/input/optimalParameters/antagonist/naloxoneIVPK.R: ikoutC 0.001858304,
 * ik12C 0.001901858, ik21C 0.000933713, ik13C 0.000445219, ik31C 0.000186719 s⁻¹, central volume 34.44 L;
 * its comments give the underlying CL 3.84, Q2 3.93, Q3 0.92 L/min and V2 70.15, V3 82.12 L. Disposition
 * half-lives 2.5, 24 and 82 min. The FDA gives IV doses as a 10-s infusion; we give a bolus.
 *
 * Units of the FDA naloxone fits (read from delaymymod.c and simulationParameters.R): doses enter as the
 * LABELLED mg (e.g. 4 mg of naloxone HCl) counted as ng of naloxone, with molar mass 327.27; V1, V2 in mL;
 * kout2 and k12N are clearances in mL/s; ktr, kin in s⁻¹. Their F is therefore "fraction of the labelled salt
 * mass", and our molar fraction of base is F_FDA / baseFraction(HCl).
 *
 * Intranasal (NARCAN 4 mg, trial SCR-011): naloxoneIN4mgRepeatedDosingPKBLQ.R: F 0.2563 (first dose; the
 * repeat-dose fractions f1 0.2005, f2 0.165 are ignored), ktr 0.0105, kin 0.002657 s⁻¹, V1 114.3 L, kout2
 * 38.8 mL/s (139.7 L/h), k12N 141.1 mL/s, V2 113.8 L, effect-site k2 0.001774 s⁻¹. The absorbed amount is
 * D·F via two transit steps at ktr and one at kin. Re-derivation on the IV disposition:
 *   F = 0.2563 × CL_IV/CL_IN / baseFraction = 0.2563 × 230.4/139.68 / 0.8998 = 0.470,
 * which keeps the fitted AUC per labelled mg; then two first-order deliveries (shared lag) were fitted by
 * least squares on log concentration to the FDA model's own curve for 4 mg at 2.5–720 min (RMS error 8%).
 *
 * Intramuscular (EVZIO 2 mg/0.4 mL auto-injector), main branch Figure_7/simulateToGetOD_IM.R (commit
 * 05bf7a3c), formulation "EVZIO": F 0.5704, ktr 0.00833, kin 0.008198 s⁻¹, V1 124.7 L, kout2 31.31 mL/s
 * (112.7 L/h), k12N = k21N = 45.28 mL/s (read as an inter-compartmental clearance, as in the IN model's C
 * code), V2 108.9 L. The AUC-conserving F on the IV disposition would be
 * 0.5704 × 230.4/112.7 / 0.8998 = 1.30 > 1: the EVZIO fit implies a lower clearance than the IV model. F is
 * capped at 1 (complete absorption; an ASSUMPTION), so the simulated IM AUC is about 23% below the FDA EVZIO
 * curve; two deliveries were then fitted to that curve as for IN (RMS error 23%, peak 15% low).
 */
const FDA = "FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose";
const FDA_IV = `${FDA}@930e7d9a, pharmacodynamicFigures/input/optimalParameters/antagonist/naloxoneIVPK.R`;
const FDA_IN = `${FDA}@930e7d9a, pharmacodynamicFigures/input/optimalParameters/antagonist/naloxoneIN4mgRepeatedDosingPKBLQ.R`;
const FDA_IM = `${FDA}@05bf7a3c, Figure_7/simulateToGetOD_IM.R, formulation EVZIO (typical values; population in Figure_7/parameters/all2000_EVZIO2.csv)`;

const VC_L = 34.44;
const K10_PER_S = 0.001858304;
const K12_PER_S = 0.001901858;
const K21_PER_S = 0.000933713;
const K13_PER_S = 0.000445219;
const K31_PER_S = 0.000186719;
/** Clearance of the IV disposition, L/h. */
export const NALOXONE_CL_IV_L_H = VC_L * K10_PER_S * S_PER_H;

const NALOXONE_FORMULA = { C: 19, H: 21, N: 1, O: 4 } as const;
const NALOXONE_HCL_FORMULA = combine([NALOXONE_FORMULA, 1], [HCL, 1]);
const NALOXONE_HCL_DIHYDRATE_FORMULA = combine([NALOXONE_FORMULA, 1], [HCL, 1], [WATER, 2]);
/** Mass fraction of naloxone base in (anhydrous) naloxone hydrochloride. */
export const NALOXONE_HCL_BASE_FRACTION = baseFractionOf(NALOXONE_FORMULA, NALOXONE_HCL_FORMULA);

/** FDA product fits (labelled-mg F, clearance in mL/s). */
export const NALOXONE_FDA_IN = { F: 0.2563, cl_ml_s: 38.8 } as const;
export const NALOXONE_FDA_IM = { F: 0.5704, cl_ml_s: 31.31 } as const;
/** F on the IV disposition that conserves the product fit's AUC per labelled mg (see the header). */
export function aucConservingFraction(fit: { readonly F: number; readonly cl_ml_s: number }): number {
  return (fit.F * NALOXONE_CL_IV_L_H) / ((fit.cl_ml_s * S_PER_H) / 1000) / NALOXONE_HCL_BASE_FRACTION;
}
const F_IN = aucConservingFraction(NALOXONE_FDA_IN);
const F_IM = 1;

/** Naloxone's effect-site rate (FDA fit); naltrexone borrows it as an assumption. */
export const NALOXONE_KEQ: Parameter = {
  value: 0.001774 * S_PER_H,
  unit: "1/h",
  source: `${FDA_IN}: k2 = 0.001774 s⁻¹`,
  confidence: "direct-file",
  note: "× 3600 s/h; equilibration half-time 6.5 min",
};

function iv(value: number, unit: string, note: string): Parameter {
  return { value, unit, source: FDA_IV, confidence: "derived", note };
}

/** A least-squares fit to an FDA product curve (see the header). */
function fitted(source: string, value: number, unit: string, note: string): Parameter {
  return { value, unit, source, confidence: "derived", note: `FITTED to the FDA model's curve: ${note}` };
}

/**
 * Naloxone at the mu-opioid receptor: the FDA's in-vitro kinetic fit, Ligand_Data/NALOXONE/NALOXONE_pars.txt
 * (Kon 1.669e-4 pM^-n·s⁻¹, Koff 0.03959 s⁻¹, n 0.858): half occupancy at 0.59 nM and a 17-s dissociation
 * half-life, so naloxone displaces agonists as fast as it reaches the brain. (The FDA buprenorphine script
 * parms_B.R and test/model/respiration/fda-harness.ts round Kon to 1.67e-4; this is the file value.)
 */
export const NALOXONE_MOR: MorAction = morAction(
  fdaKineticBinding(
    { kon_per_pm_n_s: 1.669e-4, koff_per_s: 0.03959, hill: 0.858 },
    "FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose, Ligand_Data/NALOXONE/NALOXONE_pars.txt " +
      "(Kon 0.0001669, Koff 0.03959, n 0.858; Mann J et al. 2022, Clin Pharmacol Ther 112:1020)",
  ),
  efficacy(
    0,
    "Sadée W, 'Ligand-free signaling of G-protein-coupled receptors' (review entry, encyclopedia.pub/entry/" +
      "history/compare_revision/70733): 'common antagonists, such as naloxone and naltrexone, also bind to and " +
      "block ligand-free MOR-μ*, acting as potent inverse agonists'",
    "secondary",
    "Pure antagonist. Inverse agonism (below-zero efficacy, relevant in dependence) is not represented: " +
      "efficacy is bounded at 0; naloxone in a drug-free person acts by displacing the endogenous tone.",
  ),
);

/** Naloxone base, C19H21NO4. */
export const NALOXONE_SPECIES: SpeciesData = {
  id: "naloxone",
  name: "Naloxone",
  molarMass_g_mol: molarMassParameter("naloxone", "C19H21NO4", NALOXONE_FORMULA),
  disposition: {
    compartments: 3,
    v1_l: {
      value: VC_L,
      unit: "L",
      source: FDA_IV,
      confidence: "direct-file",
      note: "iV2C = 34.44 L (central)",
    },
    cl_l_h: iv(NALOXONE_CL_IV_L_H, "L/h", "Vc·ikoutC × 3600 (comment: 3.84 L/min)"),
    v2_l: iv((VC_L * K12_PER_S) / K21_PER_S, "L", "Vc·ik12C/ik21C (comment: 70.15 L)"),
    q2_l_h: iv(VC_L * K12_PER_S * S_PER_H, "L/h", "Vc·ik12C × 3600 (comment: 3.93 L/min)"),
    v3_l: iv((VC_L * K13_PER_S) / K31_PER_S, "L", "Vc·ik13C/ik31C (comment: 82.12 L)"),
    q3_l_h: iv(VC_L * K13_PER_S * S_PER_H, "L/h", "Vc·ik13C × 3600 (comment: 0.92 L/min)"),
  },
  brain: { keq_per_h: NALOXONE_KEQ },
  mor: NALOXONE_MOR,
};

/**
 * Naloxone as a drug. Doses are stated as naloxone hydrochloride (NARCAN "4 mg of naloxone hydrochloride",
 * injections "0.4 mg/mL naloxone hydrochloride"), taken on the anhydrous basis (363.84 g/mol).
 */
export const NALOXONE: DrugData = {
  id: "naloxone",
  name: "Naloxone",
  summary: "Short-acting competitive mu-opioid antagonist; the overdose antidote (IV, IM, intranasal).",
  parent: "naloxone",
  forms: [
    {
      id: "hcl",
      description:
        "naloxone hydrochloride, C19H21NO4·HCl, anhydrous basis (how product strengths are stated)",
      baseFraction: {
        value: NALOXONE_HCL_BASE_FRACTION,
        unit: "1",
        source: "molar masses: naloxone 327.38 / naloxone HCl 363.84 (standard atomic weights)",
        confidence: "derived",
        note:
          "ASSUMPTION on the basis: the drug substance is the dihydrate, but we take label strengths to be stated " +
          "as anhydrous naloxone HCl (not verified against label text here); use form hcl_dihydrate otherwise.",
      },
    },
    {
      id: "hcl_dihydrate",
      description: "naloxone hydrochloride dihydrate, C19H21NO4·HCl·2H2O",
      baseFraction: {
        value: baseFractionOf(NALOXONE_FORMULA, NALOXONE_HCL_DIHYDRATE_FORMULA),
        unit: "1",
        source: "molar masses: naloxone 327.38 / naloxone HCl dihydrate 399.87 (standard atomic weights)",
        confidence: "derived",
      },
    },
    {
      id: "base",
      description: "naloxone base",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
  ],
  defaultForm: "hcl",
  routes: [
    ...ivRoutes("naloxone"),
    {
      route: "intranasal",
      note:
        "NARCAN 4 mg/0.1 mL (concentrated spray). FDA SCR-011 fit re-derived on the IV disposition: total " +
        "F 0.470 split over two first-order deliveries with a shared lag. Old dilute improvised sprays (F ≈ 4%, " +
        "Dowling 2008) are NOT this route.",
      deliveries: [
        {
          species: "naloxone",
          fraction: fitted(
            FDA_IN,
            F_IN * 0.27644359,
            "1",
            "total F 0.2563 × 230.4/139.68 / 0.8998 = 0.470 (AUC-conserving), × fitted share 0.2764 on this delivery",
          ),
          ka_per_h: fitted(FDA_IN, 3.47464667, "1/h", "faster of the two absorption rates"),
          lag_h: fitted(FDA_IN, 0.03361335, "h", "shared lag (2.0 min)"),
        },
        {
          species: "naloxone",
          fraction: fitted(FDA_IN, F_IN * (1 - 0.27644359), "1", "total F 0.470 × share 0.7236"),
          ka_per_h: fitted(FDA_IN, 0.86813557, "1/h", "slower of the two absorption rates"),
          lag_h: fitted(FDA_IN, 0.03361335, "h", "shared lag (2.0 min)"),
        },
      ],
    },
    {
      route: "im",
      note:
        "EVZIO 2 mg/0.4 mL auto-injector fit (FDA, main branch). F capped at 1 (the AUC-conserving value is 1.30), " +
        "split over two first-order deliveries with a shared lag.",
      deliveries: [
        {
          species: "naloxone",
          fraction: {
            value: F_IM * 0.51197878,
            unit: "1",
            source: FDA_IM,
            confidence: "assumption",
            note:
              "total F = 1 (ASSUMPTION: complete absorption; the FDA EVZIO fit would need 1.30 on the IV " +
              "disposition) × fitted share 0.5120 on this delivery",
          },
          ka_per_h: fitted(FDA_IM, 4.60100367, "1/h", "faster of the two absorption rates"),
          lag_h: fitted(FDA_IM, 0.03251866, "h", "shared lag (2.0 min)"),
        },
        {
          species: "naloxone",
          fraction: {
            value: F_IM * (1 - 0.51197878),
            unit: "1",
            source: FDA_IM,
            confidence: "assumption",
            note: "total F = 1 (ASSUMPTION, see above) × share 0.4880",
          },
          ka_per_h: fitted(FDA_IM, 0.40031709, "1/h", "slower of the two absorption rates"),
          lag_h: fitted(FDA_IM, 0.03251866, "h", "shared lag (2.0 min)"),
        },
      ],
    },
  ],
  species: [NALOXONE_SPECIES],
};
