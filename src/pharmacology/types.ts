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
}

/**
 * Linear mammillary PK (1–3 compartments) for a 70 kg reference adult. Volumes scale with weight/70 and
 * clearances with (weight/70)^0.75 unless a drug documents otherwise.
 */
export interface LinearPk {
  readonly compartments: 1 | 2 | 3;
  readonly v1_l: Parameter;
  readonly cl_l_h: Parameter;
  readonly v2_l?: Parameter;
  readonly q2_l_h?: Parameter;
  readonly v3_l?: Parameter;
  readonly q3_l_h?: Parameter;
}

/** What one route does to a dose: the fraction reaching the central compartment, a lag, an absorption rate. */
export interface RouteData {
  readonly route: RouteId;
  readonly bioavailability: Parameter;
  /** First-order absorption rate from a depot; absent for IV routes (dose enters the central compartment). */
  readonly ka_per_h?: Parameter;
  readonly lag_h?: Parameter;
}

/** Everything the engine knows about one drug. */
export interface DrugData {
  /** Scenario name: lowercase, e.g. "morphine". */
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly molarMass_g_mol: Parameter;
  readonly forms: readonly DrugForm[];
  readonly defaultForm: string;
  readonly routes: readonly RouteData[];
  readonly pk: LinearPk;
}
