import { COWS_MILD, cowsSeverity } from "../model/adaptation/cows.ts";
import { findSpecies } from "../pharmacology/catalog.ts";
import type { SeriesColumn, SimulationResult } from "../simulate.ts";

/** Peak of one column on the output grid. */
export interface PeakMetric {
  readonly peak: number;
  readonly time_h: number;
}

/** Minimum of one column on the output grid. */
export interface MinimumMetric {
  readonly min: number;
  readonly time_h: number;
}

/** Brain PO2 below which the brain is counted as short of oxygen (the FDA model's rescue metric). */
export const BRAIN_HYPOXIA_MMHG = 20;

/** Columns whose peak the summary reports besides concentrations. */
const PEAK_COLUMNS =
  /^(mor_occupancy_total|mor_activation|dopamine_.*|.*_frac|cows_total|withdrawal_severity|heart_rate_bpm|lc_activity_rel)$/;
/** Columns whose final value the summary reports. */
const END_COLUMNS = /^(tolerance_.*|dependence)$/;
/** Columns whose minimum the summary reports. */
const MINIMUM_COLUMNS =
  /^(pupil_mm|ventilation_l_min|pao2_mmhg|sao2_pct|brain_po2_mmhg|cardiac_output_l_min)$/;

/**
 * Key metrics for the summary: for every concentration column (`*_ng_ml`, `*_nm`), receptor, dopamine and
 * effect column its peak and the time of the peak (first time it is reached, on the output grid); the
 * minimum of pupil size, ventilation and blood gases and its time; minutes with brain PO2 below 20 mmHg;
 * whether and when the heart stopped; and the final-state quantities (AUCs).
 */
export function keyMetrics(result: SimulationResult): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of result.columns) {
    if (/_(ng_ml|nm)$/.test(c.name) || PEAK_COLUMNS.test(c.name)) {
      out[`${c.name}_peak`] = peakOf(c, result.time_h);
    }
    if (MINIMUM_COLUMNS.test(c.name)) out[`${c.name}_min`] = minimumOf(c, result.time_h);
    if (END_COLUMNS.test(c.name)) out[`${c.name}_end`] = c.values[c.values.length - 1] ?? 0;
  }
  const cows = result.columns.find((c) => c.name === "cows_total");
  if (cows) out["withdrawal"] = withdrawalOf(cows, result);
  const brain = result.columns.find((c) => c.name === "brain_po2_mmhg");
  if (brain) {
    out[`brain_po2_below_${BRAIN_HYPOXIA_MMHG}_mmhg_min`] =
      hoursBelow(brain, result.time_h, BRAIN_HYPOXIA_MMHG) * 60;
    const arrest = result.events.find((e) => e.type === "cardiac_arrest");
    out["cardiac_arrest"] = { occurred: arrest !== undefined, time_h: arrest?.time ?? null };
  }
  for (const [k, v] of Object.entries(result.finals)) out[k] = v;
  return out;
}

/** The largest value of a column and the first output time it is reached (a loop: columns can be long). */
export function peakOf(c: SeriesColumn, time_h: Float64Array): PeakMetric {
  let best = 0;
  for (let i = 1; i < c.values.length; i++) if (c.values[i]! > c.values[best]!) best = i;
  return { peak: c.values[best] ?? 0, time_h: time_h[best] ?? 0 };
}

/** The smallest value of a column and the first output time it is reached. */
export function minimumOf(c: SeriesColumn, time_h: Float64Array): MinimumMetric {
  let best = 0;
  for (let i = 1; i < c.values.length; i++) if (c.values[i]! < c.values[best]!) best = i;
  return { min: c.values[best] ?? 0, time_h: time_h[best] ?? 0 };
}

/**
 * Hours the column spends below `threshold`, with crossings placed by linear interpolation between
 * output times (so the answer's resolution is a fraction of the output step).
 */
export function hoursBelow(c: SeriesColumn, time_h: Float64Array, threshold: number): number {
  let total = 0;
  for (let i = 1; i < c.values.length; i++) {
    const a = c.values[i - 1]! - threshold;
    const b = c.values[i]! - threshold;
    const dt = time_h[i]! - time_h[i - 1]!;
    if (a < 0 && b < 0) total += dt;
    else if (a < 0 || b < 0) total += (dt * Math.abs(a < 0 ? a : b)) / (Math.abs(a) + Math.abs(b));
  }
  return total;
}

/** Withdrawal as a clinician would chart it from the COWS. */
export interface WithdrawalMetric {
  /** The COWS total taken as withdrawal (the form's lower bound of mild withdrawal). */
  readonly threshold: number;
  /** First time COWS reaches the threshold (h), or null. */
  readonly onset_h: number | null;
  /** Time of the last opioid-agonist dose (h), or null when there is none. */
  readonly last_agonist_h: number | null;
  /**
   * Hours from the last opioid-agonist dose to the first time COWS rises to the threshold after it, or null:
   * no agonist dose, or no rise after it (never reached, or already at or above the threshold at the dose and
   * never back below). An earlier episode (a switch from heroin to methadone) does not count.
   */
  readonly onset_after_last_agonist_h: number | null;
  /** Time COWS last falls back below the threshold (h); null if it never rose or is still above at the end. */
  readonly resolution_h: number | null;
  /** Peak COWS, its time and its severity band. */
  readonly peak: number;
  readonly peak_time_h: number;
  readonly peak_band: string;
}

/**
 * Onset, peak and resolution of withdrawal from the `cows_total` column (crossings interpolated
 * linearly between output times).
 */
export function withdrawalOf(cows: SeriesColumn, result: SimulationResult): WithdrawalMetric {
  const t = result.time_h;
  const v = cows.values;
  const th = COWS_MILD;
  const cross = (i: number) => t[i - 1]! + ((th - v[i - 1]!) * (t[i]! - t[i - 1]!)) / (v[i]! - v[i - 1]!);
  // The last opioid-agonist dose given (the drug's own species binds with efficacy > 0), scheduled or given by
  // a `when:` condition: withdrawal "after the last dose" is the first rise after it, not an earlier episode
  // (a switch from heroin to methadone).
  let last: number | null = null;
  for (const d of result.given) {
    const agonist = (findSpecies(d.drug)?.mor?.efficacy.value ?? 0) > 0;
    if (agonist && (last === null || d.time_h > last)) last = d.time_h;
  }
  let onset: number | null = v[0]! >= th ? t[0]! : null;
  let onsetAfterLast: number | null = null;
  let resolution: number | null = null;
  for (let i = 1; i < v.length; i++) {
    if (v[i - 1]! < th && v[i]! >= th) {
      const c = cross(i);
      if (onset === null) onset = c;
      if (onsetAfterLast === null && last !== null && c > last) onsetAfterLast = c - last;
      resolution = null;
    } else if (v[i - 1]! >= th && v[i]! < th) resolution = cross(i);
  }
  const peak = peakOf(cows, t);
  return {
    threshold: th,
    onset_h: onset,
    last_agonist_h: last,
    onset_after_last_agonist_h: onsetAfterLast,
    resolution_h: onset === null ? null : resolution,
    peak: peak.peak,
    peak_time_h: peak.time_h,
    peak_band: cowsSeverity(peak.peak),
  };
}
