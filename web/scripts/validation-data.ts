/**
 * Writes web/public/validation.json: every published observation in validation/ with the model's value,
 * for the Explorer's Validation page and its "Evidence" links. Run at build time (`npm run build:web`);
 * deterministic (targets sorted by file name, no timestamps, no wall times).
 *
 * Usage: node --import tsx/esm web/scripts/validation-data.ts [out.json]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { loadTargets, runTarget, VALIDATION_DIR } from "../../src/cli/validate.ts";
import { ENGINE_VERSION } from "../../src/index.ts";
import type { Metric } from "../../src/validation/target.ts";

/** The output columns a metric reads (none for metrics on the final state or events). */
function columnsOf(metric: Metric): string[] {
  const out: string[] = [];
  if ("column" in metric) out.push(metric.column);
  if ("peak_of" in metric) out.push(metric.peak_of);
  if (metric.kind === "withdrawal") out.push("cows_total");
  if (metric.kind === "clearance_l_h") out.push(`${metric.drug}_plasma_ng_ml`);
  if (metric.kind === "fentanyl_c50_ng_ml" || metric.kind === "isohypercapnic_nadir_frac") {
    out.push("ventilation_l_min");
  }
  if (metric.kind === "event_time_h" || metric.kind === "event_count") out.push("cardiac_output_l_min");
  return out;
}

const out = process.argv[2] ?? join(import.meta.dirname, "../public/validation.json");
const repo = join(VALIDATION_DIR, "..");
const targets = loadTargets().map((loaded) => {
  const r = runTarget(loaded);
  const t = loaded.target;
  return {
    id: r.id,
    title: r.title,
    source: r.source,
    confidence: t.confidence,
    file: relative(repo, loaded.file),
    scenario: relative(repo, join(dirname(loaded.file), t.scenario)),
    metric: t.metric.kind,
    columns: columnsOf(t.metric),
    relative: t.relative_to !== undefined,
    observed: r.observed,
    simulated: r.simulated,
    unit: r.unit,
    tolerance: r.tolerance,
    passed: r.passed,
    known_gap: r.knownGap,
    note: r.note,
  };
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ engine_version: ENGINE_VERSION, targets }, null, 1)}\n`);
const passed = targets.filter((t) => t.passed).length;
const gaps = targets.filter((t) => t.known_gap).length;
console.error(
  `validation.json: ${targets.length} targets (${passed} pass, ${gaps} known gaps) → ${relative(process.cwd(), out)}`,
);
