import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { ResolvedScenario } from "../scenario/types.ts";
import { type SimulationResult, simulate } from "../simulate.ts";
import { judgeTarget } from "../validation/judge.ts";
import { type TargetResult, targetSchema, type ValidationTarget } from "../validation/target.ts";
import { loadScenarioFile } from "./load.ts";

/** The repository's `validation/` folder. */
export const VALIDATION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../validation");

/** A target file with where it came from. */
export interface LoadedTarget {
  readonly file: string;
  readonly target: ValidationTarget;
}

/** Reads every `*.yaml` target in `dir` (sorted by file name); a malformed one throws naming the file. */
export function loadTargets(dir = VALIDATION_DIR): LoadedTarget[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const parsed = targetSchema.safeParse(parseYaml(readFileSync(file, "utf8")));
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
        throw new Error(`${file}: invalid validation target\n  ${issues.join("\n  ")}`);
      }
      return { file, target: parsed.data };
    });
}

/**
 * Simulations already run in this process, keyed by the resolved scenario itself (not its file name, so an
 * edited file is never served a stale run): many targets read the same run (the FDA trajectory is eleven
 * targets on two runs), and the same scenario always gives the same result.
 */
const runs = new Map<string, SimulationResult>();

/** Runs one loaded target. */
export function runTarget({ file, target }: LoadedTarget): TargetResult {
  const path = (rel: string) => resolve(dirname(file), rel);
  const here = (rel: string) => loadScenarioFile(path(rel));
  const reference = target.relative_to ? here(target.relative_to.scenario) : undefined;
  const run = (scenario: ResolvedScenario) => {
    const key = JSON.stringify(scenario);
    let result = runs.get(key);
    if (!result) {
      result = simulate(scenario);
      runs.set(key, result);
    }
    return result;
  };
  return judgeTarget(target, here(target.scenario), reference, run);
}

/** "Authors year" for the table: the source up to its first comma or parenthesis, at most 32 characters. */
function shortSource(source: string): string {
  const head = source.split(/[,(]/)[0]!.trim();
  return head.length <= 32 ? head : `${head.slice(0, 31)}…`;
}

/** Fixed-width table for people: target, source, observed, simulated, tolerance, verdict. */
export function formatTable(results: readonly TargetResult[]): string {
  const fmt = (x: number) =>
    Math.abs(x) >= 1000 || Math.abs(x) < 0.01 ? x.toExponential(3) : x.toPrecision(4);
  const rows = results.map((r) => [
    r.id,
    shortSource(r.source),
    `${fmt(r.observed)} ${r.unit}`,
    `${fmt(r.simulated)} ${r.unit}`,
    `[${fmt(r.tolerance.low)}, ${fmt(r.tolerance.high)}]`,
    r.passed ? "pass" : r.knownGap ? "known gap" : "FAIL",
  ]);
  const header = ["target", "source", "observed", "simulated", "tolerance", "verdict"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const passed = results.filter((r) => r.passed).length;
  const gaps = results.filter((r) => r.knownGap).length;
  const failed = results.length - passed - gaps;
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `${passed} passed, ${failed} failed, ${gaps} known gaps`,
  ].join("\n");
}
