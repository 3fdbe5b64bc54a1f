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
const PEAK_COLUMNS = /^(mor_occupancy_total|mor_activation|dopamine_.*|.*_frac)$/;
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
  }
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
