import type uPlot from "uplot";
import type { Shown } from "../state/store.ts";
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

function aligned(s: Shown, layout: PanelLayout): uPlot.AlignedData {
  const empty = () => new Array<number | null>(s.time_h.length).fill(null);
  return [s.time_h, ...layout.series.map((x) => s.byName.get(x.name)?.values ?? empty())];
}

/** The data a panel shows: the newest result when it has every series, else the last full run's. */
export function panelData(
  layout: PanelLayout,
  shown: Shown | null,
  lastFull: Shown | null,
): PanelData | null {
  if (shown && has(shown, layout)) return { data: aligned(shown, layout), stale: false, seq: shown.seq };
  if (lastFull && has(lastFull, layout))
    return { data: aligned(lastFull, layout), stale: true, seq: lastFull.seq };
  if (shown) return { data: aligned(shown, layout), stale: false, seq: shown.seq };
  return null;
}
