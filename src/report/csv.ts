import type { SimulationResult } from "../simulate.ts";

/**
 * The time series as CSV: header `time_h,<column>…`, one row per output time, `\n` line endings, numbers
 * in their shortest round-trip form (so the file is byte-identical for identical results).
 *
 * @example
 * timeseriesCsv(result).split("\n")[0] // "time_h,morphine_plasma_ng_ml"
 */
export function timeseriesCsv(result: Pick<SimulationResult, "time_h" | "columns">): string {
  const { time_h, columns } = result;
  const lines = new Array<string>(time_h.length + 1);
  lines[0] = ["time_h", ...columns.map((c) => c.name)].join(",");
  const cells = new Array<string>(columns.length + 1);
  for (let r = 0; r < time_h.length; r++) {
    cells[0] = String(time_h[r]);
    for (let c = 0; c < columns.length; c++) cells[c + 1] = String(columns[c]!.values[r]);
    lines[r + 1] = cells.join(",");
  }
  return `${lines.join("\n")}\n`;
}
