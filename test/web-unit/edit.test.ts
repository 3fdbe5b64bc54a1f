import { describe, expect, it } from "vitest";
import { BREATHING_SIGNALS } from "../../src/scenario/signals.ts";
import { addPrimary, BREATHING_COLUMNS, primaryDose, setPrimary } from "../../web/src/scenario/edit.ts";
import type { RawScenario } from "../../web/src/scenario/raw.ts";

const routesOf = () => ["iv", "intranasal"];
const naloxoneOnly: RawScenario = {
  name: "naloxone-only",
  duration_h: 2,
  doses: [{ drug: "naloxone", route: "intranasal", amount_mg: 4, at_h: 0 }],
};

describe("the opioid taken", () => {
  it("is not added by a slider edit to a scenario without one", () => {
    expect(setPrimary(naloxoneOnly, { amount_mg: 50 }, routesOf)).toBe(naloxoneOnly);
    expect(setPrimary(naloxoneOnly, { drug: "morphine" }, routesOf)).toBe(naloxoneOnly);
  });

  it("is added first, and only once, on request", () => {
    const added = addPrimary(naloxoneOnly);
    expect(added.doses?.map((d) => d.drug)).toEqual(["heroin", "naloxone"]);
    expect(primaryDose(added)?.amount_mg).toBe(20);
    expect(addPrimary(added)).toBe(added);
    expect(naloxoneOnly.doses).toHaveLength(1);
  });
});

describe("the breathing columns", () => {
  it("are the engine's breathing signals (a copy, kept out of the main-thread bundle)", () => {
    expect(BREATHING_COLUMNS).toEqual([...BREATHING_SIGNALS]);
  });
});
