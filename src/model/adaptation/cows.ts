import type { Parameter } from "../../pharmacology/types.ts";

/*
 * The Clinical Opiate Withdrawal Scale (Wesson DR, Ling W 2003, J Psychoactive Drugs 35(2):253–259; item
 * anchors from the form text, consistent across four transcriptions: docs/next-tolerance-and-withdrawal.md
 * §1e). Eleven clinician-rated items, total 0–48.
 *
 * The model rates each item as a continuous expected score (a rater's integer anchors, smoothed): pulse
 * and pupils through the model's heart rate and pupil diameter and the form's bands; the other nine from
 * the excess noradrenergic activity, fast signs (N_fast) or the late aches and gut signs (N_slow), each a
 * Hill curve with its own half-point. The half-points are ordered so that signs appear in the order the
 * clinical staging describes (anxiety → yawning, tearing and runny nose, sweating → gooseflesh, tremor,
 * restlessness → gut): ASSUMPTION in their values, sourced in their order; together with the LC gain they
 * are fitted to the pre-induction COWS (12.8 ± 3.5 at induction, PMC4151625).
 */

const ORDER =
  "Order of appearance from clinical staging (grade 1 yawning, lacrimation, rhinorrhoea, perspiration; grade 2 " +
  "mydriasis, piloerection, tremor, aches; grades 3–4 vital signs, vomiting, diarrhoea), MedlinePlus early/late " +
  "lists, Bickel 1988 (yawning most prominent): docs/next-tolerance-and-withdrawal.md §1e (secondary)";

/** What the items are rated from. */
export interface ClinicalSigns {
  /** Excess LC activity driving the fast signs (× rest). */
  readonly fast: number;
  /** Excess LC activity driving the slow signs (× rest). */
  readonly slow: number;
  readonly heartRate_bpm: number;
  /** Pupil diameter above the resting diameter (mm; negative when constricted). */
  readonly pupilAboveRest_mm: number;
}

/** One COWS item: its name (output `cows_<name>`), largest score, and how the model rates it. */
export interface CowsItem {
  readonly name: string;
  readonly label: string;
  readonly max: number;
  /** Which sign level drives it, with the half-point (× rest) of its Hill curve; absent for pulse and pupil. */
  readonly driver?: { readonly signs: "fast" | "slow"; readonly half: Parameter };
}

const half = (value: number, note: string): Parameter => ({
  value,
  unit: "× rest LC activity",
  source: ORDER,
  confidence: "assumption",
  note,
});

/** The eleven items in the form's order. */
export const COWS_ITEMS: readonly CowsItem[] = [
  { name: "pulse", label: "Resting pulse", max: 4 },
  { name: "sweating", label: "Sweating", max: 4, driver: { signs: "fast", half: half(0.8, "early") } },
  {
    name: "restlessness",
    label: "Restlessness",
    max: 5,
    driver: { signs: "fast", half: half(1.2, "middle") },
  },
  { name: "pupil", label: "Pupil size", max: 5 },
  { name: "aches", label: "Bone or joint aches", max: 4, driver: { signs: "slow", half: half(0.9, "late") } },
  {
    name: "runny_nose_tearing",
    label: "Runny nose or tearing",
    max: 4,
    driver: { signs: "fast", half: half(0.6, "early") },
  },
  { name: "gi_upset", label: "GI upset", max: 5, driver: { signs: "slow", half: half(1.3, "last") } },
  { name: "tremor", label: "Tremor", max: 4, driver: { signs: "fast", half: half(1.3, "middle") } },
  { name: "yawning", label: "Yawning", max: 4, driver: { signs: "fast", half: half(0.5, "first signs") } },
  {
    name: "anxiety",
    label: "Anxiety or irritability",
    max: 4,
    driver: { signs: "fast", half: half(0.4, "first") },
  },
  {
    name: "gooseflesh",
    label: "Gooseflesh skin",
    max: 5,
    driver: { signs: "fast", half: half(1.2, "middle") },
  },
];

const HILL = 2;

/** Piecewise-linear interpolation through anchor points (x ascending), flat outside. */
function through(points: readonly (readonly [number, number])[], x: number): number {
  if (!(x > points[0]![0])) return points[0]![1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (x <= x1) {
      const [x0, y0] = points[i - 1]!;
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1]![1];
}

/** The form's pulse bands (0 ≤ 80, 1 81–100, 2 101–120, 4 > 120 bpm) through their midpoints. */
const PULSE: readonly (readonly [number, number])[] = [
  [80, 0],
  [90, 1],
  [110, 2],
  [125, 4],
];
/** Pupil: 0 normal, 1 possibly larger, 2 moderately dilated, 5 only the rim of the iris (mm above rest). */
const PUPIL: readonly (readonly [number, number])[] = [
  [0.25, 0],
  [1, 1],
  [2, 2],
  [3, 5],
];

/**
 * Writes the eleven item scores (form order) into `out` and returns the total (0–48).
 *
 * @example
 * const out = new Float64Array(11);
 * cowsItems({ fast: 0, slow: 0, heartRate_bpm: 70, pupilAboveRest_mm: 0 }, out); // 0
 */
export function cowsItems(signs: ClinicalSigns, out: Float64Array): number {
  let total = 0;
  for (let i = 0; i < COWS_ITEMS.length; i++) {
    const item = COWS_ITEMS[i]!;
    let score: number;
    if (item.name === "pulse") score = through(PULSE, signs.heartRate_bpm);
    else if (item.name === "pupil") score = through(PUPIL, signs.pupilAboveRest_mm);
    else {
      const x = Math.max(0, item.driver!.signs === "fast" ? signs.fast : signs.slow);
      const xh = x ** HILL;
      score = (item.max * xh) / (item.driver!.half.value ** HILL + xh);
    }
    out[i] = score;
    total += score;
  }
  return total;
}

/** The lowest total the form calls withdrawal (mild: 5–12). */
export const COWS_MILD = 5;

/** The form's severity bands of a total score. */
export function cowsSeverity(total: number): "none" | "mild" | "moderate" | "moderately severe" | "severe" {
  if (total < COWS_MILD) return "none";
  if (total <= 12) return "mild";
  if (total <= 24) return "moderate";
  if (total <= 36) return "moderately severe";
  return "severe";
}
