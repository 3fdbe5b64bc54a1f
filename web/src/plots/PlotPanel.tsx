import { effect } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import { lastFull, playhead, shown, timeUnit } from "../state/store.ts";
import { fromUnit, type TimeUnit, timeAxisLabel, toUnit } from "../state/time.ts";
import { panelData, seriesPeaks } from "./data.ts";
import { catchUp } from "./feed.ts";
import { seriesStyle } from "./palette.ts";
import type { PanelLayout } from "./panels.ts";
import { LIVE_PLOTS, type LivePlot, SYNC_KEY } from "./registry.ts";

const HEIGHT = 190;

function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const a = Math.abs(v);
  if (a !== 0 && (a < 0.001 || a >= 1e5)) return v.toExponential(2);
  return Number(v.toPrecision(3)).toString();
}

function options(layout: PanelLayout, width: number, unit: TimeUnit): uPlot.Options {
  const series: uPlot.Series[] = [
    { label: timeAxisLabel(unit), value: (_u, v) => fmt(v) },
    ...layout.series.map((s, i) => ({
      label: layout.units.length > 1 ? `${s.label} (${s.unit})` : s.label,
      scale: s.scale,
      width: 2,
      value: (_u: uPlot, v: number | null) => fmt(v),
      ...seriesStyle(i),
    })),
  ];
  const axes: uPlot.Axis[] = [
    { label: timeAxisLabel(unit), labelSize: 18, size: 36 },
    {
      scale: "y",
      label: layout.units[0] ?? "",
      labelSize: 18,
      size: 56,
      values: (_u, ticks) => ticks.map(fmt),
    },
  ];
  if (layout.units.length > 1) {
    axes.push({
      scale: "y2",
      side: 1,
      label: layout.units[1] ?? "",
      labelSize: 18,
      size: 56,
      grid: { show: false },
      values: (_u, ticks) => ticks.map(fmt),
    });
  }
  return {
    width,
    height: HEIGHT,
    series,
    axes,
    scales: { x: { time: false }, y: { range: yRange }, y2: { range: yRange } },
    cursor: { sync: { key: SYNC_KEY, setSeries: false }, drag: { x: false, y: false } },
    legend: { live: true },
  };
}

/** Always include 0 and keep a flat line visible. */
function yRange(_u: uPlot, min: number, max: number): uPlot.Range.MinMax {
  const lo = Math.min(0, min);
  let hi = Math.max(max, 0);
  if (!Number.isFinite(hi) || hi - lo < 1e-12) hi = lo + 1;
  return [lo, hi * 1.05];
}

interface Props {
  readonly layout: PanelLayout;
}

/** One uPlot chart, created when the panel opens or its series change, fed by the store's results. */
export function PlotPanel({ layout }: Props) {
  const host = useRef<HTMLDivElement>(null);
  // A run of another length may change the unit: the plot is then made anew with the new axis.
  const unit = timeUnit.value;

  useEffect(() => {
    const el = host.current!;
    const initial = panelData(layout, shown.peek(), lastFull.peek(), unit);
    const plot = new uPlot(options(layout, Math.max(280, el.clientWidth), unit), initial?.data ?? [[]], el);
    el.setAttribute("data-series-peaks", seriesPeaks(layout, initial?.data ?? [[]]));
    const line = document.createElement("div");
    line.className = "playhead-line";
    plot.over.appendChild(line);
    const placePlayhead = () => {
      const x = plot.valToPos(toUnit(playhead.peek(), unit), "x");
      line.style.transform = `translateX(${Number.isFinite(x) ? x : -10}px)`;
    };
    plot.hooks.draw = [placePlayhead];
    const setStale = (stale: boolean) => el.classList.toggle("stale", stale);
    setStale(initial?.stale ?? false);
    placePlayhead();
    plot.over.addEventListener("click", () => {
      const left = plot.cursor.left ?? -1;
      if (left >= 0) playhead.value = fromUnit(plot.posToVal(left, "x"), unit);
    });
    const live: LivePlot = { layout, plot, unit, host: el, setStale, placePlayhead, visible: true };
    LIVE_PLOTS.set(layout.def.id, live);
    const resize = new ResizeObserver(() => {
      const width = Math.max(280, el.clientWidth);
      if (Math.abs(width - plot.width) > 1) plot.setSize({ width, height: HEIGHT });
    });
    resize.observe(el);
    const seen = new IntersectionObserver((entries) => {
      const was = live.visible;
      live.visible = entries[entries.length - 1]!.isIntersecting;
      if (live.visible && !was) catchUp(live);
    });
    seen.observe(el);
    return () => {
      seen.disconnect();
      resize.disconnect();
      LIVE_PLOTS.delete(layout.def.id);
      plot.destroy();
    };
  }, [layout.key, unit]);

  useEffect(
    () =>
      effect(() => {
        playhead.value;
        LIVE_PLOTS.get(layout.def.id)?.placePlayhead();
      }),
    [layout.key],
  );

  const names = layout.series.map((s) => s.label).join(", ");
  return (
    <figure
      class="plot-host"
      ref={host}
      aria-label={`Line chart of ${layout.def.title.toLowerCase()} over time (${unit === "min" ? "minutes" : "hours"}): ${names}; units ${layout.units.join(" and ")}`}
    />
  );
}
