import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../src/cli/load.ts";
import { simulateArms } from "../src/compare.ts";
import { simulate } from "../src/simulate.ts";

const DIR = resolve(import.meta.dirname, "../scenarios");

describe("example scenarios", () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".yaml"))) {
    it(`${file} loads and simulates to finite outputs`, () => {
      const scenario = loadScenarioFile(join(DIR, file));
      const results =
        (scenario.arms ?? []).length > 0
          ? simulateArms(scenario).arms.map((a) => a.result)
          : [simulate(scenario)];
      for (const result of results) {
        expect(result.columns.length).toBeGreaterThan(0);
        for (const c of result.columns) expect(c.values.every(Number.isFinite)).toBe(true);
      }
    });
  }

  it("the NONMEM table gives the same doses as the equivalent YAML regimen", () => {
    const csv = loadScenarioFile(join(DIR, "morphine-nonmem.yaml"));
    expect(csv.doses.map((d) => [d.time_h, d.amount_mg, d.route, d.duration_h])).toEqual([
      [0, 10, "iv", 0],
      [6, 5, "iv_infusion", 0.5],
      [12, 5, "iv_infusion", 0.5],
      [18, 5, "iv_infusion", 0.5],
    ]);
  });
});
