import type { Parameter } from "./types.ts";

/*
 * Body-size data shared by every drug: the reference subject of published parameter sets, default heights,
 * and fat-free mass. Clearances scale with fat-free mass (which carries the sex difference), volumes with
 * total weight.
 */

const NHANES =
  "Fryar CD et al. 2021, Natl Health Stat Report 160 (NHANES 2015–2018 adult anthropometry), mean height";

/** Default heights when a scenario gives none: US adult means. */
export const DEFAULT_HEIGHT_CM: Readonly<Record<"male" | "female", Parameter>> = {
  male: { value: 175.4, unit: "cm", source: `${NHANES}, men ≥20 y`, confidence: "secondary" },
  female: { value: 161.7, unit: "cm", source: `${NHANES}, women ≥20 y`, confidence: "secondary" },
};

/** Weight of the reference adult of the published parameter sets. */
export const REFERENCE_WEIGHT_KG: Parameter = {
  value: 70,
  unit: "kg",
  source: "convention of the parameter sets used (Lötsch 2002, Algera 2020, FDA overdose model, stanpumpR)",
  confidence: "derived",
  note: "The reference is a 70 kg man of default height, so the default subject gets the published typical values.",
};

/** Allometric exponent for clearances. */
export const CLEARANCE_EXPONENT: Parameter = {
  value: 0.75,
  unit: "1",
  source: "Anderson BJ, Holford NHG 2008, Annu Rev Pharmacol Toxicol 48:303–332 (allometric size scaling)",
  confidence: "secondary",
};

/**
 * Fat-free mass (kg) by the semi-mechanistic formula of Janmahasatian S et al. 2005, Clin Pharmacokinet
 * 44(10):1051–1065: FFM = 9270·W / (6680 + 216·BMI) for men, 9270·W / (8780 + 244·BMI) for women.
 *
 * @example
 * fatFreeMass_kg(70, 175.4, "male")   // ≈ 56.0
 * fatFreeMass_kg(70, 161.7, "female") // ≈ 42.4
 */
export function fatFreeMass_kg(weight_kg: number, height_cm: number, sex: "male" | "female"): number {
  const bmi = weight_kg / (height_cm / 100) ** 2;
  return sex === "male" ? (9270 * weight_kg) / (6680 + 216 * bmi) : (9270 * weight_kg) / (8780 + 244 * bmi);
}
