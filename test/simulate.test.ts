import { describe, expect, it } from "vitest";
import { parseScenario } from "../src/scenario/index.ts";
import { simulate } from "../src/simulate.ts";
import { memoryIo } from "./scenario/helpers.ts";

const io = memoryIo({});

/** Heroin with a second dose triggered by an output column, so the trigger's column is exercised too. */
const SCENARIO = parseScenario(
  [
    "name: columns",
    "duration_h: 6",
    "output_step_min: 5",
    "model: { breathing: false }",
    "doses:",
    "  - { drug: heroin, route: iv, amount_mg: 15, at_h: 0.5 }",
    "  - { drug: naloxone, route: intranasal, amount_mg: 4, when: { output: mor_occupancy_total, above: 0.3 } }",
  ].join("\n"),
  "columns.yaml",
  io,
);

describe("simulate: the columns option", () => {
  const all = simulate(SCENARIO);

  it("computes every column when omitted", () => {
    expect(all.columns.length).toBeGreaterThan(20);
    expect(all.columns.map((c) => c.name)).toContain("mor_occupancy_total");
  });

  it("returns only the named columns, in the model's order, with the same values", () => {
    // Same solution, same arithmetic per cell: the values are identical, not merely close.
    const wanted = ["dopamine_nacc_rel", "heroin_brain_nm", "cows_total"];
    const some = simulate(SCENARIO, { columns: wanted });
    const order = all.columns.map((c) => c.name).filter((n) => wanted.includes(n));
    expect(some.columns.map((c) => c.name)).toEqual(order);
    for (const c of some.columns) {
      expect(c.values).toEqual(all.columns.find((a) => a.name === c.name)!.values);
    }
    expect(some.time_h).toEqual(all.time_h);
    expect(some.finals).toEqual(all.finals);
    expect(some.stats.steps).toBe(all.stats.steps);
  });

  it("fires a trigger on a column it does not return", () => {
    const none = simulate(SCENARIO, { columns: [] });
    expect(none.columns).toEqual([]);
    expect(none.events).toEqual(all.events);
    const fired = all.events.filter((e) => e.type === "trigger");
    expect(fired.map((e) => e.detail)).toEqual(["doses[1]: mor_occupancy_total above 0.3"]);
  });

  it("lists every administration: the scheduled dose, then the one the condition gave at its firing time", () => {
    const fired = all.events.find((e) => e.type === "trigger")!;
    expect(all.given).toEqual([
      { drug: "heroin", source: "doses[0]", time_h: 0.5 },
      { drug: "naloxone", source: "doses[1]", time_h: fired.time },
    ]);
  });

  it("ignores names the model does not produce (breathing is off here)", () => {
    const some = simulate(SCENARIO, { columns: ["sao2_pct", "pupil_mm"] });
    expect(some.columns.map((c) => c.name)).toEqual(["pupil_mm"]);
  });
});
