import { readFileSync } from "node:fs";
import { join } from "node:path";
import { simulateArms } from "../compare.ts";
import { buildComparisonSummary, type ComparisonSummary, comparisonCsv } from "../report/compare.ts";
import { timeseriesCsv } from "../report/csv.ts";
import type { WithdrawalMetric } from "../report/metrics.ts";
import { buildSummary, type Summary } from "../report/summary.ts";
import { locateInText, ScenarioError, showPath } from "../scenario/index.ts";
import type { ResolvedScenario } from "../scenario/types.ts";
import { ModelInputError, simulate } from "../simulate.ts";
import { loadScenarioFile } from "./load.ts";
import { makeProgress } from "./progress.ts";
import { writeFilesAtomically } from "./write-atomic.ts";

/** Every file `run` can write; those a run does not write are removed from its folder. */
const OUTPUT_NAMES = ["timeseries.csv", "summary.json", "figure.svg", "figure.png"];

export interface RunOptions {
  readonly out?: string;
  readonly png?: boolean;
  readonly json?: boolean;
}

/** What `run` produced: the summary written and where. */
export interface RunOutcome {
  readonly summary: Summary | ComparisonSummary;
  readonly dir: string;
  readonly written: string[];
}

/**
 * `accumbens run FILE`: simulate (every arm, for a comparison), then write timeseries.csv, summary.json,
 * figure.svg (and figure.png) together. All content is produced in memory before anything touches the
 * disk, so a failure leaves no output behind.
 */
export async function runCommand(file: string, options: RunOptions): Promise<RunOutcome> {
  const scenario = loadScenarioFile(file);
  const figures = await import("../report/figure.ts"); // jsdom is heavy: load it only to draw
  const progress = makeProgress(scenario.name, scenario.duration_h * Math.max(1, scenario.arms?.length ?? 0));
  let csv: string;
  let summary: Summary | ComparisonSummary;
  let svg: string;
  try {
    if ((scenario.arms ?? []).length > 0) {
      let done = 0;
      const c = simulateArms(scenario, {
        onProgress: (t) => {
          progress.update(done + t);
          if (t >= scenario.duration_h) done += scenario.duration_h;
        },
      });
      [csv, summary, svg] = [comparisonCsv(c), buildComparisonSummary(c), figures.comparisonFigureSvg(c)];
    } else {
      const result = simulate(scenario, { onProgress: (t) => progress.update(t) });
      [csv, summary, svg] = [timeseriesCsv(result), buildSummary(result), figures.figureSvg(result)];
    }
  } catch (err) {
    if (err instanceof ModelInputError) throw located(file, err);
    throw err;
  } finally {
    progress.stop();
  }
  const files = new Map<string, string | Uint8Array>([
    ["timeseries.csv", csv],
    ["summary.json", `${JSON.stringify(summary, null, 2)}\n`],
    ["figure.svg", svg],
  ]);
  if (options.png) files.set("figure.png", (await import("../report/png.ts")).svgToPng(svg));
  const dir = options.out ?? join("out", scenario.name);
  writeFilesAtomically(dir, files, OUTPUT_NAMES);
  return { summary, dir, written: [...files.keys()] };
}

/** A problem the model found in a parsed scenario, placed at its line and column in the file. */
function located(file: string, err: ModelInputError): ScenarioError {
  const { line, col } = locateInText(readFileSync(file, "utf8"), err.path);
  return new ScenarioError([
    {
      file,
      line,
      col,
      path: showPath(err.path),
      value: err.value,
      message: err.message,
      accepted: err.accepted,
    },
  ]);
}

