import type { SeriesColumn, SimulationResult } from "../simulate.ts";

/** Peak of one column on the output grid. */
export interface PeakMetric {
  readonly peak: number;
  readonly time_h: number;
}

/**
 * Key metrics for the summary: for every concentration column (`*_ng_ml`, `*_nm`) its peak and the time of
 * the peak (first time it is reached, on the output grid), plus the final-state quantities (AUCs).
 */
export function keyMetrics(result: SimulationResult): Record<string, PeakMetric | number> {
  const out: Record<string, PeakMetric | number> = {};
  for (const c of result.columns) {
    if (/_(ng_ml|nm)$/.test(c.name)) out[`${c.name}_peak`] = peakOf(c, result.time_h);
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
