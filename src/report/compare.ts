import type { ComparisonResult } from "../compare.ts";
import type { SeriesColumn, SimulationResult } from "../simulate.ts";
import { ENGINE_VERSION } from "../version.ts";
import { peakOf } from "./metrics.ts";
import { sha256Hex } from "./sha256.ts";
import { buildSummary } from "./summary.ts";

/**
 * The arms' time series side by side: `time_h`, then every column of every arm named `<arm>.<column>`
 * (arms in file order, each arm's columns in the model's order). All arms share the output grid.
 */
export function comparisonCsv(c: ComparisonResult): string {
  const first = c.arms[0]!.result;
  const columns: SeriesColumn[] = c.arms.flatMap(({ name, result }) =>
    result.columns.map((col) => ({ ...col, name: `${name}.${col.name}` })),
  );
  const lines = [["time_h", ...columns.map((x) => x.name)].join(",")];
  for (let r = 0; r < first.time_h.length; r++) {
    lines.push([String(first.time_h[r]), ...columns.map((x) => String(x.values[r]))].join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** summary.json of a comparison: provenance once, then each arm's statistics, events and metrics. */
export function buildComparisonSummary(c: ComparisonResult) {
  const { method, rtol, atol, max_steps } = c.scenario.solver;
  return {
    engine: { name: "accumbens", version: ENGINE_VERSION },
    scenario_sha256: sha256Hex(JSON.stringify(c.scenario)),
    scenario: c.scenario,
    solver: { method, rtol, atol, max_steps },
    arms: c.arms.map(({ name, result }) => {
      const s = buildSummary(result);
      return { name, statistics: s.solver.statistics, events: s.events, metrics: s.metrics };
    }),
    comparison: peakOrder(c),
  };
}

export type ComparisonSummary = ReturnType<typeof buildComparisonSummary>;

/**
 * For every brain concentration column: the arms ordered by the time of its peak (arms where it never
 * rises above zero are listed as absent). This is the teaching point of a route comparison.
 */
export function peakOrder(c: ComparisonResult) {
  const names = [...new Set(c.arms.flatMap((a) => a.result.columns.map((x) => x.name)))].filter((n) =>
    n.endsWith("_brain_nm"),
  );
  return names.map((column) => {
    const rows = c.arms.map(({ name, result }) => {
      const c = result.columns.find((x) => x.name === column);
      const m = c ? peakOf(c, result.time_h) : undefined;
      return m && m.peak > 0
        ? { arm: name, peak: m.peak, time_h: m.time_h }
        : { arm: name, peak: 0, time_h: null };
    });
    const present = rows
      .filter((r) => r.time_h !== null)
      // A stable sort: equal times keep the file's arm order.
      .sort((a, b) => a.time_h! - b.time_h!);
    return {
      column,
      by_time_of_peak: present,
      absent_in: rows.filter((r) => r.time_h === null).map((r) => r.arm),
    };
  });
}

/** A one-arm view for tests and callers that need a plain result. */
export function armResult(c: ComparisonResult, arm: string): SimulationResult {
  const found = c.arms.find((a) => a.name === arm);
  if (!found) throw new RangeError(`no arm ${arm}; have ${c.arms.map((a) => a.name).join(", ")}`);
  return found.result;
}