/** The short human summary printed to stdout. */
export function formatRunSummary(outcome: RunOutcome): string {
  const { summary, dir, written } = outcome;
  const sc = summary.scenario as ResolvedScenario;
  const lines = [`${sc.name}: ${sc.description}`];
  if ("arms" in summary) {
    for (const arm of summary.arms) {
      lines.push(`  arm ${arm.name}: ${statsLine(arm.statistics)}`);
      for (const [k, v] of Object.entries(arm.metrics)) {
        if (ARM_METRICS.test(k) && worthShowing(v)) lines.push(`    ${k}: ${formatMetric(v)}`);
      }
    }
    for (const c of summary.comparison) {
      const order = c.by_time_of_peak.map((r) => `${r.arm} ${(60 * r.time_h!).toFixed(1)} min`).join(" · ");
      const absent = c.absent_in.length > 0 ? ` (none in: ${c.absent_in.join(", ")})` : "";
      lines.push(`  ${c.column} peaks, earliest first: ${order}${absent}`);
    }
  } else {
    lines.push(
      `  ${sc.duration_h} h simulated with ${summary.solver.method} (rtol ${summary.solver.rtol.toExponential()}): ${statsLine(summary.solver.statistics)}`,
    );
    for (const [k, v] of Object.entries(summary.metrics)) {
      if (HUMAN_METRICS.test(k) && worthShowing(v)) lines.push(`  ${k}: ${formatMetric(v)}`);
    }
  }
  lines.push(`  wrote ${written.join(", ")} in ${dir}`);
  const all = [sc, ...(sc.arms ?? [])].flatMap((a) => [...a.doses, ...a.triggered]);
  if (all.some((d) => ILLICIT.has(d.drug))) {
    lines.push(SAFETY_NOTE);
  }
  return lines.join("\n");
}

/** Drugs of the street supply: a run with any of them ends with the safety note. */
const ILLICIT = new Set(["heroin", "fentanyl", "carfentanil"]);
const SAFETY_NOTE =
  "  Educational model, not a dosing guide: no dose of street opioids is safe, and fentanyl in the supply makes " +
  "any dose unpredictable. Help: US National Helpline 1-800-662-4357 · 988 · FindTreatment.gov";

/** Metrics printed to the terminal (summary.json has them all). */
const HUMAN_METRICS =
  /^(.*_brain_nm_peak|.*_plasma_ng_ml_peak|mor_occupancy_total_peak|dopamine_nacc_rel_peak|euphoria_frac_peak|pupil_mm_min|ventilation_l_min_min|pao2_mmhg_min|brain_po2_mmhg_min|brain_po2_below_\d+_mmhg_min|cardiac_arrest|withdrawal|tolerance_breathing_end)$/;

/** Per-arm metrics printed for comparisons. */
const ARM_METRICS =
  /^(mor_occupancy_total_peak|dopamine_nacc_rel_peak|ventilation_l_min_min|brain_po2_below_\d+_mmhg_min|cardiac_arrest|withdrawal)$/;

/** Leaves out a withdrawal that never happened (an overdose scenario has no use for "none"). */
function worthShowing(v: unknown): boolean {
  const w = v as Partial<WithdrawalMetric> | null;
  return !(typeof w === "object" && w !== null && w.peak_band !== undefined && w.onset_h === null);
}

/** Hours as people read them: minutes under 2 h, hours under 2 days, days after. */
function duration(h: number): string {
  if (h < 2) return `${(60 * h).toFixed(1)} min`;
  if (h < 48) return `${h.toFixed(1)} h`;
  return `${(h / 24).toFixed(1)} d`;
}

function formatMetric(v: unknown): string {
  if (typeof v === "number") return v.toPrecision(4);
  const w = v as Partial<WithdrawalMetric>;
  if (w.peak_band !== undefined) {
    if (w.onset_h === null) return `none (peak COWS ${w.peak!.toFixed(1)})`;
    const a = w.onset_after_last_agonist_h;
    // The first onset is the one after the last dose unless an earlier episode came before that dose.
    const sameEpisode = w.onset_h! > w.last_agonist_h!;
    const after =
      a == null
        ? ""
        : sameEpisode
          ? `, ${duration(a)} after the last opioid dose`
          : `; again ${duration(a)} after the last opioid dose`;
    const end =
      w.resolution_h == null ? "not resolved by the end" : `resolved at ${duration(w.resolution_h)}`;
    return `COWS ≥ ${w.threshold} from ${duration(w.onset_h!)}${after}; peak ${w.peak!.toFixed(1)} (${w.peak_band}) at ${duration(w.peak_time_h!)}; ${end}`;
  }
  const m = v as { peak?: number; min?: number; occurred?: boolean; time_h: number | null };
  if (m.occurred !== undefined) return m.occurred ? `yes, at ${(60 * m.time_h!).toFixed(1)} min` : "no";
  const value = m.peak ?? m.min ?? Number.NaN;
  return `${value.toPrecision(4)} at ${(60 * m.time_h!).toFixed(1)} min`;
}

function statsLine(s: Summary["solver"]["statistics"]): string {
  return `${s.steps} steps, ${s.rejected_steps} rejected, ${s.rhs_evaluations} RHS evaluations, ${s.wall_ms.toFixed(1)} ms`;
}
