import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import type { ComparisonResult } from "../compare.ts";
import type { SeriesColumn, SimulationResult } from "../simulate.ts";

/** One line of a panel. */
interface Series {
  readonly label: string;
  readonly colour: string;
  readonly values: Float64Array;
}

/** One panel: a y axis (its unit, with an optional heading) and its lines. */
interface Panel {
  readonly unit: string;
  readonly heading?: string;
  readonly series: readonly Series[];
}

const WIDTH_PX = 760;
const PANEL_HEIGHT_PX = 220;
const TITLE_HEIGHT_PX = 44;

/** Colour-blind-safe palette (Okabe & Ito 2008), one colour per quantity across all panels. */
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

/** Units whose panels may use a log axis. */
const CONCENTRATION_UNITS = new Set(["ng/mL", "nM"]);
/** Where a panel's lines span more than this ratio, the y axis is logarithmic (PK spans decades). */
const LOG_SPAN = 300;
/** On a log axis, values below max / LOG_FLOOR are not drawn. */
const LOG_FLOOR = 1e5;

/** What a run's figure shows (timeseries.csv has everything). */
const FIGURE_COLUMNS =
  /^(.*_ng_ml|.*_nm|mor_occupancy_total|mor_activation|dopamine_nacc_rel|euphoria_frac|analgesia_frac|sedation_frac|pupil_mm|ventilation_l_min|cardiac_output_l_min|pao2_mmhg|paco2_mmhg|brain_po2_mmhg)$/;
/** Neuroadaptation, drawn only when it moves during the run (flat lines in an overdose are noise). */
const ADAPTATION_COLUMNS = /^(cows_total|tolerance_breathing|tolerance_euphoria)$/;
/** What a comparison's figure shows, one panel each. */
const COMPARISON_COLUMNS =
  /^(.*_brain_nm|mor_occupancy_total|dopamine_nacc_rel|ventilation_l_min|brain_po2_mmhg|cows_total)$/;

/** Whether a column changes by more than 1 % of its largest magnitude (or 0.5 for a score) over the run. */
function moves(values: Float64Array): boolean {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo > Math.max(0.01 * Math.max(Math.abs(lo), Math.abs(hi)), 0.5);
}

/**
 * The main quantities over time as a standalone SVG: one panel per unit (plasma in ng/mL, brain in nM, …),
 * each quantity a coloured line named in the panel's legend, time in hours on the x axis. Concentration
 * panels spanning decades use a log axis with plain-number ticks. Deterministic for a given result.
 * Node-only (uses jsdom), so it lives outside the engine.
 */
export function figureSvg(result: SimulationResult): string {
  const shown = result.columns.filter(
    (c) => FIGURE_COLUMNS.test(c.name) || (ADAPTATION_COLUMNS.test(c.name) && moves(c.values)),
  );
  const colourOf = new Map(shown.map((c, i) => [c.name, COLOURS[i % COLOURS.length]!]));
  const panels = groupByUnit(shown).map(
    ([unit, columns]): Panel => ({
      unit,
      series: columns.map((c) => ({ label: c.label, colour: colourOf.get(c.name)!, values: c.values })),
    }),
  );
  return render(result.scenario.name, result.scenario.description, result.time_h, panels);
}

/**
 * A comparison's figure: one panel per quantity (in the order the arms first report them), one line per
 * arm in a fixed colour, so the arms can be compared on each quantity.
 */
export function comparisonFigureSvg(c: ComparisonResult): string {
  const colourOf = new Map(c.arms.map((a, i) => [a.name, COLOURS[i % COLOURS.length]!]));
  const names = [...new Set(c.arms.flatMap((a) => a.result.columns.map((x) => x.name)))].filter(
    (n) =>
      COMPARISON_COLUMNS.test(n) &&
      (!ADAPTATION_COLUMNS.test(n) ||
        c.arms.some((a) => {
          const col = a.result.columns.find((x) => x.name === n);
          return col !== undefined && moves(col.values);
        })),
  );
  const panels = names.map((name): Panel => {
    const present = c.arms.flatMap((a) => {
      const col = a.result.columns.find((x) => x.name === name);
      return col ? [{ arm: a.name, col }] : [];
    });
    const first = present[0]!.col;
    return {
      unit: first.unit,
      heading: first.label,
      series: present.map(({ arm, col }) => ({ label: arm, colour: colourOf.get(arm)!, values: col.values })),
    };
  });
  return render(c.scenario.name, c.scenario.description, c.arms[0]!.result.time_h, panels);
}

