import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dopamineFiring, gabaTarget, gainForPeak, steadyDopamine } from "../../../src/model/reward/index.ts";

const S0 = 0.05;
// The closed forms are checked with a shallow transducer, where S0's own share is visible; the
// calibrated one (shared with euphoria, m ≈ 40) puts it below double precision.
const TAU = 5;
const M = 2;

describe("GABA-neuron activity G∞(S)", () => {
  it("is 1 at rest, falls with S, and exceeds 1 below rest", () => {
    expect(gabaTarget(S0, S0, TAU, M)).toBe(1);
    expect(gabaTarget(0.5, S0, TAU, M)).toBeLessThan(1);
    expect(gabaTarget(0, S0, TAU, M)).toBeGreaterThan(1);
  });

  it("is (1 + (τS0)^m)/(1 + (τS)^m) (closed form of the operational transducer)", () => {
    for (const s of [0, 0.1, 0.4, 1]) {
      expect(gabaTarget(s, S0, TAU, M)).toBeCloseTo((1 + (TAU * S0) ** M) / (1 + (TAU * s) ** M), 14);
    }
  });
});

describe("dopamine-neuron firing F = (1 + w)/(1 + wG)", () => {
  it("is 1 at rest, 1 + w when the interneurons are silent, below 1 when they are more active", () => {
    expect(dopamineFiring(1, 2)).toBe(1);
    expect(dopamineFiring(0, 2)).toBe(3);
    expect(dopamineFiring(1.2, 2)).toBeLessThan(1);
  });

  it("treats negative G (round-off) as 0: never above 1 + w", () => {
    expect(dopamineFiring(-0.01, 2)).toBe(3);
  });
});

describe("gainForPeak", () => {
  it("puts F at full stimulus exactly at the requested peak (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 0.04, noNaN: true }),
        (peak, gFull) => {
          expect(dopamineFiring(gFull, gainForPeak(peak, gFull))).toBeCloseTo(peak, 9);
        },
      ),
    );
  });

  it("refuses an unreachable peak and says what to change", () => {
    expect(() => gainForPeak(10, 0.2)).toThrow(/unreachable.*raise vtaTau or lower the peak/);
    expect(() => gainForPeak(0.5, 0.01)).toThrow(/must be ≥ 1/);
  });
});

describe("steadyDopamine", () => {
  it("clamps S: NaN and negatives as 0, above 1 as 1", () => {
    const w = 2;
    expect(steadyDopamine(Number.NaN, S0, TAU, M, w)).toBe(steadyDopamine(0, S0, TAU, M, w));
    expect(steadyDopamine(-1, S0, TAU, M, w)).toBe(steadyDopamine(0, S0, TAU, M, w));
    expect(steadyDopamine(2, S0, TAU, M, w)).toBe(steadyDopamine(1, S0, TAU, M, w));
  });
});
