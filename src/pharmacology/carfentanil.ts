import { baseFractionOf, CITRIC_ACID, combine, ivRoutes, molarMassParameter, S_PER_H } from "./derive.ts";
import { efficacy, fdaKineticBinding, morAction } from "./mor.ts";
import type { DrugData, MorAction, Parameter, SpeciesData } from "./types.ts";

/*
 * Carfentanil: there are no human pharmacokinetic data. This is a MODELLING ASSUMPTION taken from the FDA
 * overdose model, which derives carfentanil from its fentanyl set by fiat
 * (FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose@930e7d9a,
 * pharmacodynamicFigures/input/optimalParameters/opioid/carfentanilPK.R): kout = 0.002/10, k12 = 0.0032,
 * k13 = 0.0036/10, k21 = 0.0023·10, k31 = 0.00023·10 s⁻¹, effect-site k1 = 10/60 s⁻¹ ("arbitrarily large"
 * because no clinical data exist), molar mass 394.5. The file comments out VP, so the central volume stays the
 * fentanyl value, 10.5 L. The repository README says the target was a clinical half-life of about 45 min; the
 * eigenvalues of this set give a terminal half-life of about 76 min. Every number below is therefore
 * `assumption` (or derived from one), whatever its arithmetic.
 */
const FDA_CARFENTANIL =
  "FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose@930e7d9a, pharmacodynamicFigures/input/optimalParameters/" +
  "opioid/carfentanilPK.R (fentanyl set modified by the authors; no human carfentanil PK exists)";
const V1_L = 10.5;
const K10_PER_S = 0.002 / 10;
const K12_PER_S = 0.0032;
const K13_PER_S = 0.0036 / 10;
const K21_PER_S = 0.0023 * 10;
const K31_PER_S = 0.00023 * 10;
const KE0_PER_S = 10 / 60;

const CARFENTANIL_FORMULA = { C: 24, H: 30, N: 2, O: 3 } as const;
const CARFENTANIL_CITRATE_FORMULA = combine([CARFENTANIL_FORMULA, 1], [CITRIC_ACID, 1]);

function assumed(value: number, unit: string, note: string): Parameter {
  return { value, unit, source: FDA_CARFENTANIL, confidence: "assumption", note };
}

/**
 * Carfentanil at the mu-opioid receptor. Unlike its PK, the binding is MEASURED: the FDA's in-vitro kinetic
 * fit, Ligand_Data/Carfentanil_parameters/CARFENTANIL_pars.txt (Kon 9.954e-6 pM^-n·s⁻¹, Koff 2.467e-4 s⁻¹,
 * n 1.025): half occupancy at 0.023 nM, 15× below fentanyl, and a 47-min dissociation half-life.
 */
export const CARFENTANIL_MOR: MorAction = morAction(
  fdaKineticBinding(
    { kon_per_pm_n_s: 9.954e-6, koff_per_s: 2.467e-4, hill: 1.025 },
    "FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose, Ligand_Data/Carfentanil_parameters/CARFENTANIL_pars.txt " +
      "(Kon 9.954e-06, Koff 0.0002467, n 1.025; Mann J et al. 2022, Clin Pharmacol Ther 112:1020)",
  ),
  efficacy(
    1,
    "FDA overdose model (Mann 2022): carfentanil is simulated as a full agonist through the same occupancy–" +
      "ventilation transduction as fentanyl (models.md §1.3: 'any bound agonist counts fully')",
    "assumption",
    "A full agonist like fentanyl, its parent structure; no GTPγS Emax relative to fentanyl was found. The FDA " +
      "model makes the same assumption.",
  ),
);

/** Carfentanil base, C24H30N2O3. */
export const CARFENTANIL_SPECIES: SpeciesData = {
  id: "carfentanil",
  name: "Carfentanil",
  molarMass_g_mol: molarMassParameter("carfentanil", "C24H30N2O3", CARFENTANIL_FORMULA),
  disposition: {
    compartments: 3,
    v1_l: assumed(V1_L, "L", "fentanyl's VP (10.5 L); the carfentanil file comments VP out"),
    cl_l_h: assumed(V1_L * K10_PER_S * S_PER_H, "L/h", "V1·k10 with k10 = fentanyl's 0.002 s⁻¹ / 10"),
    v2_l: assumed((V1_L * K12_PER_S) / K21_PER_S, "L", "V1·k12/k21 with k21 = fentanyl's × 10"),
    q2_l_h: assumed(V1_L * K12_PER_S * S_PER_H, "L/h", "V1·k12 (k12 unchanged from fentanyl)"),
    v3_l: assumed((V1_L * K13_PER_S) / K31_PER_S, "L", "V1·k13/k31 with k13 / 10 and k31 × 10"),
    q3_l_h: assumed(V1_L * K13_PER_S * S_PER_H, "L/h", "V1·k13 with k13 = fentanyl's / 10"),
  },
  brain: {
    keq_per_h: assumed(
      KE0_PER_S * S_PER_H,
      "1/h",
      "k1 = 10/60 s⁻¹ × 3600 = 600 h⁻¹ (equilibration half-time 4 s): the FDA authors made it 'arbitrarily large' " +
        "for lack of data, so the brain follows plasma almost instantly",
    ),
  },
  mor: CARFENTANIL_MOR,
};

/** Carfentanil as a drug (IV only; a modelling assumption, see the file header). */
export const CARFENTANIL: DrugData = {
  id: "carfentanil",
  name: "Carfentanil",
  summary:
    "Ultra-potent fentanyl analogue (veterinary); PK here is the FDA model's assumed set, not human measurement.",
  parent: "carfentanil",
  forms: [
    {
      id: "base",
      description: "carfentanil base (how the FDA model and toxicology state amounts)",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
    {
      id: "citrate",
      description: "carfentanil citrate, C24H30N2O3·C6H8O7",
      baseFraction: {
        value: baseFractionOf(CARFENTANIL_FORMULA, CARFENTANIL_CITRATE_FORMULA),
        unit: "1",
        source: "molar masses: carfentanil 394.51 / carfentanil citrate 586.64 (standard atomic weights)",
        confidence: "derived",
      },
    },
  ],
  defaultForm: "base",
  routes: [
    ...ivRoutes(
      "carfentanil",
      "Modelling assumption: the FDA overdose model's carfentanil set (fentanyl's rate constants rescaled).",
    ),
  ],
  species: [CARFENTANIL_SPECIES],
};
