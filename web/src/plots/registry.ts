import type uPlot from "uplot";
import type { TimeUnit } from "../state/time.ts";
import type { PanelLayout } from "./panels.ts";

/** A live plot: its layout and uPlot instance (created once per series set, then fed with setData). */
export interface LivePlot {
  readonly layout: PanelLayout;
  readonly plot: uPlot;
  /** The unit of its x values (the data stay in hours; the plot shows minutes for short runs). */
  readonly unit: TimeUnit;
  /** The element holding the chart (it carries data-series-peaks, a summary of what is plotted). */
  readonly host: HTMLElement;
  setStale(stale: boolean): void;
  placePlayhead(): void;
  /**
   * Whether any of the chart is inside the viewport (an IntersectionObserver keeps it current). A preview
   * redraws only visible charts; the others catch up when they scroll into view or the full run arrives.
   */
  visible: boolean;
}

/** Every open plot, by panel id. */
export const LIVE_PLOTS = new Map<string, LivePlot>();

/** One cursor group for every plot: hovering one shows the same time in all. */
export const SYNC_KEY = "accumbens";
