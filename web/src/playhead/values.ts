import type { Shown } from "../state/store.ts";

/** Linear interpolation of one column at time t on a sorted grid. */
function at(time: Float64Array, values: Float64Array, t: number): number {
  const n = time.length;
  if (n === 0) return Number.NaN;
  if (t <= time[0]!) return values[0]!;
  if (t >= time[n - 1]!) return values[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (time[mid]! <= t) lo = mid;
    else hi = mid;
  }
  const f = (t - time[lo]!) / (time[hi]! - time[lo]!);
  return values[lo]! + f * (values[hi]! - values[lo]!);
}

/**
 * Every column's value at the playhead: the newest result's, and for columns it lacks (breathing, in a
 * preview) the last full run's.
 */
export function valuesAt(shown: Shown | null, full: Shown | null, t: number): Record<string, number> {
  const out: Record<string, number> = {};
  if (full && full !== shown) for (const c of full.columns) out[c.name] = at(full.time_h, c.values, t);
  if (shown) for (const c of shown.columns) out[c.name] = at(shown.time_h, c.values, t);
  return out;
}
