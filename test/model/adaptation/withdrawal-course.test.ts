import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../src/scenario/index.ts";
import { simulate } from "../../../src/simulate.ts";
import { memoryIo } from "../../scenario/helpers.ts";

/** The reference chronic user's last 25 mg IV heroin dose, then three days without. */
const LAST_DOSE = `name: last
duration_h: 72
output_step_min: 10
subject: { opioid_history: chronic }
model: { breathing: false }
doses: [{ drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0 }]
`;

describe("spontaneous heroin withdrawal in the model", () => {
  const run = simulate(parseScenario(LAST_DOSE, "last.yaml", memoryIo({})));
  const firstTime = (column: string, threshold: number) => {
    const c = run.columns.find((x) => x.name === column)!;
    const i = c.values.findIndex((v) => v >= threshold);
    return i < 0 ? Number.POSITIVE_INFINITY : run.time_h[i]!;
  };

  it("shows its signs in the clinical order: anxiety and yawning, then tearing and sweating, then gooseflesh and tremor, gut last", () => {
    // Each item's first time at one point (a rater's first non-zero score).
    const t = (item: string) => firstTime(`cows_${item}`, 1);
    expect(t("anxiety")).toBeLessThanOrEqual(t("yawning"));
    expect(t("yawning")).toBeLessThanOrEqual(t("runny_nose_tearing"));
    expect(t("runny_nose_tearing")).toBeLessThanOrEqual(t("sweating"));
    expect(t("sweating")).toBeLessThan(t("gooseflesh"));
    expect(t("gooseflesh")).toBeLessThanOrEqual(t("tremor"));
    expect(t("tremor")).toBeLessThan(t("gi_upset"));
    expect(t("gi_upset")).toBeLessThan(72);
  });

  it("raises the pulse and dilates the pupils as it goes", () => {
    const at = (column: string, time_h: number) =>
      run.columns.find((x) => x.name === column)!.values[run.time_h.indexOf(time_h)]!;
    expect(at("heart_rate_bpm", 36)).toBeGreaterThan(at("heart_rate_bpm", 1) + 10);
    expect(at("pupil_mm", 36)).toBeGreaterThan(4.5 + 0.5);
    expect(at("pupil_mm", 1)).toBeLessThan(3.5);
  });

  it("keeps the COWS total within 0–48 and equal to the sum of its items", () => {
    const total = run.columns.find((x) => x.name === "cows_total")!.values;
    const items = run.columns.filter((x) => x.name.startsWith("cows_") && x.name !== "cows_total");
    expect(items).toHaveLength(11);
    for (let i = 0; i < total.length; i++) {
      expect(total[i]).toBeGreaterThanOrEqual(0);
      expect(total[i]).toBeLessThanOrEqual(48);
      expect(items.reduce((s, c) => s + c.values[i]!, 0)).toBeCloseTo(total[i]!, 9);
    }
  });
});
