import type uPlot from "uplot";
import type { Shown } from "../state/store.ts";
import type { TimeUnit } from "../state/time.ts";
import type { PanelLayout } from "./panels.ts";

export interface PanelData {
  readonly data: uPlot.AlignedData;
  /** The curves come from the last full run, not the newest preview (which lacks them). */
  readonly stale: boolean;
  readonly seq: number;
}

function has(s: Shown | null, layout: PanelLayout): boolean {
  return s !== null && layout.series.every((x) => s.byName.has(x.name));
}

/** Each run's times in minutes, made once (so a plot fed the same run again sees the same arrays). */
const minutes = new WeakMap<Float64Array, Float64Array>();

/** A run's times in the display unit: the x values of the plots. */
export function xValues(time_h: Float64Array, unit: TimeUnit): Float64Array {
  if (unit === "h") return time_h;
  let m = minutes.get(time_h);
  if (!m) {
    m = time_h.map((h) => h * 60);
    minutes.set(time_h, m);
  }
  return m;
}

function aligned(s: Shown, layout: PanelLayout, unit: TimeUnit): uPlot.AlignedData {
  const empty = () => new Array<number | null>(s.time_h.length).fill(null);
  return [xValues(s.time_h, unit), ...layout.series.map((x) => s.byName.get(x.name)?.values ?? empty())];
}

/**
 * The data a panel shows: the newest result when it has every series, else the last full run's; times in
 * the plot's unit (minutes or hours).
 */
export function panelData(
  layout: PanelLayout,
  shown: Shown | null,
  lastFull: Shown | null,
  unit: TimeUnit,
): PanelData | null {
  if (shown && has(shown, layout))
    return { data: aligned(shown, layout, unit), stale: false, seq: shown.seq };
  if (lastFull && has(lastFull, layout))
    return { data: aligned(lastFull, layout, unit), stale: true, seq: lastFull.seq };
  if (shown) return { data: aligned(shown, layout, unit), stale: false, seq: shown.seq };
  return null;
}

/**
 * What a panel plots, in brief: each series' highest value over the plotted data (4 significant digits;
 * null when it has none), as JSON keyed by column name. One pass over each plotted array; callers run it
 * only when a plot is given new arrays. The browser tests read it from the plot's host element (a `data-*`
 * attribute: assistive technology ignores it; the figure's aria-label describes the chart).
 */
export function seriesPeaks(layout: PanelLayout, data: uPlot.AlignedData): string {
  const peaks: Record<string, number | null> = {};
  layout.series.forEach((s, i) => {
    const ys = data[i + 1];
    let max = Number.NEGATIVE_INFINITY;
    if (ys)
      for (let j = 0; j < ys.length; j++) {
        const v = ys[j];
        if (typeof v === "number" && v > max) max = v;
      }
    peaks[s.name] = Number.isFinite(max) ? Number(max.toPrecision(4)) : null;
  });
  return JSON.stringify(peaks);
}
