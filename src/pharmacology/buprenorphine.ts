import { baseFractionOf, combine, HCL, ivRoutes, molarMassParameter, S_PER_H } from "./derive.ts";
import { efficacy, fdaKineticBinding, morAction } from "./mor.ts";
import type { DrugData, MorAction, Parameter, SpeciesData } from "./types.ts";

/*
 * Buprenorphine: the population model of Bjornsson M et al. 2023, Clin Pharmacokinet 62:1427–1443 (252
 * people, four studies, intravenous data included, so the disposition is on the absolute scale), as
 * transcribed with its covariate checks in stanpumpR `R/drugs_buprenorphine.R`
 * (StevenLShafer/stanpumpR@16aa453b):
 *   CL = 52.1·(AGE/35)^−0.233·(WT/72.4)^0.413 L/h; Vc 64.3 L (healthy volunteers); Q2 186 L/h, V2 130 L;
 *   Q3 60.3 L/h, V3 1580 L. Disposition half-lives 7.4 min, 91 min and 41 h.
 * Our reference subject is 35 years and 70 kg, so CL = 52.1·(70/72.4)^0.413 = 51.4 L/h; the engine then
 * scales it with fat-free mass like every other drug (not with Bjornsson's own weight exponent).
 *
 * Sublingual route = TABLET/FILM (the products people take). Bjornsson's sublingual input has two parallel
 * pathways: 75.9% of the bioavailable dose enters after a 0.171 h lag as a 0.419 h zero-order input into a
 * depot absorbed at 1.72 h⁻¹, and 24.1% is absorbed first-order at 0.0875 h⁻¹. We carry it as two first-order
 * deliveries; the zero-order input is replaced by its mean delay (lag 0.171 + 0.419/2 = 0.38 h). On this
 * disposition that reproduces the published two-pathway simulation quoted by stanpumpR for 16 mg (Cmax 6.09,
 * C(8 h) 0.74, C(24 h) 0.338 ng/mL) to within 3%. Bioavailability falls with dose,
 * F = 0.14·(dose/16 mg)^−0.371; the engine takes one F, and the value at Bjornsson's 16 mg reference dose
 * is used (it would be 0.18 at 8 mg, 0.12 at 24 mg).
 *
 * Sublingual SOLUTION (the ethanolic research formulation of Mendelson 1997): the form `solution`, which
 * doubles the sublingual delivered fraction because Nath 1999 found tablets give about half the solution's
 * bioavailability. Mendelson's 29 ± 10% then checks Bjornsson's tablet F × Nath's ratio (0.28).
 *
 * Norbuprenorphine is not modelled (optional in issue 3).
 */
const BJORNSSON =
  "Bjornsson M et al. 2023, Clin Pharmacokinet 62:1427–1443, as transcribed in stanpumpR " +
  "R/drugs_buprenorphine.R (StevenLShafer/stanpumpR@16aa453b)";
const FDA_BUP =
  "FDA/Mechanistic-PK-PD-Model-to-Rescue-Opioid-Overdose, commit 232fc84d15ef279a04d16e6665efe80265c66f3b, " +
  "Clinical_Comparison_all/Clinical_Comparison_Buprenorphine/Data/parms_B.R";

/** Bjornsson's clearance equation at the reference subject (35 y, 70 kg). */
export const BUPRENORPHINE_CL_L_H = 52.1 * (35 / 35) ** -0.233 * (70 / 72.4) ** 0.413;
/** Sublingual bioavailability at Bjornsson's 16 mg reference dose (tablet/film). */
export const BUPRENORPHINE_F_SL = 0.14;
const FAST_SHARE = 0.759;
const FAST_LAG_H = 0.171 + 0.419 / 2;

function bjornsson(value: number, unit: string, note?: string): Parameter {
  return {
    value,
    unit,
    source: BJORNSSON,
    confidence: "direct-file",
    ...(note ? { note } : {}),
  };
}

const BUPRENORPHINE_FORMULA = { C: 29, H: 41, N: 1, O: 4 } as const;
const BUPRENORPHINE_HCL_FORMULA = combine([BUPRENORPHINE_FORMULA, 1], [HCL, 1]);

/**
 * Buprenorphine at the mu-opioid receptor: the FDA's in-vitro kinetic set from the (later removed)
 * buprenorphine clinical comparison, parms_B.R (A1 = kon 6.64e-5 pM^-n·s⁻¹, B1 = koff 1.94e-4 s⁻¹,
 * n 0.5721): half occupancy at 6.5 pM and a 60-min dissociation half-life. The shallow n makes occupancy
 * rise slowly with concentration. Efficacy is a partial agonist's, PROVISIONAL (see the note).
 */
export const BUPRENORPHINE_MOR: MorAction = morAction(
  fdaKineticBinding(
    { kon_per_pm_n_s: 6.64e-5, koff_per_s: 1.94e-4, hill: 0.5721 },
    `${FDA_BUP} (A1 = 6.64E-5, B1 = 0.000194, n = 0.5721; the same values are in the version stored at commit ` +
      "f3636563)",
  ),
  efficacy(
    0.75,
    "Dahan A et al. 2005, Br J Anaesth 94:825–834, abstract: buprenorphine's depression of ventilation at a fixed " +
      "end-tidal PCO2 of 7 kPa levelled off (a ceiling, about 50 % of baseline over 2.9–8.6 µg/kg IV) while " +
      "fentanyl's did not; Huang P et al. 2001, J Pharmacol Exp Ther 297:688: a partial agonist in [35S]GTPγS",
    "derived",
    "Fitted: the efficacy at which full buprenorphine occupancy leaves 50 % of clamped ventilation in an opioid-" +
      "naive person (src/model/respiration/isohypercapnic.ts efficacyForCeiling at PaCO2 52.5 mmHg: activation " +
      "0.735, i.e. S = 0.05 + 0.95 × 0.735 = 0.748 with the endogenous tone displaced). A 40–60 % ceiling would " +
      "give 0.67–0.81. Higher than G-protein assays suggest (often quoted 0.2–0.5 of DAMGO), because breathing " +
      "in the FDA transduction needs near-full activation to fall by half.",
  ),
);

