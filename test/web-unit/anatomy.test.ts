import { describe, expect, it } from "vitest";
import {
  allocateReceptors,
  describeShares,
  FREE_STYLE,
  LIGANDS,
  ligandStyle,
  occupancyShares,
} from "../../web/src/anatomy/ligands.ts";
import { intensity, REGIONS, regionState, regionStates } from "../../web/src/anatomy/regions.ts";
import { inkOn, luminance, NEUTRAL_GREY, VIRIDIS_STOPS, viridis } from "../../web/src/anatomy/scale.ts";

describe("viridis scale", () => {
  it("hits its stops exactly and clamps outside [0, 1]", () => {
    for (const [i, hex] of VIRIDIS_STOPS.entries()) expect(viridis(i / 10)).toBe(hex);
    expect(viridis(-1)).toBe("#440154");
    expect(viridis(2)).toBe("#fde725");
  });

  it("gives the neutral grey for NaN, and grey is not on the scale", () => {
    expect(viridis(Number.NaN)).toBe(NEUTRAL_GREY);
    for (let i = 0; i <= 100; i++) expect(viridis(i / 100)).not.toBe(NEUTRAL_GREY);
  });

  it("rises monotonically in luminance (readable in greyscale)", () => {
    let last = -1;
    for (let i = 0; i <= 50; i++) {
      const l = luminance(viridis(i / 50));
      expect(l).toBeGreaterThan(last);
      last = l;
    }
  });

  it("picks white ink on dark fills and black on light ones", () => {
    expect(inkOn("#440154")).toBe("#ffffff");
    expect(inkOn("#fde725")).toBe("#000000");
  });
});

describe("regions", () => {
  const dopamine = { rest: 1, high: 3 };
  const ventilation = { rest: 6.8, low: 0 };
  const pupil = { rest: 4.5, low: 2, high: 6.5 };

  it("intensity is 0 at rest, 1 at the limit, clamped, and one-sided where only one limit is set", () => {
    expect(intensity(dopamine, 1)).toBe(0);
    expect(intensity(dopamine, 2)).toBeCloseTo(0.5, 12);
    expect(intensity(dopamine, 10)).toBe(1);
    expect(intensity(dopamine, 0.5)).toBe(0);
    expect(intensity(ventilation, 3.4)).toBeCloseTo(0.5, 12);
    expect(intensity(ventilation, 9)).toBe(0);
    expect(intensity(pupil, 2)).toBe(1);
    expect(intensity(pupil, 5.5)).toBeCloseTo(0.5, 12);
    expect(intensity(pupil, Number.NaN)).toBeNaN();
  });

  it("regions without a model quantity are grey and say so", () => {
    for (const id of ["pfc", "amygdala", "hippocampus"]) {
      const s = regionState(REGIONS.find((r) => r.id === id)!, { dopamine_nacc_rel: 2 });
      expect(s.status).toBe("not-modelled");
      expect(s.fill).toBe(NEUTRAL_GREY);
      expect(s.text).toMatch(/does not simulate/);
    }
  });

  it("missing columns are grey and 'not in this run'; present ones give value, unit and colour", () => {
    const states = regionStates({ dopamine_nacc_rel: 2, pupil_mm: 2.1 });
    const lungs = states.find((s) => s.spec.id === "lungs")!;
    expect(lungs.status).toBe("missing");
    expect(lungs.fill).toBe(NEUTRAL_GREY);
    expect(lungs.text).toMatch(/not in this run/);
    const nacc = states.find((s) => s.spec.id === "nacc")!;
    expect(nacc.status).toBe("value");
    expect(nacc.text).toBe("Nucleus accumbens (reward): dopamine 2.00 × baseline");
    expect(nacc.fill).toBe(viridis(0.5));
    expect(states.find((s) => s.spec.id === "pupils")!.text).toContain("2.1 mm");
  });

  it("a region with several quantities takes the strongest and lists those present", () => {
    const heart = regionState(REGIONS.find((r) => r.id === "heart")!, {
      heart_rate_bpm: 90,
      cardiac_output_l_min: 0,
    });
    expect(heart.t).toBe(1);
    expect(heart.text).toBe("Heart (circulation, withdrawal): heart rate 90 bpm; cardiac output 0.0 L/min");
  });

  it("every region has a label, a role and a reason", () => {
    for (const r of REGIONS) for (const k of [r.label, r.role, r.why]) expect(k.length).toBeGreaterThan(0);
  });
});

describe("receptor occupancy", () => {
  it("allocates whole receptors that add up, each within 1 of its exact share", () => {
    expect(allocateReceptors([0.5, 0.25, 0.25], 4)).toEqual([2, 1, 1]);
    expect(allocateReceptors([0.34, 0.33, 0.33], 10)).toEqual([4, 3, 3]);
    expect(allocateReceptors([0, 0], 40)).toEqual([0, 0]);
    const fractions = [0.013, 0.6, 0.21, 0.177];
    const counts = allocateReceptors(fractions, 40);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    for (const [i, c] of counts.entries()) expect(Math.abs(c - fractions[i]! * 40)).toBeLessThan(1);
  });

  it("reads mor_occupancy_* columns (not the total), in palette order, with the free share last", () => {
    const shares = occupancyShares({
      mor_occupancy_morphine: 0.2,
      mor_occupancy_heroin: 0.3,
      mor_occupancy_total: 0.5,
      dopamine_nacc_rel: 2,
    });
    expect(shares.map((s) => [s.style.id, s.fraction])).toEqual([
      ["heroin", 0.3],
      ["morphine", 0.2],
      ["free", 0.5],
    ]);
    expect(describeShares(shares)).toBe(
      "Mu-opioid receptors: heroin 30 %, morphine 20 %, free receptor 50 %",
    );
  });

  it("unknown ligands get a fallback style; sums above 1 are scaled; bad values count as 0", () => {
    expect(ligandStyle("tramadol").mark).toBe("?");
    const shares = occupancyShares({
      mor_occupancy_tramadol: 0.8,
      mor_occupancy_heroin: 0.4,
      mor_occupancy_mam6: -1,
    });
    expect(shares.at(-1)!.style).toBe(FREE_STYLE);
    expect(shares.reduce((a, s) => a + s.fraction, 0)).toBeCloseTo(1, 12);
    expect(shares.find((s) => s.style.id === "mam6")!.fraction).toBe(0);
    expect(shares.at(-1)!.fraction).toBe(0);
  });

  it("every palette entry is distinguishable by colour or mark", () => {
    const keys = LIGANDS.map((l) => `${l.colour}/${l.mark}`);
    expect(new Set(keys).size).toBe(LIGANDS.length);
  });
});
