import { describe, expect, it } from "vitest";
import {
  ACUTE_EFFECT_FIELDS,
  type AcuteEffects,
  acuteEffects,
  EFFECT_PARAMETERS,
  type EffectParameters,
  effectAboveRest,
  emptyAcuteEffects,
  halfEffectStimulus,
} from "../../../src/model/effects/index.ts";
import { endogenousLigand, speciesLigand } from "../../../src/model/receptor/ligands.ts";
import { ReceptorPool } from "../../../src/model/receptor/pool.ts";
import { FENTANYL_SPECIES } from "../../../src/pharmacology/fentanyl.ts";
import type { Parameter } from "../../../src/pharmacology/types.ts";

const S0 = 0.05;
const REST_MM = EFFECT_PARAMETERS.pupil.rest_mm.value;
const MIN_MM = EFFECT_PARAMETERS.pupil.min_mm.value;
const FRACTIONS = ACUTE_EFFECT_FIELDS.filter((f) => f.unit === "fraction").map((f) => f.field);
type Endpoint = keyof EffectParameters;
const ENDPOINTS = Object.keys(EFFECT_PARAMETERS) as Endpoint[];

function at(s: number): AcuteEffects {
  return { ...acuteEffects(s, S0, emptyAcuteEffects()) };
}

/** Endpoint k's index (0–1) in an AcuteEffects; the pupil's is the miosis fraction. */
function index(e: AcuteEffects, k: Endpoint): number {
  switch (k) {
    case "pupil":
      return (REST_MM - e.pupil_mm) / (REST_MM - MIN_MM);
    case "dryMouth":
      return e.dry_mouth_frac;
    default:
      return e[`${k}_frac`];
  }
}

function effect(k: Endpoint, s: number): number {
  const { tau, slope } = EFFECT_PARAMETERS[k];
  return effectAboveRest(tau.value, slope.value, s, S0);
}

/*
 * The oracle for the anchors: fentanyl's stimulus at an effect-site concentration, computed by the engine's
 * own receptor pool (fentanyl's FDA kinetics + the endogenous tone, at equilibrium), independently of
 * src/model/effects/anchor.ts.
 */
const fentanyl = speciesLigand(FENTANYL_SPECIES, 0)!;
const pool = new ReceptorPool([fentanyl, endogenousLigand()], 1);
const MOLAR_MASS = FENTANYL_SPECIES.molarMass_g_mol.value;

/** Occupancies of fentanyl and the tone at `c_ng_ml` fentanyl, at equilibrium. */
function fentanylPool(c_ng_ml: number): { fentanyl: number; tone: number; stimulus: number } {
  const y = new Float64Array(3);
  y[0] = (c_ng_ml * 1000) / MOLAR_MASS;
  pool.writeEquilibrium(y);
  return { fentanyl: pool.occupancy(y, 0), tone: pool.occupancy(y, 1), stimulus: pool.stimulus(y) };
}

const fentanylS = (c_ng_ml: number) => fentanylPool(c_ng_ml).stimulus;
/** Peak effect-site fentanyl after an IV bolus on the engine's PK (FDA/Algera 2020, 70 kg): ng/mL per µg. */
const PEAK_CE_PER_UG = 0.0197;

describe("acute effects at rest and at the edges", () => {
  it("the engine's drug-free pool sits at S0 = 0.05", () => {
    expect(fentanylS(0)).toBeCloseTo(S0, 12);
  });

  it("at rest (S = S0) every fraction is 0 and the pupil is at rest", () => {
    const e = at(S0);
    for (const f of FRACTIONS) expect(e[f]).toBe(0);
    expect(e.pupil_mm).toBe(REST_MM);
  });

  it.each([[-1], [0], [Number.NaN]])("S = %s (below rest, or NaN counted as 0) reports no effect", (s) => {
    const e = at(s);
    for (const f of FRACTIONS) expect(e[f]).toBe(0);
    expect(e.pupil_mm).toBe(REST_MM);
  });

  it("S = 2 is clamped to 1", () => {
    expect(at(2)).toEqual(at(1));
  });

  it("writes into the object it is given and returns it (no allocation)", () => {
    const out = emptyAcuteEffects();
    expect(acuteEffects(0.5, S0, out)).toBe(out);
  });

  it("lists every field of AcuteEffects once, with its unit", () => {
    expect(ACUTE_EFFECT_FIELDS.map((f) => f.field).sort()).toEqual(Object.keys(emptyAcuteEffects()).sort());
  });
});

