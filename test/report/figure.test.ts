import { describe, expect, it } from "vitest";
import { figureSvg } from "../../src/report/figure.ts";
import { svgToPng } from "../../src/report/png.ts";
import type { SimulationResult } from "../../src/simulate.ts";

/** A fixed, synthetic result: the figure test must not move when the model or solver does. */
function result(): SimulationResult {
  const time_h = Float64Array.from({ length: 49 }, (_, i) => i * 0.25);
  return {
    scenario: {
      name: "figure-test",
      description: "two decays & a <check>",
      duration_h: 12,
      output_step_h: 0.25,
      subject: { weight_kg: 70, height_cm: 175.4, sex: "male", opioid_history: "naive" },
      doses: [],
      triggered: [],
      model: { breathing: false, dopamine: "measured" },
      solver: { method: "rodas4", rtol: 1e-6, atol: 1e-9, max_steps: 1000 },
    },
    time_h,
    columns: [
      { name: "a_ng_ml", unit: "ng/mL", label: "A in plasma", values: time_h.map((t) => 400 * Math.exp(-t)) },
      {
        name: "b_nm",
        unit: "nM",
        label: "B in brain",
        values: time_h.map((t) => 0.05 * t * Math.exp(-t / 3)),
      },
    ],
    finals: {},
    events: [],
    given: [],
    stats: { steps: 0, rejected: 0, rhsEvals: 0, jacEvals: 0, luDecomps: 0, segments: 1 },
    wall_ms: 0,
  };
}

/** Plot's normalisation: numbers rounded to 3 decimals so float noise cannot break the snapshot. */
function normalise(svg: string): string {
  return svg.replace(/\d+\.\d{4,}/g, (x) => String(Number(Number(x).toFixed(3))));
}

describe("figureSvg", () => {
  it("matches the committed snapshot (one panel per unit, a legend per panel, units on axes)", async () => {
    const svg = figureSvg(result());
    expect(svg).toContain(">A in plasma</text>");
    expect(svg).toContain(">B in brain</text>");
    expect(svg).toContain("ng/mL, log scale"); // 400 → 400·e^-12 spans decades
    expect(svg).toContain(">↑ nM</text>");
    expect(svg).toContain("time (h)");
    expect(svg).toContain("two decays &amp; a &lt;check&gt;");
    expect(svg).not.toMatch(/\d(m|µ|k)</); // no SI-prefixed tick labels
    await expect(normalise(svg)).toMatchFileSnapshot("output/figure.svg");
  });

  it("renders to a PNG of twice the SVG's size", () => {
    const png = Buffer.from(svgToPng(figureSvg(result())));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1520);
    expect(png.readUInt32BE(20)).toBe(2 * (2 * 220 + 44));
  });
});
