/**
 * How drug data are recorded: every number is a {@link Parameter} that carries its unit, its source and how
 * far that source was checked. Nothing in `src/model` may use a pharmacological number that is not one.
 */

/**
 * How directly a number was read from its source (the labels of `shared/reference/literature.md`):
 * - `direct-abs`: in the study's own abstract, results or table;
 * - `direct-file`: in a public code or data file (repository and path in `source`);
 * - `direct-label`: in drug-label text;
 * - `secondary`: in a review or monograph citing the primary work;
 * - `derived`: calculated from direct numbers (the method is in `note`);
 * - `assumption`: a modelling choice with no measurement behind it (the reason is in `note`).
 */
export type Confidence =
  | "direct-abs"
  | "direct-file"
  | "direct-label"
  | "secondary"
  | "derived"
  | "assumption";

/** One sourced number. */
export interface Parameter {
  readonly value: number;
  /** Unit as written for people: "L", "L/h", "g/mol", "1" (dimensionless). */
  readonly unit: string;
  /** Authors, year, journal (or repository and path), and what was read. */
  readonly source: string;
  readonly confidence: Confidence;
  /** Why this value, how it was derived, or what it assumes. */
  readonly note?: string;
}

/** Every route a scenario may name. Each drug lists the subset it has data for. */
export const ROUTES = [
  "iv",
  "iv_infusion",
  "smoked",
  "intranasal",
  "im",
  "oral",
  "sublingual",
  "xr_im",
] as const;
export type RouteId = (typeof ROUTES)[number];

/** A salt or base form in which amounts are given; `baseFraction` converts mg of the form to mg of base. */
export interface DrugForm {
  readonly id: string;
  readonly description: string;
  readonly baseFraction: Parameter;
  /**
   * Formulation effects: multiplies the delivered fractions of a route for doses of this form (an
   * ethanolic sublingual solution delivers about twice what a tablet does). Absent means 1.
   */
  readonly routeFactors?: readonly { readonly route: RouteId; readonly factor: Parameter }[];
}

/** The multiplier a form applies to a route's delivered fractions (1 when the form has none). */
export function routeFactor(form: DrugForm, route: RouteId): number {
  return form.routeFactors?.find((r) => r.route === route)?.factor.value ?? 1;
}

/**
 * Linear mammillary disposition (1–3 compartments) for a 70 kg reference adult. Volumes scale with
 * weight/70 and clearances with (weight/70)^0.75 (see `src/model/pk/scaling.ts`).
 */
export interface LinearPk {
  readonly compartments: 1 | 2 | 3;
  readonly v1_l: Parameter;
  /** Total clearance from the central compartment (all pathways, metabolite formation included). */
  readonly cl_l_h: Parameter;
  readonly v2_l?: Parameter;
  readonly q2_l_h?: Parameter;
  readonly v3_l?: Parameter;
  readonly q3_l_h?: Parameter;
}

/** Between-subject variability of one parameter: log-normal, P_i = P_typical · exp(η_i), η ~ N(0, ω²). */
export interface Variability {
  /** The parameter it applies to, e.g. "cl_l_h", "v1_l", "ka_per_h", "bioavailability". */
  readonly parameter: string;
  /** ω, the standard deviation of η (≈ the coefficient of variation for small ω). */
  readonly omega: Parameter;
}

/**
 * One analyte in the body (a parent drug or a metabolite) with its own disposition. Species are global:
 * morphine given as a drug and morphine formed from heroin are the same pool.
 */
