import { describe, expect, it } from "vitest";
import { resolveObject, simulate } from "../../src/index.ts";
import { BREATHING_SIGNALS } from "../../src/scenario/signals.ts";
import { addPrimary, PREVIEW_RTOL, previewOf, primaryDose, setPrimary } from "../../web/src/scenario/edit.ts";
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

describe("the preview's accuracy", () => {
  // The live-tier benchmark's two 24-h scenarios (web/scripts/bench-web.ts).
  const naive: RawScenario = {
    name: "bench-naive",
    duration_h: 24,
    output_step_min: 1,
    subject: { opioid_history: "naive" },
    doses: [{ drug: "heroin", route: "iv", amount_mg: 20, at_h: 1 }],
  };
  const chronic: RawScenario = {
    name: "bench-chronic",
    duration_h: 24,
    output_step_min: 1,
    subject: { opioid_history: "chronic", days_abstinent: 3 },
    doses: [
      { drug: "heroin", route: "iv", amount_mg: 25, at_h: 1, repeat: { every_h: 6, count: 3 } },
      { drug: "naloxone", route: "intranasal", amount_mg: 4, at_h: 2 },
    ],
  };

  it.each([naive, chronic])(
    "keeps every output of $name within 0.5 % of its peak of an rtol 1e-7 run",
    (raw) => {
      const preview = previewOf(raw);
      expect(preview.solver?.rtol).toBe(PREVIEW_RTOL);
      const fast = simulate(resolveObject(preview)!);
      const exact = simulate(resolveObject({ ...preview, solver: { rtol: 1e-7 } })!);
      for (const c of exact.columns) {
        const other = fast.columns.find((x) => x.name === c.name)!.values;
        let peak = 0;
        let diff = 0;
        for (let i = 0; i < c.values.length; i++) {
          peak = Math.max(peak, Math.abs(c.values[i]!));
          diff = Math.max(diff, Math.abs(c.values[i]! - other[i]!));
        }
        // Measured: 0.31 % (naive) and 0.33 % (chronic), both in cows_gi_upset.
        expect(diff, c.name).toBeLessThanOrEqual(0.005 * peak);
      }
    },
  );
});
