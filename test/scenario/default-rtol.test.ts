import { describe, expect, it } from "vitest";
import { parseScenario, simulate } from "../../src/index.ts";
import { memoryIo } from "./helpers.ts";

const regimen = (hours: number, solver = "") => `name: regular-use
duration_h: ${hours}
output_step_min: 10
subject: { weight_kg: 70, sex: male, opioid_history: naive }
model: { breathing: false }
${solver}
doses:
  - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0, repeat: { every_h: 6, count: ${Math.floor(hours / 6) - 1} } }
`;
const parse = (text: string) => parseScenario(text, "regular-use.yaml", memoryIo({}));

// Which rtol a scenario gets by default is checked with literal values in parse.test.ts.
describe("the default relative tolerance for long runs", () => {
  it("keeps a long regular regimen within 0.3 % of each level's peak of a tight reference, the rush within 2 %", () => {
    const loose = simulate(parse(regimen(96)));
    const tight = simulate(parse(regimen(96, "solver: { rtol: 1e-9 }")));
    // Largest |loose − tight| over the run as a fraction of the column's peak.
    const error = (name: string) => {
      const a = tight.columns.find((x) => x.name === name)!.values;
      const b = loose.columns.find((x) => x.name === name)!.values;
      let peak = 0;
      let diff = 0;
      for (let i = 0; i < a.length; i++) {
        peak = Math.max(peak, Math.abs(a[i]!));
        diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
      }
      return peak > 0 ? diff / peak : diff;
    };
    // The rush is a rate, kD·(F(G) − D): a difference of two states, so their error is amplified (measured 1.7 %).
    const RATE = "dopamine_rise_rel_per_min";
    for (const c of tight.columns) {
      if (c.name !== RATE) expect(error(c.name), c.name).toBeLessThan(0.003);
    }
    expect(error(RATE)).toBeLessThan(0.02);
  });
});