describe("acute effects as the stimulus rises", () => {
  const grid = Array.from({ length: 1001 }, (_, i) => i / 1000);

  it("every fraction rises monotonically and the pupil shrinks monotonically with S", () => {
    let prev = at(0);
    for (const s of grid.slice(1)) {
      const e = at(s);
      for (const f of FRACTIONS) expect(e[f]).toBeGreaterThanOrEqual(prev[f]);
      expect(e.pupil_mm).toBeLessThanOrEqual(prev.pupil_mm);
      prev = e;
    }
  });

  it("fractions stay in [0, 1] and the pupil in [min, rest]", () => {
    for (const s of grid) {
      const e = at(s);
      for (const f of FRACTIONS) {
        expect(e[f]).toBeGreaterThanOrEqual(0);
        expect(e[f]).toBeLessThanOrEqual(1);
      }
      expect(e.pupil_mm).toBeGreaterThanOrEqual(MIN_MM);
      expect(e.pupil_mm).toBeLessThanOrEqual(REST_MM);
    }
  });

  it("every effect rises monotonically with fentanyl concentration (0–50 ng/mL)", () => {
    let prev = at(fentanylS(0));
    for (let c = 0.01; c <= 50; c *= 1.05) {
      const e = at(fentanylS(c));
      for (const f of FRACTIONS) expect(e[f]).toBeGreaterThanOrEqual(prev[f]);
      expect(e.pupil_mm).toBeLessThanOrEqual(prev.pupil_mm);
      prev = e;
    }
  });

  it("a saturating full agonist gives pinpoint pupils (1.5–2.5 mm)", () => {
    expect(at(0.95).pupil_mm).toBeGreaterThan(1.5);
    expect(at(0.95).pupil_mm).toBeLessThan(2.5);
  });
});

describe("anchors: fentanyl's concentration–effect curves through the engine's binding", () => {
  it.each(ENDPOINTS)(
    "fentanyl at the cited EC50 of %s gives 0.5 ± 0.05 of it, and 0.9 ± 0.05 at the EC90",
    (k) => {
      const { ec50_ng_ml, ec90_ng_ml } = EFFECT_PARAMETERS[k];
      expect(index(at(fentanylS(ec50_ng_ml.value)), k)).toBeCloseTo(0.5, 1);
      expect(Math.abs(index(at(fentanylS(ec50_ng_ml.value)), k) - 0.5)).toBeLessThan(0.05);
      expect(Math.abs(index(at(fentanylS(ec90_ng_ml.value)), k) - 0.9)).toBeLessThan(0.05);
    },
  );

  it("analgesia is anchored to Gourlay 1988 (fentanyl MEC 0.63 ng/mL) and sedation's EC90 to the EEG IC50 (6.9)", () => {
    expect(EFFECT_PARAMETERS.analgesia.ec50_ng_ml.value).toBe(0.63);
    expect(EFFECT_PARAMETERS.sedation.ec90_ng_ml.value).toBe(6.9);
  });

  it("sensitivities are ordered: pupil ≥ analgesia > nausea > euphoria > itching > flushing > sedation", () => {
    const order: Endpoint[] = [
      "pupil",
      "analgesia",
      "nausea",
      "euphoria",
      "pruritus",
      "flushing",
      "sedation",
    ];
    const ec50 = order.map((k) => EFFECT_PARAMETERS[k].ec50_ng_ml.value);
    const s50 = order.map((k) =>
      halfEffectStimulus(EFFECT_PARAMETERS[k].tau.value, EFFECT_PARAMETERS[k].slope.value, S0),
    );
    for (let i = 1; i < order.length; i++) {
      expect(ec50[i]).toBeGreaterThan(ec50[i - 1]!);
      expect(s50[i]).toBeGreaterThan(s50[i - 1]!);
    }
    expect(EFFECT_PARAMETERS.dryMouth.ec50_ng_ml.value).toBe(EFFECT_PARAMETERS.pupil.ec50_ng_ml.value);
  });

  it("sedation needs more stimulus than every other endpoint (largest half-effect S)", () => {
    const s50 = (k: Endpoint) =>
      halfEffectStimulus(EFFECT_PARAMETERS[k].tau.value, EFFECT_PARAMETERS[k].slope.value, S0);
    for (const k of ENDPOINTS.filter((x) => x !== "sedation")) expect(s50(k)).toBeLessThan(s50("sedation"));
  });

  it("a first 100 µg IV fentanyl (peak ≈ 2 ng/mL): pinpoint pupils, near-full analgesia, some sedation", () => {
    const e = at(fentanylS(100 * PEAK_CE_PER_UG));
    expect(e.pupil_mm).toBeLessThan(2.5);
    expect(e.analgesia_frac).toBeGreaterThan(0.9);
    expect(e.sedation_frac).toBeGreaterThan(0.1);
    expect(e.sedation_frac).toBeLessThan(0.6);
  });

  it("25 µg IV (peak ≈ 0.5 ng/mL): visible miosis, partial analgesia, no sedation or euphoria to speak of", () => {
    const e = at(fentanylS(25 * PEAK_CE_PER_UG));
    expect(e.pupil_mm).toBeLessThan(3.5);
    expect(e.analgesia_frac).toBeGreaterThan(0.1);
    expect(e.analgesia_frac).toBeLessThan(0.5);
    expect(e.sedation_frac).toBeLessThan(0.02);
    expect(e.euphoria_frac).toBeLessThan(0.05);
  });

  it("half-occupancy is not half effect: fentanyl is 50 % bound at ≈ 0.12 ng/mL, where nothing is half-maximal", () => {
    expect(fentanylPool(0.12).fentanyl).toBeGreaterThan(0.45);
    expect(fentanylPool(0.12).fentanyl).toBeLessThan(0.55);
    const e = at(fentanylS(0.12));
    for (const k of ENDPOINTS) expect(index(e, k)).toBeLessThan(0.1);
  });
});

