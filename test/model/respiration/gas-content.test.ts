import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  arterialSaturation,
  co2Content,
  type GasPressures,
  gasContents,
  invertContents,
  o2Content,
  saturationCurve,
  spencerCurves,
} from "../../../src/model/respiration/gas-content.ts";
import { RESPIRATION_PARAMETERS } from "../../../src/model/respiration/parameters.ts";

const s = spencerCurves(RESPIRATION_PARAMETERS.spencer);
const sat = saturationCurve(RESPIRATION_PARAMETERS.saturation);

describe("Spencer dissociation curves", () => {
  it("give physiological contents", () => {
    // Capacity Z·C1 = 0.02272 · 9 ≈ 0.204 L/L (20.4 mL/dL); arterial blood is about 97% saturated.
    expect(s.o2Max).toBeCloseTo(0.2045, 4);
    expect(o2Content(s, 100, 40) / s.o2Max).toBeGreaterThan(0.95);
    expect(o2Content(s, 40, 46) / s.o2Max).toBeGreaterThan(0.65);
    expect(o2Content(s, 40, 46) / s.o2Max).toBeLessThan(0.8);
    // Total CO2 of arterial blood ≈ 0.48 L/L (48 mL/dL).
    expect(co2Content(s, 40, 100)).toBeGreaterThan(0.4);
    expect(co2Content(s, 40, 100)).toBeLessThan(0.55);
  });

  it("couple the gases: CO2 lowers O2 content (Bohr), O2 lowers CO2 content (Haldane)", () => {
    expect(o2Content(s, 40, 60)).toBeLessThan(o2Content(s, 40, 30));
    expect(co2Content(s, 45, 100)).toBeLessThan(co2Content(s, 45, 40));
  });

  it("treat zero and negative pressures as zero content", () => {
    expect(o2Content(s, 0, 40)).toBe(0);
    expect(o2Content(s, -1, 40)).toBe(0);
    expect(co2Content(s, -3, 90)).toBe(0);
    expect(Number.isFinite(o2Content(s, 50, -5))).toBe(true);
  });

  it("gasContents agrees with the single-gas functions", () => {
    const pair = { o2: 0, co2: 0 };
    gasContents(s, 63, 47, pair);
    expect(pair.o2).toBe(o2Content(s, 63, 47));
    expect(pair.co2).toBe(co2Content(s, 47, 63));
  });

  // Round trip over the range a subject can reach (1e-9 relative: the closed-form quadratic is exact up
  // to round-off amplified by the flat top of the O2 curve).
  it("are inverted exactly by invertContents (property)", () => {
    const p: GasPressures = { po2: 0, pco2: 0 };
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.double({ min: 1, max: 150, noNaN: true }),
        (po2, pco2) => {
          invertContents(s, o2Content(s, po2, pco2), co2Content(s, pco2, po2), p);
          expect(Math.abs(p.po2 - po2)).toBeLessThanOrEqual(1e-7 * po2);
          expect(Math.abs(p.pco2 - pco2)).toBeLessThanOrEqual(1e-9 * pco2);
        },
      ),
      { seed: 20260404, numRuns: 1000 },
    );
  });

  it("invert degenerate contents to finite pressures", () => {
    const p: GasPressures = { po2: 0, pco2: 0 };
    invertContents(s, 0, 0, p);
    expect(p).toEqual({ po2: 0, pco2: 0 });
    invertContents(s, s.o2Max * 2, s.co2Max, p);
    expect(Number.isFinite(p.po2) && Number.isFinite(p.pco2)).toBe(true);
    invertContents(s, -0.1, Number.NaN, p);
    expect(p).toEqual({ po2: 0, pco2: 0 });
  });
});

describe("arterial saturation (Chiari 1997, CO2-corrected)", () => {
  it("is 50% at P50 for a normal PaCO2 and about 96% at the baseline gases", () => {
    expect(arterialSaturation(sat, 26.6, 40)).toBeCloseTo(50, 10);
    expect(arterialSaturation(sat, 92.8, 38.6)).toBeCloseTo(96.5, 0);
  });

  it("uses PaCO2 for the Bohr shift (the main-branch typo used PaO2)", () => {
    expect(arterialSaturation(sat, 60, 70)).toBeLessThan(arterialSaturation(sat, 60, 40));
  });

  it("stays finite at zero gases", () => {
    expect(arterialSaturation(sat, 0, 0)).toBe(0);
    expect(Number.isFinite(arterialSaturation(sat, 90, 0))).toBe(true);
  });
});
