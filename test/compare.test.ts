import { describe, expect, it } from "vitest";
import { simulateArms } from "../src/compare.ts";
import { buildComparisonSummary, comparisonCsv } from "../src/report/compare.ts";
import { parseScenario } from "../src/scenario/index.ts";
import { simulate } from "../src/simulate.ts";
import { memoryIo } from "./scenario/helpers.ts";

const TEXT = `name: cmp
duration_h: 4
output_step_min: 5
doses:
  - { drug: morphine, route: iv, amount_mg: 2, at_h: 0 }
arms:
  - name: more
    doses: [{ drug: morphine, route: iv, amount_mg: 8, at_h: 1 }]
  - name: oral
    description: swallowed instead
    doses: [{ drug: morphine, route: oral, amount_mg: 8, at_h: 1 }]
`;

describe("arms (comparisons)", () => {
  const scenario = parseScenario(TEXT, "cmp.yaml", memoryIo({}));

  it("resolves each arm as the shared doses plus its own", () => {
    expect(scenario.doses).toHaveLength(1);
    expect(scenario.arms!.map((a) => [a.name, a.doses.map((d) => [d.route, d.amount_mg, d.time_h])])).toEqual(
      [
        [
          "more",
          [
            ["iv", 2, 0],
            ["iv", 8, 1],
          ],
        ],
        [
          "oral",
          [
            ["iv", 2, 0],
            ["oral", 8, 1],
          ],
        ],
      ],
    );
  });

  it("runs each arm exactly as the equivalent single scenario", () => {
    const c = simulateArms(scenario);
    const single = simulate({ ...scenario, doses: scenario.arms![1]!.doses, arms: [] });
    const arm = c.arms[1]!.result;
    for (const col of single.columns) {
      expect(arm.columns.find((x) => x.name === col.name)!.values).toEqual(col.values);
    }
  });

  it("writes arm-prefixed columns on the shared grid and orders brain peaks", () => {
    const c = simulateArms(scenario);
    const header = comparisonCsv(c).split("\n")[0]!.split(",");
    expect(header[0]).toBe("time_h");
    expect(header).toContain("more.morphine_plasma_ng_ml");
    expect(header).toContain("oral.morphine_brain_nm");
    const s = buildComparisonSummary(c);
    expect(s.arms.map((a) => a.name)).toEqual(["more", "oral"]);
    const brain = s.comparison.find((x) => x.column === "morphine_brain_nm")!;
    expect(brain.by_time_of_peak.map((r) => r.arm).sort()).toEqual(["more", "oral"]);
  });

  it("rejects duplicate arm names and bad doses inside arms with located errors", () => {
    const bad = TEXT.replace("name: oral", "name: more").replace("route: oral", "route: smoked");
    expect(() => parseScenario(bad, "cmp.yaml", memoryIo({}))).toThrow(
      /cmp\.yaml:9:11 arms\[1\]\.name: duplicate arm name "more"[\s\S]*cmp\.yaml:11:\d+ arms\[1\]\.doses\[0\]\.route: morphine has no data for route smoked/,
    );
  });
});
