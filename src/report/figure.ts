import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import type { SimulationResult } from "../simulate.ts";

const WIDTH_PX = 760;
const PANEL_HEIGHT_PX = 180;

/** Colour-blind-safe palette (Okabe & Ito 2008). */
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

/**
 * The main quantities over time as a standalone SVG: one panel per output column, each with its own y axis
 * in the column's unit, time in hours on the shared x axis. Deterministic for a given result.
 * Node-only (uses jsdom), so it lives outside the engine.
 */
export function figureSvg(result: SimulationResult): string {
  const { document } = new JSDOM("").window;
  const panels = result.columns.map((c, i) => {
    const data = Array.from(result.time_h, (t, r) => ({ t, v: c.values[r]! }));
    const svg = Plot.plot({
      document,
      width: WIDTH_PX,
      height: PANEL_HEIGHT_PX,
      marginLeft: 70,
      style: { fontFamily: "DejaVu Sans, sans-serif", fontSize: "11px", background: "white" },
      x: { label: "time (h)", tickFormat: (d: number) => String(d) },
      y: { label: `${c.label} (${c.unit})`, grid: true, tickFormat: plainNumber },
      marks: [Plot.ruleY([0]), Plot.lineY(data, { x: "t", y: "v", stroke: COLOURS[i % COLOURS.length]! })],
    }) as unknown as SVGSVGElement;
    return svg.outerHTML;
  });
  const height = PANEL_HEIGHT_PX * panels.length + 40;
  const title = escapeXml(`${result.scenario.name}: ${result.scenario.description}`);
  const body = panels
    .map((p, i) => `<g transform="translate(0,${40 + i * PANEL_HEIGHT_PX})">${p}</g>`)
    .join("\n");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH_PX}" height="${height}" viewBox="0 0 ${WIDTH_PX} ${height}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="24" font-family="DejaVu Sans, sans-serif" font-size="14">${title}</text>`,
    body,
    "</svg>",
    "",
  ].join("\n");
}

/** Tick labels as plain decimals (400, 0.05), never SI prefixes or exponents for ordinary ranges. */
function plainNumber(d: number): string {
  return String(Number(d.toPrecision(6)));
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
