import type { Parameter, RouteData } from "./types.ts";

/*
 * Small, pure derivations shared by the drug files, so that every derived number in them is computed from
 * its direct inputs here rather than typed in (and a test can recompute it).
 */

/** Standard atomic weights (IUPAC abridged values, g/mol) of the elements in our drugs and salts. */
export const ATOMIC_WEIGHT = { C: 12.011, H: 1.008, N: 14.007, O: 15.999, Cl: 35.45 } as const;

/** An empirical formula as element counts, e.g. { C: 22, H: 28, N: 2, O: 1 } for fentanyl. */
export type Formula = Partial<Record<keyof typeof ATOMIC_WEIGHT, number>>;

/**
 * Molar mass of an empirical formula from standard atomic weights.
 *
 * @example
 * molarMass({ C: 22, H: 28, N: 2, O: 1 }) // 336.479 (fentanyl)
 */
export function molarMass(formula: Formula): number {
  let m = 0;
  for (const [el, n] of Object.entries(formula))
    m += ATOMIC_WEIGHT[el as keyof typeof ATOMIC_WEIGHT] * (n ?? 0);
  return m;
}

/** Hydrogen chloride, HCl. */
export const HCL: Formula = { H: 1, Cl: 1 };
/** Citric acid, C6H8O7 (the citrate salts of fentanyl and carfentanil are 1:1). */
export const CITRIC_ACID: Formula = { C: 6, H: 8, O: 7 };
/** Water, H2O. */
export const WATER: Formula = { H: 2, O: 1 };

/** Sum of formulas with multiplicities, e.g. a salt hydrate. */
export function combine(...parts: readonly (readonly [Formula, number])[]): Formula {
  const out: Record<string, number> = {};
  for (const [f, k] of parts)
    for (const [el, n] of Object.entries(f)) out[el] = (out[el] ?? 0) + (n ?? 0) * k;
  return out as Formula;
}

/** A molar-mass Parameter computed from a formula, with the formula written out in `source`. */
export function molarMassParameter(name: string, formulaText: string, formula: Formula): Parameter {
  return {
    value: molarMass(formula),
    unit: "g/mol",
    source: `${name}, ${formulaText}, from standard atomic weights (C 12.011, H 1.008, N 14.007, O 15.999, Cl 35.45)`,
    confidence: "derived",
  };
}

/**
 * Mass fraction of base in a 1:1 salt (or salt hydrate): M(base) / M(salt).
 *
 * @example
 * baseFractionOf({ C: 21, H: 27, N: 1, O: 1 }, combine([{ C: 21, H: 27, N: 1, O: 1 }, 1], [HCL, 1])) // 0.8946 (methadone HCl)
 */
export function baseFractionOf(base: Formula, salt: Formula): number {
  return molarMass(base) / molarMass(salt);
}

/**
 * First-order absorption rate constant that puts the peak of a one-compartment oral curve at `tmax_h`
 * given the elimination rate `k_per_h`: solves ln(ka/k)/(ka − k) = tmax for the root ka > k (bisection on
 * a function that decreases monotonically in ka).
 *
 * @example
 * kaForTmax(Math.LN2 / 4, 1) // ≈ 3.037 h⁻¹ (naltrexone: t½ 4 h, tmax 1 h)
 */
export function kaForTmax(k_per_h: number, tmax_h: number): number {
  if (!(k_per_h > 0 && tmax_h > 0 && tmax_h < 1 / k_per_h)) {
    throw new RangeError(`kaForTmax: no ka > k gives tmax ${tmax_h} h when k = ${k_per_h} h⁻¹`);
  }
  const tmax = (ka: number) => Math.log(ka / k_per_h) / (ka - k_per_h);
  let lo = k_per_h * (1 + 1e-9);
  let hi = k_per_h * 2;
  while (tmax(hi) > tmax_h) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (tmax(mid) > tmax_h) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * Peak of a one-compartment oral curve per unit of absorbed amount and volume:
 * ka/(ka − k)·(e^{−k·t} − e^{−ka·t}) at t = tmax (the fraction of the absorbed dose in the body at the peak).
 */
export function oralPeakFraction(ka_per_h: number, k_per_h: number): number {
  const t = Math.log(ka_per_h / k_per_h) / (ka_per_h - k_per_h);
  return (ka_per_h / (ka_per_h - k_per_h)) * (Math.exp(-k_per_h * t) - Math.exp(-ka_per_h * t));
}

/** Log-normal ω for a coefficient of variation: ω = √ln(1 + CV²). */
export function omegaFromCv(cv: number): number {
  return Math.sqrt(Math.log(1 + cv * cv));
}

/** Seconds per hour, for converting the FDA model's s⁻¹ rate constants and mL/s clearances. */
export const S_PER_H = 3600;

/** The IV definition: the whole dose reaches the blood. */
export const IV_FRACTION: Parameter = {
  value: 1,
  unit: "1",
  source: "definition of intravenous dosing",
  confidence: "derived",
};

/**
 * The two intravenous routes of a species: a bolus (`iv`) and a zero-order infusion (`iv_infusion`), both
 * delivering the whole dose to the blood. `note` goes on the bolus route (what the IV data are).
 */
export function ivRoutes(species: string, note?: string): RouteData[] {
  const deliveries = [{ species, fraction: IV_FRACTION }];
  return [
    note === undefined ? { route: "iv", deliveries } : { route: "iv", note, deliveries },
    { route: "iv_infusion", deliveries },
  ];
}
