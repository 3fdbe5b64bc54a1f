import { describe, expect, it } from "vitest";
import type { RawScenario } from "../../web/src/scenario/raw.ts";
import { ColumnMemory, pictureReads, shapeOf } from "../../web/src/state/columns.ts";

const heroin = (amount_mg: number, at_h: number): RawScenario => ({
  name: "a",
  duration_h: 24,
  subject: { opioid_history: "chronic", days_abstinent: 3 },
  doses: [{ drug: "heroin", route: "iv", amount_mg, at_h }],
});

describe("preview columns", () => {
  it("a slider's numbers keep the shape; drugs, routes and the duration change it", () => {
    expect(shapeOf(heroin(20, 1))).toBe(shapeOf(heroin(35.5, 2)));
    const fentanyl = heroin(20, 1);
    fentanyl.doses![0]!.drug = "fentanyl";
    expect(shapeOf(fentanyl)).not.toBe(shapeOf(heroin(20, 1)));
    const smoked = heroin(20, 1);
    smoked.doses![0]!.route = "smoked";
    expect(shapeOf(smoked)).not.toBe(shapeOf(heroin(20, 1)));
    expect(shapeOf({ ...heroin(20, 1), duration_h: 72 })).not.toBe(shapeOf(heroin(20, 1)));
  });

  it("selects nothing (every column) for a shape no run has shown yet", () => {
    const memory = new ColumnMemory();
    expect(memory.select(shapeOf(heroin(20, 1)), () => true)).toBeUndefined();
    memory.remember(shapeOf(heroin(20, 1)), ["heroin_brain_nm", "cows_total", "pupil_mm"]);
    expect(memory.select(shapeOf(heroin(30, 2)), (n) => n.endsWith("_nm"))).toEqual(["heroin_brain_nm"]);
  });

  it("forgets the oldest shape beyond its capacity", () => {
    const memory = new ColumnMemory(2);
    for (const s of ["a", "b", "c"]) memory.remember(s, [s]);
    expect(memory.select("a", () => true)).toBeUndefined();
    expect(memory.select("c", () => true)).toEqual(["c"]);
  });

  it("keeps what the picture reads: region quantities and receptor shares", () => {
    for (const name of ["dopamine_nacc_rel", "pupil_mm", "mor_occupancy_heroin", "mor_activation"]) {
      expect(pictureReads(name), name).toBe(true);
    }
    for (const name of ["heroin_plasma_ng_ml", "tolerance_euphoria", "cows_total"]) {
      expect(pictureReads(name), name).toBe(false);
    }
  });
});