export interface SpeciesData {
  /** Column prefix: "heroin", "mam6", "morphine", "m6g", "m3g", "fentanyl", … */
  readonly id: string;
  readonly name: string;
  readonly molarMass_g_mol: Parameter;
  readonly disposition: LinearPk;
  /**
   * Metabolites formed from this species: each `fraction` is the molar fraction of this species'
   * clearance that becomes `to`. The fractions sum to at most 1; the rest leaves the body (urine, other
   * metabolites).
   */
  readonly metabolites?: readonly { readonly to: string; readonly fraction: Parameter }[];
  /**
   * The brain (effect-site) concentration follows the plasma concentration with first-order rate
   * `keq_per_h`: dCb/dt = keq·(Kp·Cp − Cb) − k_conv·Cb (molar). Absent when the species has no central
   * action worth modelling (M3G).
   */
  readonly brain?: {
    readonly keq_per_h: Parameter;
    /** Brain-to-plasma ratio at equilibrium (default 1). */
    readonly kp?: Parameter;
    /** Conversion inside the brain (heroin → 6-MAM by brain esterases), feeding the target's brain pool. */
    readonly conversion?: { readonly to: string; readonly k_per_h: Parameter };
  };
  readonly variability?: readonly Variability[];
  /** Action at the mu-opioid receptor; absent when the species does not bind it (M3G, lofexidine). */
  readonly mor?: MorAction;
}

/**
 * Binding to the one competitive mu-opioid receptor pool (src/model/receptor). Concentrations are the
 * engine's brain concentrations in nM (`<species>_brain_nm`): total, plasma-equivalent effect-site
 * concentrations, as the FDA overdose model uses them.
 *
 * - `kinetic`: dOcc/dt = kon·C^n·free − koff·Occ with constants fitted to association/dissociation assays
 *   (FDA/Mann 2022), converted to nM and hours;
 * - `equilibrium`: only an affinity was measured. Binding is then run with the same equation, n = 1,
 *   kon = koff/Kd and an assumed fast koff (documented in its note), so occupancy tracks the equilibrium
 *   within about a minute and every ligand still competes through the same free fraction.
 */
export type MorBinding =
  | {
      readonly kind: "kinetic";
      readonly kon_per_nm_n_h: Parameter;
      readonly koff_per_h: Parameter;
      readonly hill: Parameter;
    }
  | {
      readonly kind: "equilibrium";
      /** Dissociation constant on the engine's total (plasma-equivalent) concentration scale. */
      readonly kd_nm: Parameter;
      readonly koff_per_h: Parameter;
    };

/** What one species does at the mu-opioid receptor. */
export interface MorAction {
  readonly binding: MorBinding;
  /**
   * Intrinsic efficacy relative to fentanyl (Ariëns intrinsic activity): 1 full agonist, between 0 and 1
   * a partial agonist, 0 an antagonist. The stimulus of the pool is reserve × Σ efficacy_i·Occ_i; each
   * endpoint then amplifies it with its own receptor reserve (operational model, src/model/effects).
   */
  readonly efficacy: Parameter;
}

/**
 * What part of a dose reaches the systemic circulation, as which species, and how fast. `fraction` is a
 * molar fraction of the dose (of base): oral heroin delivers morphine only, because heroin and 6-MAM are
 * hydrolysed before they reach the blood.
 */
export interface Delivery {
  readonly species: string;
  readonly fraction: Parameter;
  /** First-order absorption from a depot; absent means the delivered amount enters the central compartment directly. */
  readonly ka_per_h?: Parameter;
  readonly lag_h?: Parameter;
}

/** One route of one drug. IV routes deliver the parent with fraction 1 and no depot. */
export interface RouteData {
  readonly route: RouteId;
  readonly deliveries: readonly Delivery[];
  /** What this route's data describe and assume (device, formulation, population). */
  readonly note?: string;
  readonly variability?: readonly Variability[];
}

/** Everything the engine knows about one drug. */
export interface DrugData {
  /** Scenario name: lowercase, e.g. "heroin". */
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** The species a dose is, once in the blood (its molar mass converts mg of base to moles). */
  readonly parent: string;
  readonly forms: readonly DrugForm[];
  readonly defaultForm: string;
  readonly routes: readonly RouteData[];
  /** Species this drug's file defines; metabolites defined in another drug's file are referenced by id. */
  readonly species: readonly SpeciesData[];
}
