import { describe, expect, it } from "vitest";
import { xValues } from "../../web/src/plots/data.ts";
import { clock, fromUnit, timeAxisLabel, timeUnitFor, toUnit } from "../../web/src/state/time.ts";

describe("time unit", () => {
  it("is minutes for runs up to 6 h and hours for longer ones", () => {
    expect(timeUnitFor(1.5)).toBe("min");
    expect(timeUnitFor(6)).toBe("min");
    expect(timeUnitFor(24)).toBe("h");
    expect(timeAxisLabel("min")).toBe("time (min)");
    expect(timeAxisLabel("h")).toBe("time (h)");
  });

  it("converts only for display and back", () => {
    expect(toUnit(0.175, "min")).toBeCloseTo(10.5);
    expect(fromUnit(toUnit(0.175, "min"), "min")).toBeCloseTo(0.175);
    expect(toUnit(3, "h")).toBe(3);
    const time_h = Float64Array.from([0, 0.5, 1.5]);
    expect([...xValues(time_h, "min")]).toEqual([0, 30, 90]);
    expect(xValues(time_h, "min")).toBe(xValues(time_h, "min"));
    expect(xValues(time_h, "h")).toBe(time_h);
  });

  it("reads the clock in the same unit as the axis", () => {
    expect(clock(0.175, "min")).toBe("10.5 min");
    expect(clock(5, "min")).toBe("300.0 min");
    expect(clock(12.25, "h")).toBe("12.25 h");
    expect(clock(72, "h")).toBe("72.0 h (day 3.0)");
  });
});