/** Buprenorphine base, C29H41NO4. */
export const BUPRENORPHINE_SPECIES: SpeciesData = {
  id: "buprenorphine",
  name: "Buprenorphine",
  molarMass_g_mol: molarMassParameter("buprenorphine", "C29H41NO4", BUPRENORPHINE_FORMULA),
  disposition: {
    compartments: 3,
    v1_l: bjornsson(
      64.3,
      "L",
      "healthy-volunteer Vc (identified from the IV arm; 237 L in OUD participants)",
    ),
    cl_l_h: {
      value: BUPRENORPHINE_CL_L_H,
      unit: "L/h",
      source: BJORNSSON,
      confidence: "derived",
      note: "52.1·(35/35)^−0.233·(70/72.4)^0.413 at the 35-year, 70 kg reference subject",
    },
    v2_l: bjornsson(130, "L"),
    q2_l_h: bjornsson(186, "L/h"),
    v3_l: bjornsson(1580, "L"),
    q3_l_h: bjornsson(60.3, "L/h"),
  },
  brain: {
    keq_per_h: {
      value: 0.0001533 * S_PER_H,
      unit: "1/h",
      source: `${FDA_BUP}: effect-site k1b = 0.0001533 s⁻¹ (fitted to clinical ventilation data)`,
      confidence: "direct-file",
      note:
        "× 3600 s/h; equilibration half-time 75 min. Yassen 2006 (antinociception) gives 0.268 h⁻¹ (155 min), " +
        "via stanpumpR; the FDA value is used because it was fitted to ventilation, the endpoint of interest.",
    },
  },
  mor: BUPRENORPHINE_MOR,
};

/** Buprenorphine as a drug. Doses are stated as base ("buprenorphine HCl equivalent to 8 mg buprenorphine"). */
export const BUPRENORPHINE: DrugData = {
  id: "buprenorphine",
  name: "Buprenorphine",
  summary: "High-affinity partial mu-opioid agonist; sublingual opioid-agonist treatment.",
  parent: "buprenorphine",
  forms: [
    {
      id: "base",
      description: "buprenorphine base (tablet and film strengths are stated as base)",
      baseFraction: { value: 1, unit: "1", source: "definition", confidence: "derived" },
    },
    {
      id: "solution",
      description:
        "buprenorphine base in the ethanolic sublingual solution of 1990s research studies (not a product patients get)",
      baseFraction: {
        value: 1,
        unit: "1",
        source: "definition (doses stated as base)",
        confidence: "derived",
      },
      routeFactors: [
        {
          route: "sublingual",
          factor: {
            value: 2,
            unit: "1",
            source:
              "Nath RP et al. 1999 (Mendelson group), abstract: 8 mg SL tablet vs 7.7 mg SL solution in 6 men; the tablet " +
              "gave about 50% of the solution's bioavailability",
            confidence: "derived",
            note: "solution / tablet = 1 / 0.5",
          },
        },
      ],
    },
    {
      id: "hcl",
      description: "buprenorphine hydrochloride, C29H41NO4·HCl",
      baseFraction: {
        value: baseFractionOf(BUPRENORPHINE_FORMULA, BUPRENORPHINE_HCL_FORMULA),
        unit: "1",
        source: "molar masses: buprenorphine 467.65 / buprenorphine HCl 504.11 (standard atomic weights)",
        confidence: "derived",
      },
    },
  ],
  defaultForm: "base",
  routes: [
    ...ivRoutes("buprenorphine"),
    {
      route: "sublingual",
      note:
        "Tablet/film, Bjornsson 2023 two-pathway input as two first-order deliveries; F at the 16 mg reference " +
        "dose. Not the ethanolic solution of the 1990s studies (about twice the bioavailability).",
      deliveries: [
        {
          species: "buprenorphine",
          fraction: {
            value: BUPRENORPHINE_F_SL * FAST_SHARE,
            unit: "1",
            source: BJORNSSON,
            confidence: "derived",
            note: "F 0.14 (at 16 mg) × 75.9% of the bioavailable dose on the fast pathway",
          },
          ka_per_h: bjornsson(1.72, "1/h", "fast-pathway depot absorption rate"),
          lag_h: {
            value: FAST_LAG_H,
            unit: "h",
            source: BJORNSSON,
            confidence: "derived",
            note: "0.171 h lag + half of the 0.419 h zero-order input (its mean delay)",
          },
        },
        {
          species: "buprenorphine",
          fraction: {
            value: BUPRENORPHINE_F_SL * (1 - FAST_SHARE),
            unit: "1",
            source: BJORNSSON,
            confidence: "derived",
            note: "F 0.14 (at 16 mg) × 24.1% of the bioavailable dose on the slow mucosal pathway",
          },
          ka_per_h: bjornsson(0.0875, "1/h", "slow-pathway first-order absorption rate"),
        },
      ],
    },
  ],
  species: [BUPRENORPHINE_SPECIES],
};
