import { join } from "node:path";
import { timeseriesCsv } from "../report/csv.ts";
import { buildSummary, type Summary } from "../report/summary.ts";
import { ModelInputError, simulate } from "../simulate.ts";
import { loadScenarioFile } from "./load.ts";
import { makeProgress } from "./progress.ts";
import { writeFilesAtomically } from "./write-atomic.ts";

export interface RunOptions {
  readonly out?: string;
  readonly png?: boolean;
  readonly json?: boolean;
}

/**
 * `accumbens run FILE`: simulate, then write timeseries.csv, summary.json, figure.svg (and figure.png)
 * together. All content is produced in memory before anything touches the disk, so a failure leaves no
 * output behind. Returns the summary and the folder written.
 */
export async function runCommand(
  file: string,
  options: RunOptions,
): Promise<{ summary: Summary; dir: string; written: string[] }> {
  const scenario = loadScenarioFile(file);
  const progress = makeProgress(scenario.name, scenario.duration_h);
  let result: ReturnType<typeof simulate>;
  try {
    result = simulate(scenario, { onProgress: (t) => progress.update(t) });
  } catch (err) {
    if (err instanceof ModelInputError) throw new ModelInputError(`${file}: ${err.message}`);
    throw err;
  } finally {
    progress.stop();
  }
  const summary = buildSummary(result);
  // jsdom and resvg are loaded only when a figure is drawn: they dominate start-up time.
  const { figureSvg } = await import("../report/figure.ts");
  const svg = figureSvg(result);
  const files = new Map<string, string | Uint8Array>([
    ["timeseries.csv", timeseriesCsv(result)],
    ["summary.json", `${JSON.stringify(summary, null, 2)}\n`],
    ["figure.svg", svg],
  ]);
  if (options.png) files.set("figure.png", (await import("../report/png.ts")).svgToPng(svg));
  const dir = options.out ?? join("out", scenario.name);
  writeFilesAtomically(dir, files);
  return { summary, dir, written: [...files.keys()] };
}

/** The short human summary printed to stdout. */
export function formatRunSummary(summary: Summary, dir: string, written: readonly string[]): string {
  const s = summary.solver.statistics;
  const lines = [
    `${summary.scenario.name}: ${summary.scenario.description}`,
    `  ${summary.scenario.duration_h} h simulated with ${summary.solver.method} (rtol ${summary.solver.rtol.toExponential()}): ` +
      `${s.steps} steps, ${s.rejected_steps} rejected, ${s.rhs_evaluations} RHS evaluations, ${s.wall_ms.toFixed(1)} ms`,
  ];
  for (const [k, v] of Object.entries(summary.metrics)) {
    if (typeof v === "number") lines.push(`  ${k}: ${v.toPrecision(4)}`);
    else lines.push(`  ${k}: ${v.peak.toPrecision(4)} at ${v.time_h.toFixed(2)} h`);
  }
  lines.push(`  wrote ${written.join(", ")} in ${dir}`);
  return lines.join("\n");
}
