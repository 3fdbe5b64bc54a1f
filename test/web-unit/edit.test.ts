import { describe, expect, it } from "vitest";
import { BREATHING_SIGNALS } from "../../src/scenario/signals.ts";
import { addPrimary, previewOf, primaryDose, setPrimary } from "../../web/src/scenario/edit.ts";
import type { RawDose, RawScenario } from "../../web/src/scenario/raw.ts";

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

describe("the live preview", () => {
  const heroin = { drug: "heroin", route: "iv", amount_mg: 20, at_h: 0 };
  const naloxoneWhen = (when: Record<string, string | number>) => ({
    drug: "naloxone",
    route: "intranasal",
    amount_mg: 4,
    when,
  });
  const withDoses = (doses: RawDose[]): RawScenario => ({ name: "x", duration_h: 2, doses });

  it("drops breathing unless a dose waits on one of the engine's breathing signals", () => {
    expect(previewOf(withDoses([heroin])).model?.breathing).toBe(false);
    expect(
      previewOf(withDoses([heroin, naloxoneWhen({ output: "dopamine_nacc_rel", above: 2 })])).model
        ?.breathing,
    ).toBe(false);
    for (const output of BREATHING_SIGNALS) {
      const raw = withDoses([heroin, naloxoneWhen({ output, below: 0.5 })]);
      expect(previewOf(raw).model?.breathing, output).toBe("auto");
    }
    const byVentilation = withDoses([heroin, naloxoneWhen({ ventilation_below_fraction_of_baseline: 0.4 })]);
    expect(previewOf(byVentilation).model?.breathing).toBe("auto");
  });
});
