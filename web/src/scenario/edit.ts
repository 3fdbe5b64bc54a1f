import { BREATHING_SIGNALS } from "../../../src/scenario/signals.ts";
import type { RawDose, RawScenario } from "./raw.ts";

/**
 * What the sliders and selectors edit, read from and written back to a {@link RawScenario}. Every edit
 * returns a new object (signals compare by identity).
 */

/** Drugs a student can choose as "the opioid taken" (treatments have their own controls). */
export const AGONISTS = ["heroin", "morphine", "fentanyl", "carfentanil", "methadone"] as const;

/** Slider range and a starting amount per drug, mg of the drug's default form. */
export const DOSE_RANGE: Readonly<Record<string, { min: number; max: number; start: number }>> = {
  heroin: { min: 1, max: 300, start: 20 },
  morphine: { min: 1, max: 300, start: 10 },
  fentanyl: { min: 0.005, max: 5, start: 0.1 },
  carfentanil: { min: 0.0005, max: 0.5, start: 0.01 },
  methadone: { min: 5, max: 300, start: 30 },
};

export const NALOXONE_DOSE: RawDose = { drug: "naloxone", route: "intranasal", amount_mg: 4 };
export const BUPRENORPHINE_DOSE: RawDose = { drug: "buprenorphine", route: "sublingual", amount_mg: 8 };

/** Output step that keeps a run near 1,500 rows or fewer, minutes. */
export function stepFor(duration_h: number): number {
  if (duration_h <= 2) return 0.25;
  if (duration_h <= 6) return 0.5;
  if (duration_h <= 24) return 1;
  if (duration_h <= 72) return 5;
  return 15;
}

/** Dose time in hours, whichever key the file used; undefined for a triggered dose. */
export function doseTime(d: RawDose): number | undefined {
  if (d.at_h !== undefined) return d.at_h;
  if (d.at_min !== undefined) return d.at_min / 60;
  return undefined;
}

function primaryIndex(raw: RawScenario): number {
  const doses = raw.doses ?? [];
  const agonist = doses.findIndex((d) => (AGONISTS as readonly string[]).includes(d.drug));
  return agonist;
}

/** The opioid taken: the first agonist dose, or undefined when the scenario has none. */
export function primaryDose(raw: RawScenario): RawDose | undefined {
  const i = primaryIndex(raw);
  return i < 0 ? undefined : raw.doses![i];
}

/** The first dose of a drug (naloxone, buprenorphine). */
export function firstDoseOf(raw: RawScenario, drug: string): RawDose | undefined {
  return (raw.doses ?? []).find((d) => d.drug === drug);
}

function withTime(d: RawDose, at_h: number): RawDose {
  const { at_min: _m, when: _w, at_h: _h, ...rest } = d;
  return { ...rest, at_h: round(at_h) };
}

/** Rounds slider-made numbers so the YAML stays readable. */
export function round(x: number): number {
  return Number(x.toPrecision(3));
}

export interface PrimaryPatch {
  readonly drug?: string;
  readonly route?: string;
  readonly amount_mg?: number;
  readonly at_h?: number;
}

/** The dose "Add an opioid dose" puts first in a scenario that has none. */
const ADDED_OPIOID: RawDose = { drug: "heroin", route: "iv", amount_mg: 20, at_h: 0 };

/** Adds the opioid taken to a scenario without one (only on the student's explicit request). */
export function addPrimary(raw: RawScenario): RawScenario {
  if (primaryIndex(raw) >= 0) return raw;
  const next = structuredClone(raw);
  next.doses = [structuredClone(ADDED_OPIOID), ...(next.doses ?? [])];
  return next;
}

/**
 * Edits the opioid taken. A new drug starts at its typical amount, in its default form, on its first
 * route when the old route does not exist for it. A scenario without an opioid is returned unchanged:
 * adding one is {@link addPrimary}'s job.
 */
