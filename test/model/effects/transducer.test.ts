import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clampStimulus,
  effectAboveRest,
  halfEffectStimulus,
  operationalResponse,
  positivePart,
} from "../../../src/model/effects/index.ts";

const S0 = 0.05;

describe("the operational transducer R(S) = (τS)^m / (1 + (τS)^m)", () => {
  it("is one half where τ·S = 1, whatever the slope (analytic)", () => {
    for (const m of [0.5, 1, 1.5, 3]) expect(operationalResponse(10, m, 0.1)).toBeCloseTo(0.5, 14);
  });

  it("is the hyperbola τS/(1 + τS) for m = 1 (analytic)", () => {
    expect(operationalResponse(4, 1, 0.25)).toBeCloseTo(0.5, 14);
    expect(operationalResponse(4, 1, 0.5)).toBeCloseTo(2 / 3, 14);
  });

  it.each([
    [Number.NaN, 0],
    [-1, 0],
    [Number.NEGATIVE_INFINITY, 0],
    [0, 0],
    [0.3, 0.3],
    [2, 1],
    [Number.POSITIVE_INFINITY, 1],
  ])("clamps the stimulus %s to %s (NaN counts as no stimulus)", (s, expected) => {
    expect(clampStimulus(s)).toBe(expected);
  });

  it("positivePart maps NaN to 0, unlike Math.max", () => {
    expect(positivePart(Number.NaN)).toBe(0);
    expect(positivePart(-2)).toBe(0);
    expect(positivePart(2)).toBe(2);
  });
});

describe("the effect above rest, (R(S) − R(S0)) / (1 − R(S0))", () => {
  it("is exactly 0 at rest and floored at 0 below it", () => {
    expect(effectAboveRest(10, 1.5, S0, S0)).toBe(0);
    expect(effectAboveRest(10, 1.5, 0, S0)).toBe(0);
    expect(effectAboveRest(10, 1.5, Number.NaN, S0)).toBe(0);
  });

  it("is monotone in S and stays in [0, 1) (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (tau, m, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const fLo = effectAboveRest(tau, m, lo, S0);
          const fHi = effectAboveRest(tau, m, hi, S0);
          // Monotone up to rounding: pow is not correctly rounded, so two stimuli an ulp apart can
          // come out an ulp the wrong way round (S = 1 − 3ε and 1 − ε once did).
          expect(fLo - fHi).toBeLessThanOrEqual(4 * Number.EPSILON);
          expect(fLo).toBeGreaterThanOrEqual(0);
          expect(fHi).toBeLessThan(1);
        },
      ),
    );
  });

  it("an ulp-level rounding case found by the property stays within rounding of monotone", () => {
    const [tau, m] = [3.14914671058398, 0.9598264105683365];
    const fLo = effectAboveRest(tau, m, 0.9999999999999997, S0);
    const fHi = effectAboveRest(tau, m, 0.9999999999999999, S0);
    expect(fLo - fHi).toBeLessThanOrEqual(4 * Number.EPSILON);
  });

  it("halfEffectStimulus inverts it (to 1e-12)", () => {
    for (const [tau, m] of [
      [10, 1.5],
      [1.8, 3],
      [5, 2],
    ] as const) {
      const s50 = halfEffectStimulus(tau, m, S0);
      expect(Math.abs(effectAboveRest(tau, m, s50, S0) - 0.5)).toBeLessThan(1e-12);
    }
  });

  it("halfEffectStimulus is NaN when a full stimulus cannot reach one half (a very low reserve)", () => {
    expect(halfEffectStimulus(0.5, 1, S0)).toBeNaN();
  });
});
