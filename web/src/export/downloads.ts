import { timeseriesCsv } from "../../../src/report/csv.ts";
import { seriesStyle } from "../plots/palette.ts";
import { LIVE_PLOTS } from "../plots/registry.ts";
import type { Shown } from "../state/store.ts";

/** Saves a blob under a file name (an object URL: nothing leaves the page). */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The shown run as the command line's timeseries.csv (same writer, same bytes for the same run). */
export function downloadCsv(result: Shown, name: string): void {
  save(new Blob([timeseriesCsv(result)], { type: "text/csv" }), `${name}-timeseries.csv`);
}

export function downloadYaml(yaml: string, name: string): void {
  save(new Blob([yaml], { type: "application/yaml" }), `${name}.yaml`);
}

const NOTE = "Educational model: no dose is safe. Street supply (fentanyl) makes any dose unpredictable.";

/**
 * Every open plot in one PNG: each panel's canvas with its title and a legend drawn beside it, and the
 * educational note at the foot.
 */
export async function downloadPng(name: string, title: string): Promise<void> {
  const plots = [...LIVE_PLOTS.values()];
  if (plots.length === 0) return;
  const dpr = window.devicePixelRatio || 1;
  const width = Math.max(...plots.map((p) => p.plot.ctx.canvas.width)) + 40 * dpr;
  const heights = plots.map((p) => p.plot.ctx.canvas.height + 56 * dpr);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = heights.reduce((a, b) => a + b, 0) + 70 * dpr;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "#000";
  ctx.font = `${16 * dpr}px system-ui, sans-serif`;
  ctx.fillText(title, 20 * dpr, 26 * dpr);
  let y = 40 * dpr;
  for (const [i, p] of plots.entries()) {
    ctx.fillStyle = "#000";
    ctx.font = `bold ${13 * dpr}px system-ui, sans-serif`;
    ctx.fillText(`${p.layout.def.title} (${p.layout.units.join(", ")})`, 20 * dpr, y + 16 * dpr);
    let x = 20 * dpr;
    ctx.font = `${11 * dpr}px system-ui, sans-serif`;
    for (const [k, s] of p.layout.series.entries()) {
      const { stroke } = seriesStyle(k);
      ctx.fillStyle = stroke;
      ctx.fillRect(x, y + 26 * dpr, 14 * dpr, 4 * dpr);
      ctx.fillStyle = "#000";
      ctx.fillText(s.label, x + 18 * dpr, y + 32 * dpr);
      x += ctx.measureText(s.label).width + 34 * dpr;
    }
    ctx.drawImage(p.plot.ctx.canvas, 20 * dpr, y + 40 * dpr);
    y += heights[i]!;
  }
  ctx.fillStyle = "#333";
  ctx.font = `${12 * dpr}px system-ui, sans-serif`;
  ctx.fillText(NOTE, 20 * dpr, y + 30 * dpr);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob) save(blob, `${name}-plots.png`);
}
