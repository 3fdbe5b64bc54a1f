/**
 * `npm run bench`: solver statistics (exact, deterministic counters: the regression signal) and median
 * wall times (advisory only on a shared 2-core machine) for the test problems and engine scenarios.
 */
import { benchDopri5 } from "./dopri5.ts";
import { benchRespiration } from "./respiration.ts";
import { benchScenarios } from "./scenarios.ts";
import { benchSolvers } from "./solvers.ts";

function table(rows: ReadonlyArray<Record<string, string | number>>): string {
  if (rows.length === 0) return "";
  const keys = Object.keys(rows[0]!);
  const cell = (v: string | number) => {
    if (typeof v !== "number" || Number.isInteger(v)) return String(v);
    return Math.abs(v) < 0.01 ? v.toExponential(0) : v.toFixed(3);
  };
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r[k]!).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
  return [
    line(keys),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map((r) => line(keys.map((k) => cell(r[k]!)))),
  ].join("\n");
}

console.log("Stiff test set (Bari), Rosenbrock methods, rtol 1e-6 — medians of 5 runs\n");
console.log(table(benchSolvers().map((r) => ({ ...r }))));
console.log("\nNon-stiff problems with exact solutions, DOPRI5, rtol 1e-6 — medians of 5 runs\n");
console.log(table(benchDopri5().map((r) => ({ ...r }))));
console.log(
  "\nEngine scenarios (parse once; model + driver + outputs per run) — medians of 7 runs. Targets: the 90-min\n" +
    "overdose-and-rescue run < 50 ms (issue 4); 60 days × 4 × 25 mg IV heroin/day < 200 ms (issue 5, with its model)\n",
);
console.log(table(benchScenarios().map((r) => ({ ...r }))));
console.log(
  "\nBreathing, blood gases and circulation (FDA physiology port, test harness with fentanyl 1.625 mg IV) — medians of 7 runs\n",
);
console.log(table(benchRespiration().map((r) => ({ ...r }))));