export function setPrimary(
  raw: RawScenario,
  patch: PrimaryPatch,
  routesOf: (drug: string) => readonly string[],
) {
  const i = primaryIndex(raw);
  if (i < 0) return raw;
  const next = structuredClone(raw);
  let dose = next.doses![i]!;
  if (patch.drug && patch.drug !== dose.drug) {
    const { form: _f, ...rest } = dose;
    const routes = routesOf(patch.drug);
    const route = routes.includes(dose.route) ? dose.route : (routes[0] ?? dose.route);
    dose = { ...rest, drug: patch.drug, route, amount_mg: DOSE_RANGE[patch.drug]?.start ?? dose.amount_mg };
  }
  if (patch.route) {
    const { duration_h: _d, duration_min: _m, ...rest } = dose;
    dose =
      patch.route === "iv_infusion"
        ? { ...rest, route: patch.route, duration_min: 30 }
        : { ...rest, route: patch.route };
  }
  if (patch.amount_mg !== undefined) dose = { ...dose, amount_mg: round(patch.amount_mg) };
  if (patch.at_h !== undefined) dose = withTime(dose, patch.at_h);
  next.doses![i] = dose;
  return next;
}

/** Adds, removes or re-times the first dose of a treatment drug (naloxone, buprenorphine). */
export function setTreatment(raw: RawScenario, template: RawDose, on: boolean, at_h?: number): RawScenario {
  const next = structuredClone(raw);
  const doses = next.doses ?? [];
  const i = doses.findIndex((d) => d.drug === template.drug);
  if (!on) {
    next.doses = doses.filter((d) => d.drug !== template.drug);
    return next;
  }
  if (i < 0) doses.push(withTime(structuredClone(template), at_h ?? 0));
  else if (at_h !== undefined) doses[i] = withTime(doses[i]!, at_h);
  next.doses = doses;
  return next;
}

export function setHistory(raw: RawScenario, history: "naive" | "chronic"): RawScenario {
  const next = structuredClone(raw);
  const { days_abstinent: _d, tolerance_fold: _t, ...subject } = next.subject ?? {};
  next.subject =
    history === "naive"
      ? { ...subject, opioid_history: "naive" }
      : { ...next.subject, opioid_history: "chronic" };
  return next;
}

export function setDaysAbstinent(raw: RawScenario, days: number): RawScenario {
  const next = structuredClone(raw);
  next.subject = {
    ...(next.subject ?? {}),
    opioid_history: "chronic",
    days_abstinent: Math.round(days * 10) / 10,
  };
  return next;
}

export function setDuration(raw: RawScenario, duration_h: number): RawScenario {
  const next = structuredClone(raw);
  const { output_step_h: _s, ...rest } = next;
  return { ...rest, duration_h, output_step_min: stepFor(duration_h) };
}

function waitsOnBreathing(raw: RawScenario): boolean {
  const all = [...(raw.doses ?? []), ...(raw.arms ?? []).flatMap((a) => a.doses ?? [])];
  return all.some(
    (d) =>
      d.when !== undefined &&
      ("ventilation_below_fraction_of_baseline" in d.when ||
        BREATHING_SIGNALS.includes(String(d.when["output"]))),
  );
}

/** Rows a preview run aims for: enough for a smooth curve, few enough to draw inside a frame. */
const PREVIEW_ROWS = 240;
/**
 * Preview tolerance (dimensionless, on each state's running peak): on the two 24-h benchmark runs every
 * output stays within 0.33 % of its peak of an rtol 1e-7 run (measured; test/web-unit/edit.test.ts), under a
 * pixel of a 190-px plot. 3e-3 saved only 15 % of the steps for 1 %.
 */
export const PREVIEW_RTOL = 1e-3;

/**
 * The live tier: no breathing physiology (its steps are capped at the circulation delay, ~3 s), a looser
 * tolerance and a coarser grid. Scenarios with a dose triggered by a breathing signal keep breathing,
 * since that dose could never be given without it.
 */
export function previewOf(raw: RawScenario): RawScenario {
  const next = structuredClone(raw);
  const step = next.output_step_min ?? (next.output_step_h ? next.output_step_h * 60 : 1);
  const { output_step_h: _s, ...rest } = next;
  return {
    ...rest,
    output_step_min: Math.max(step, (next.duration_h * 60) / PREVIEW_ROWS),
    model: {
      ...(next.model ?? {}),
      breathing: waitsOnBreathing(next) ? (next.model?.breathing ?? "auto") : false,
    },
    solver: { ...(next.solver ?? {}), rtol: Math.max(next.solver?.rtol ?? PREVIEW_RTOL, PREVIEW_RTOL) },
  };
}
