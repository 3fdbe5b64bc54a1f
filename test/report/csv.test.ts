import { describe, expect, it } from "vitest";
import { timeseriesCsv } from "../../src/report/csv.ts";
import { outputGrid } from "../../src/simulate.ts";

describe("timeseriesCsv", () => {
  it("writes a header with units and shortest round-trip numbers", () => {
    const csv = timeseriesCsv({
      time_h: Float64Array.of(0, 0.1, 1 / 3),
      columns: [{ name: "x_ng_ml", unit: "ng/mL", label: "x", values: Float64Array.of(1, 1e-300, 2 / 3) }],
    });
    expect(csv).toBe("time_h,x_ng_ml\n0,1\n0.1,1e-300\n0.3333333333333333,0.6666666666666666\n");
    const parsed = csv
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",").map(Number));
    expect(parsed[2]![1]).toBe(2 / 3); // exact round trip
  });
});

describe("outputGrid", () => {
  it("samples 0, step, … and ends exactly at the duration", () => {
    expect([...outputGrid(1, 0.25)]).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([...outputGrid(1, 0.3)]).toEqual([0, 0.3, 0.6, 0.8999999999999999, 1]);
  });

  it("does not duplicate the end through round-off", () => {
    const g = outputGrid(12, 1 / 60);
    expect(g.length).toBe(721);
    expect(g[720]).toBe(12);
  });
});
