import { beforeAll, describe, expect, it } from "vitest";
import { rodas4, rodas5p, ros34pw2 } from "../../src/solver/rosenbrock.ts";
import type { OdeSolver, SolverOptions } from "../../src/solver/types.ts";
import { rober, runStiff, type StiffRun, stiffProblems } from "./problems/stiff.ts";

// The Bari test set's stiff problems at three tolerances. The committed record of these numbers is
// test/solver/scd-table.md, regenerated with `npx tsx bench/scd-table.ts`; this test asserts the properties
// that must not regress and prints the same table.

const methods: readonly { name: string; make: (n: number, o: SolverOptions) => OdeSolver }[] = [
  { name: "rodas4", make: rodas4 },
  { name: "rodas5p", make: rodas5p },
  { name: "ros34pw2", make: ros34pw2 },
];
const rtols = [1e-4, 1e-6, 1e-8] as const;

// Floor on the mixed-error digits: at least (−log10 rtol) − 2. Observed margins are ≥ 0.5 digit for every
// problem × method (OREGO with ros34pw2 is the tightest: 2.6, 4.7, 6.7).
const floor = (rtol: number) => -Math.log10(rtol) - 2;

describe.each(stiffProblems)("$name (Bari test set)", (problem) => {
  describe.each(methods)("$name", ({ name, make }) => {
    let runs: StiffRun[] = [];
    beforeAll(() => {
      runs = rtols.map((rtol) => runStiff(problem, make, rtol));
    });

    it("reaches the floor of significant digits at each tolerance", () => {
      const table = runs.map((r, i) => ({
        rtol: rtols[i],
        scd: +r.scd.toFixed(2),
        mescd: +r.mescd.toFixed(2),
        steps: r.stats.steps,
        rejected: r.stats.rejected,
      }));
      console.log(`${problem.name} ${name}\n${JSON.stringify(table)}`);
      runs.forEach((r, i) => {
        expect(r.mescd).toBeGreaterThan(floor(rtols[i]!));
      });
    });

    it("gains digits as the tolerance tightens", () => {
      expect(runs[1]!.mescd).toBeGreaterThan(runs[0]!.mescd + 0.5);
      expect(runs[2]!.mescd).toBeGreaterThan(runs[1]!.mescd + 0.5);
      expect(runs[1]!.stats.steps).toBeGreaterThan(runs[0]!.stats.steps);
      expect(runs[2]!.stats.steps).toBeGreaterThan(runs[1]!.stats.steps);
    });

    if (problem === rober) {
      it("integrates ROBER to t = 1e11 in a few hundred steps at rtol 1e-6 and keeps y1 + y2 + y3 = 1", () => {
        const r = runs[1]!;
        expect(r.stats.steps).toBeLessThan(2000);
        // Rosenbrock stages are linear in f and J, so the linear invariant holds to rounding.
        for (const run of runs) expect(Math.abs(run.y[0]! + run.y[1]! + run.y[2]! - 1)).toBeLessThan(1e-12);
      });
    }
  });
});
