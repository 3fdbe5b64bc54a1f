import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnchorBinding,
  effectAboveRest,
  fentanylAnchorBinding,
  restingStimulusOf,
  stimulusAt,
  transducerThrough,
} from "../../../src/model/effects/index.ts";

const FENTANYL = fentanylAnchorBinding();

/** The closed form of the task brief: r = (C_nM/0.351)^0.8439, r_e = 0.05/0.95, S = (r + r_e)/(1 + r_e + r). */
function briefStimulus(c_ng_ml: number): number {
  const r = ((c_ng_ml * 2.972) / 0.351) ** 0.8439;
  const re = 0.05 / 0.95;
  return (r + re) / (1 + re + r);
}

describe("fentanyl's stimulus at equilibrium (anchor.ts)", () => {
  it("reads the engine's fentanyl binding and tone (half-occupancy 0.351 nM, n 0.8439, tone 0.05)", () => {
    expect(FENTANYL.halfOccupancy_nM).toBeCloseTo(0.351, 3);
    expect(FENTANYL.hill).toBe(0.8439);
    expect(FENTANYL.toneOccupancy).toBe(0.05);
    expect(restingStimulusOf(FENTANYL)).toBeCloseTo(0.05, 12);
  });

  it("matches the closed form S = (r + r_e)/(1 + r_e + r) to 1e-3 over 0.01–50 ng/mL", () => {
    for (const c of [0.01, 0.12, 0.344, 0.63, 1, 2.5, 6.9, 50]) {
      expect(Math.abs(stimulusAt(c, FENTANYL) - briefStimulus(c))).toBeLessThan(1e-3);
    }
  });

  it("is S0 at zero (and for a negative concentration) and rises monotonically towards 1", () => {
    expect(stimulusAt(0, FENTANYL)).toBeCloseTo(0.05, 12);
    expect(stimulusAt(-1, FENTANYL)).toBeCloseTo(0.05, 12);
    let prev = 0.05;
    for (let c = 0.001; c < 1e4; c *= 1.3) {
      const s = stimulusAt(c, FENTANYL);
      expect(s).toBeGreaterThan(prev);
      expect(s).toBeLessThan(1);
      prev = s;
    }
  });
});

describe("transducerThrough: τ and m through two anchors", () => {
  it("passes exactly through 0.5 at the EC50 and 0.9 at the EC90 (property, to 1e-9)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.02, max: 5, noNaN: true }),
        fc.double({ min: 1.2, max: 10, noNaN: true }),
        (ec50, ratio) => {
          const t = transducerThrough(ec50, ec50 * ratio, FENTANYL);
          const f = (c: number) => effectAboveRest(t.tau, t.slope, stimulusAt(c, FENTANYL), t.s0);
          expect(f(ec50)).toBeCloseTo(0.5, 9);
          expect(f(ec50 * ratio)).toBeCloseTo(0.9, 9);
        },
      ),
    );
  });

  it("gives τ ≈ 1/S50 (up to the small rest correction) and a steeper m the closer the anchors sit to saturation", () => {
    const low = transducerThrough(0.1, 0.4, FENTANYL);
    const high = transducerThrough(2, 8, FENTANYL);
    expect(low.tau).toBeCloseTo(1 / low.s50, 3);
    expect(high.tau).toBeCloseTo(1 / high.s50, 6);
    expect(high.slope).toBeGreaterThan(low.slope);
  });

  it("recovers m = 1, τ = 21 for a hyperbolic, tone-free binding and anchors with τ·S = 1 and 9 (analytic)", () => {
    // S = C/(1 + C) (K = 1 nM, n = 1, M = 1000 g/mol so 1 ng/mL = 1 nM), no tone. With m = 1, R = τS/(1 + τS):
    // R = 0.5 at C = 0.05 (S = 1/21) needs τ = 21, and R = 0.9 needs τS = 9, S = 3/7, C = 0.75.
    const b: AnchorBinding = {
      halfOccupancy_nM: 1,
      hill: 1,
      molarMass_g_mol: 1000,
      toneOccupancy: 0,
      toneEfficacy: 1,
    };
    const t = transducerThrough(0.05, 0.75, b);
    expect(t.s0).toBe(0);
    expect(t.slope).toBeCloseTo(1, 12);
    expect(t.tau).toBeCloseTo(21, 10);
  });

  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
  ])("rejects EC50 %s, EC90 %s", (ec50, ec90) => {
    expect(() => transducerThrough(ec50, ec90, FENTANYL)).toThrow(RangeError);
  });
});
