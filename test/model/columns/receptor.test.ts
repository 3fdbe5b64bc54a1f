import { describe, expect, it } from "vitest";
import { tracerOccupancy } from "../../../src/model/columns/receptor.ts";
import { parseScenario } from "../../../src/scenario/index.ts";
import { simulate } from "../../../src/simulate.ts";
import { memoryIo } from "../../scenario/helpers.ts";

describe("mor_tracer_occupancy (what a PET study reports)", () => {
  it("is 0 drug-free, 1 with every receptor bound, and the fall in free receptors between", () => {
    expect(tracerOccupancy(0.05, 0.05)).toBe(0);
    expect(tracerOccupancy(1, 0.05)).toBe(1);
    expect(tracerOccupancy(0.525, 0.05)).toBeCloseTo(0.5, 12);
  });

  it("clamps solver round-off outside [0, 1]", () => {
    expect(tracerOccupancy(0.05 - 1e-15, 0.05)).toBe(0);
    expect(tracerOccupancy(1 + 1e-15, 0.05)).toBe(1);
  });

  it("in a run: 0 before the dose, and the drug's share of the tone-free receptors after it", () => {
    const r = simulate(
      parseScenario(
        `
name: tracer
duration_h: 3
output_step_min: 30
model: { breathing: false }
doses: [{ drug: naltrexone, route: oral, form: hcl, amount_mg: 50, at_h: 1 }]
`,
        "test.yaml",
        memoryIo({}),
      ),
    );
    const col = (name: string) => r.columns.find((c) => c.name === name)!.values;
    const tracer = col("mor_tracer_occupancy");
    const total = col("mor_occupancy_total");
    const rest = total[0]!;
    expect(tracer[0]).toBe(0);
    const last = r.time_h.length - 1;
    expect(tracer[last]).toBeGreaterThan(0.5);
    expect(tracer[last]).toBeCloseTo(1 - (1 - total[last]!) / (1 - rest), 12);
  });
});
