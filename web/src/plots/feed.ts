import type uPlot from "uplot";
import { lastFull, markDrawn, type Shown, shown } from "../state/store.ts";
import { panelData, seriesPeaks } from "./data.ts";
import { LIVE_PLOTS, type LivePlot } from "./registry.ts";

/** Columns to lay out: the newest run's, plus columns only the last full run has (breathing, in a preview). */
export function columnsFor(s: Shown | null, full: Shown | null) {
  if (!s) return [];
  if (s.tier === "full" || !full) return s.columns;
  return [...s.columns, ...full.columns.filter((c) => !s.byName.has(c.name))];
}

/** The arrays each plot was last given (a panel still showing the last full run needs no redraw). */
const fed = new WeakMap<LivePlot, uPlot.AlignedData>();

const sameArrays = (a: uPlot.AlignedData | undefined, b: uPlot.AlignedData) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** Gives one plot the newest data, unless it already has exactly these arrays. */
function feedOne(live: LivePlot, s: Shown, full: Shown | null): void {
  const d = panelData(live.layout, s, full, live.unit);
  if (!d) return;
  live.setStale(d.stale);
  if (sameArrays(fed.get(live), d.data)) return;
  fed.set(live, d.data);
  live.plot.setData(d.data);
  live.host.setAttribute("data-series-peaks", seriesPeaks(live.layout, d.data));
  // Which result the curves are (the browser tests tell a preview from the full run by it).
  live.host.setAttribute("data-shown", `${s.tier} ${s.seq}`);
}

/**
 * Feeds the open plots with the newest data and records when the curves are drawn. A preview (a slider
 * moving) redraws only the plots in view: drawing the others would delay the ones the student is watching,
 * and they catch up when scrolled to ({@link catchUp}) or when the full run arrives.
 */
export function feed(s: Shown | null, full: Shown | null): void {
  if (!s) return;
  for (const live of LIVE_PLOTS.values()) {
    if (s.tier === "preview" && !live.visible) continue;
    feedOne(live, s, full);
  }
  // uPlot draws in a microtask queued by setData; this one runs after it.
  queueMicrotask(() => markDrawn(s.seq));
}

/** A plot scrolled into view: give it the newest data if a preview skipped it. */
export function catchUp(live: LivePlot): void {
  const s = shown.peek();
  if (s) feedOne(live, s, lastFull.peek());
}