function render(name: string, description: string, time_h: Float64Array, panels: readonly Panel[]): string {
  const { document } = new JSDOM("").window;
  const drawn = panels.map((p) => panel(document, time_h, p));
  const height = PANEL_HEIGHT_PX * drawn.length + TITLE_HEIGHT_PX;
  const body = drawn
    .map((p, i) => `<g transform="translate(0,${TITLE_HEIGHT_PX + i * PANEL_HEIGHT_PX})">${p}</g>`)
    .join("\n");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH_PX}" height="${height}" viewBox="0 0 ${WIDTH_PX} ${height}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="18" font-family="DejaVu Sans, sans-serif" font-size="14" font-weight="bold">${escapeXml(name)}</text>`,
    `<text x="10" y="34" font-family="DejaVu Sans, sans-serif" font-size="11">${escapeXml(truncate(description, 120))}</text>`,
    body,
    "</svg>",
    "",
  ].join("\n");
}

function groupByUnit(columns: readonly SeriesColumn[]): Array<[string, SeriesColumn[]]> {
  const groups = new Map<string, SeriesColumn[]>();
  for (const c of columns) groups.set(c.unit, [...(groups.get(c.unit) ?? []), c]);
  return [...groups];
}

function panel(document: Document, time_h: Float64Array, p: Panel): string {
  let max = 0;
  let minPositive = Number.POSITIVE_INFINITY;
  for (const c of p.series) {
    for (const v of c.values) {
      if (v > max) max = v;
      if (v > 0 && v < minPositive) minPositive = v;
    }
  }
  // Only concentrations get a log axis: fractions and vital signs read best on a linear one.
  const log = CONCENTRATION_UNITS.has(p.unit) && max > 0 && max / minPositive > LOG_SPAN;
  const floor = max / LOG_FLOOR;
  const data = p.series.flatMap((c) =>
    decimate(c.values).map((r) => {
      const v = c.values[r]!;
      return { t: time_h[r]!, v: log && !(v >= floor) ? Number.NaN : v, series: c.label };
    }),
  );
  const unit = p.heading ? `${p.heading} (${p.unit})` : p.unit;
  const svg = Plot.plot({
    document,
    width: WIDTH_PX,
    height: PANEL_HEIGHT_PX,
    marginLeft: 70,
    marginTop: 36,
    style: { fontFamily: "DejaVu Sans, sans-serif", fontSize: "11px", background: "white" },
    x: { label: "time (h)", tickFormat: plainNumber },
    y: log
      ? { type: "log", label: `${unit}, log scale`, grid: true, tickFormat: plainNumber, ticks: 5 }
      : { label: unit, grid: true, tickFormat: plainNumber, zero: true },
    color: { domain: p.series.map((c) => c.label), range: p.series.map((c) => c.colour) },
    marks: [
      ...(log ? [] : [Plot.ruleY([0])]),
      Plot.lineY(data, { x: "t", y: "v", stroke: "series", strokeWidth: 1.5 }),
    ],
  }) as unknown as SVGSVGElement;
  return `${legend(p.series, unit.length)}\n${svg.outerHTML}`;
}

/**
 * The legend (swatch + label per line) in the panel's top margin, after the axis label; items that would
 * run past the right edge wrap to a second row.
 */
function legend(series: readonly Series[], axisLabelChars: number): string {
  const start = Math.max(190, 80 + 6.5 * axisLabelChars);
  let x = start;
  let row = 0;
  const items = series.map((c) => {
    const width = 30 + 6.5 * c.label.length;
    if (x > start && x + width > WIDTH_PX) {
      x = start;
      row++;
    }
    const y = 6 + 13 * row;
    const item =
      `<rect x="${x}" y="${y}" width="14" height="3" fill="${c.colour}"/>` +
      `<text x="${x + 18}" y="${y + 5}" font-family="DejaVu Sans, sans-serif" font-size="11">${escapeXml(c.label)}</text>`;
    x += width;
    return item;
  });
  return `<g>${items.join("")}</g>`;
}

/** Most points drawn per line: far more than a 760-px-wide panel can show. */
const MAX_POINTS = 4000;

/**
 * Row indices to draw for one line: all of them when few, otherwise the first, the minimum and the maximum
 * of each bucket (in time order) and the last, so that peaks such as a bolus survive (uPlot's idea).
 */
function decimate(values: Float64Array): number[] {
  const n = values.length;
  if (n <= MAX_POINTS) return Array.from({ length: n }, (_, i) => i);
  const buckets = MAX_POINTS / 2;
  const out: number[] = [0];
  for (let b = 0; b < buckets; b++) {
    const lo = Math.floor((b * n) / buckets);
    const hi = Math.floor(((b + 1) * n) / buckets);
    let iMin = lo;
    let iMax = lo;
    for (let i = lo; i < hi; i++) {
      if (values[i]! < values[iMin]!) iMin = i;
      if (values[i]! > values[iMax]!) iMax = i;
    }
    out.push(Math.min(iMin, iMax), Math.max(iMin, iMax));
  }
  out.push(n - 1);
  return [...new Set(out)].sort((a, b) => a - b);
}

/** Tick labels as plain decimals (400, 0.05), never SI prefixes or exponents for ordinary ranges. */
function plainNumber(d: number): string {
  return String(Number(d.toPrecision(6)));
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