describe("receptor reserve: partial agonists and tolerance", () => {
  /** S of a full agonist (efficacy 1) and a partial one (0.8) holding the same occupancy, at `reserve`. */
  function stimuli(c_ng_ml: number, reserve: number): { full: number; partial: number } {
    const p = fentanylPool(c_ng_ml);
    return { full: reserve * (p.fentanyl + p.tone), partial: reserve * (0.8 * p.fentanyl + p.tone) };
  }

  it("a partial agonist (efficacy 0.8, 98 % bound): substantial miosis and analgesia, almost no sedation", () => {
    const e = at(0.8 * 0.98);
    expect(index(e, "pupil")).toBeGreaterThan(0.5);
    expect(e.analgesia_frac).toBeGreaterThan(0.2);
    expect(e.sedation_frac).toBeLessThan(0.01);
    expect(e.euphoria_frac).toBeLessThan(0.05);
  });

  it.each(ENDPOINTS)(
    "lowering the reserve (1 → 0.5 and 1 → 0.9) costs a partial agonist a larger share of %s",
    (k) => {
      for (const c of [0.5, 1, 2, 5, 20]) {
        for (const reserve of [0.5, 0.9]) {
          const before = stimuli(c, 1);
          const after = stimuli(c, reserve);
          const keptFull = effect(k, after.full) / effect(k, before.full);
          const keptPartial = effect(k, after.partial) / effect(k, before.partial);
          if (effect(k, before.partial) > 0) expect(keptPartial).toBeLessThan(keptFull);
        }
      }
    },
  );

  it("a tenth of the reserve lost shifts fentanyl's analgesic EC50 to the right, as tolerance should", () => {
    const frac = (c: number, reserve: number) => effect("analgesia", reserve * fentanylS(c));
    expect(frac(0.63, 0.9)).toBeLessThan(0.25);
    expect(frac(5, 0.9)).toBeGreaterThan(0.5);
  });
});

describe("EFFECT_PARAMETERS", () => {
  it("every number is a Parameter with a unit, a source and, if not measured, a note", () => {
    for (const endpoint of Object.values(EFFECT_PARAMETERS)) {
      for (const p of Object.values(endpoint as Record<string, Parameter>)) {
        expect(Number.isFinite(p.value)).toBe(true);
        expect(p.unit.length).toBeGreaterThan(0);
        expect(p.source.length).toBeGreaterThan(10);
        if (p.confidence === "assumption" || p.confidence === "derived")
          expect(p.note?.length).toBeGreaterThan(10);
      }
    }
  });

  it("τ and m are derived, never more certain than their anchors", () => {
    for (const k of ENDPOINTS) {
      const t = EFFECT_PARAMETERS[k];
      const anchorsAssumed =
        t.ec50_ng_ml.confidence === "assumption" || t.ec90_ng_ml.confidence === "assumption";
      for (const p of [t.tau, t.slope]) expect(p.confidence).toBe(anchorsAssumed ? "assumption" : "derived");
    }
  });
});
