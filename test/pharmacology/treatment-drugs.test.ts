import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../src/cli/load.ts";
import { dispositionHalfLives_h } from "../../src/model/pk/closed-form/index.ts";
import {
  BUPRENORPHINE,
  BUPRENORPHINE_CL_L_H,
  BUPRENORPHINE_F_SL,
  BUPRENORPHINE_SPECIES,
} from "../../src/pharmacology/buprenorphine.ts";
import { CARFENTANIL, CARFENTANIL_SPECIES } from "../../src/pharmacology/carfentanil.ts";
import { catalogProblems, DRUGS, findDrug } from "../../src/pharmacology/catalog.ts";
import { kaForTmax, molarMass, oralPeakFraction } from "../../src/pharmacology/derive.ts";
import { FENTANYL, FENTANYL_SPECIES } from "../../src/pharmacology/fentanyl.ts";
import {
  LOFEXIDINE,
  LOFEXIDINE_FIT,
  LOFEXIDINE_SPECIES,
  LOFEXIDINE_V_EACH_L,
} from "../../src/pharmacology/lofexidine.ts";
import {
  METHADONE,
  METHADONE_SPECIES,
  METHADONE_TARGET_EFFECT_PEAK_MIN,
  METHADONE_TARGET_TERMINAL_HALF_LIFE_H,
  METHADONE_TARGET_TMAX_H,
} from "../../src/pharmacology/methadone.ts";
import {
  aucConservingFraction,
  NALOXONE,
  NALOXONE_CL_IV_L_H,
  NALOXONE_FDA_IM,
  NALOXONE_FDA_IN,
  NALOXONE_HCL_BASE_FRACTION,
  NALOXONE_SPECIES,
} from "../../src/pharmacology/naloxone.ts";
import {
  NALTREXOL6B_SPECIES,
  NALTREXONE,
  NALTREXONE_F_ORAL,
  NALTREXONE_FIT,
  NALTREXONE_SPECIES,
} from "../../src/pharmacology/naltrexone.ts";
import type { DrugData, LinearPk, Parameter, RouteId, SpeciesData } from "../../src/pharmacology/types.ts";
import type { ResolvedDose, ResolvedScenario } from "../../src/scenario/types.ts";
import { type SimulationResult, simulate } from "../../src/simulate.ts";

const SCENARIOS = resolve(import.meta.dirname, "../../scenarios");
const MIN = 1 / 60;
const S_PER_H = 3600;

const TREATMENT_DRUGS: readonly DrugData[] = [
  FENTANYL,
  CARFENTANIL,
  METHADONE,
  BUPRENORPHINE,
  NALOXONE,
  NALTREXONE,
  LOFEXIDINE,
];

function column(result: SimulationResult, name: string): Float64Array {
  const c = result.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}; have ${result.columns.map((x) => x.name).join(", ")}`);
  return c.values;
}

function peak(result: SimulationResult, name: string): { value: number; time_h: number } {
  const v = column(result, name);
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return { value: v[best]!, time_h: result.time_h[best]! };
}

function valueAt(result: SimulationResult, name: string, time_h: number): number {
  const i = result.time_h.findIndex((t) => Math.abs(t - time_h) < 1e-9);
  if (i < 0) throw new Error(`${time_h} h is not on the grid`);
  return column(result, name)[i]!;
}

/** One dose on a fine grid, tight tolerances, for re-deriving fitted parameters on the engine. */
function oneDose(
  drug: string,
  route: RouteId,
  form: string,
  amount_mg: number,
  duration_h: number,
  step_min: number,
): SimulationResult {
  const dose: ResolvedDose = { drug, route, form, amount_mg, duration_h: 0, time_h: 0, source: "doses[0]" };
  const scenario: ResolvedScenario = {
    name: "t",
    description: "",
    duration_h,
    output_step_h: step_min * MIN,
    subject: { weight_kg: 70, height_cm: 175.4, sex: "male", opioid_history: "naive" },
    doses: [dose],
    triggered: [],
    model: { breathing: false, dopamine: "measured" },
    solver: { method: "rodas4", rtol: 1e-9, atol: 1e-12, max_steps: 1_000_000 },
  };
  return simulate(scenario);
}

function pkParams(pk: LinearPk) {
  return {
    v1_l: pk.v1_l.value,
    cl_l_h: pk.cl_l_h.value,
    ...(pk.v2_l && pk.q2_l_h ? { v2_l: pk.v2_l.value, q2_l_h: pk.q2_l_h.value } : {}),
    ...(pk.v3_l && pk.q3_l_h ? { v3_l: pk.v3_l.value, q3_l_h: pk.q3_l_h.value } : {}),
  };
}

function terminalHalfLife_h(species: SpeciesData): number {
  const hl = dispositionHalfLives_h(pkParams(species.disposition));
  return hl[hl.length - 1]!;
}

/** Micro-constants k10, k12, k21, k13, k31 (per second) of a 3-compartment disposition. */
function microPerSecond(pk: LinearPk): number[] {
  const v1 = pk.v1_l.value;
  return [
    pk.cl_l_h.value / v1,
    pk.q2_l_h!.value / v1,
    pk.q2_l_h!.value / pk.v2_l!.value,
    pk.q3_l_h!.value / v1,
    pk.q3_l_h!.value / pk.v3_l!.value,
  ].map((k) => k / S_PER_H);
}

function routeFraction(drug: DrugData, route: RouteId, species: string): number {
  const r = drug.routes.find((x) => x.route === route)!;
  return r.deliveries.filter((d) => d.species === species).reduce((s, d) => s + d.fraction.value, 0);
}

/** Every Parameter reachable from a value (objects with value/unit/source/confidence). */
function parameters(x: unknown, path = ""): { path: string; p: Parameter }[] {
  if (x === null || typeof x !== "object") return [];
  const o = x as Record<string, unknown>;
  if (
    typeof o["value"] === "number" &&
    typeof o["source"] === "string" &&
    typeof o["confidence"] === "string"
  ) {
    return [{ path, p: o as unknown as Parameter }];
  }
  return Object.entries(o).flatMap(([k, v]) => parameters(v, `${path}.${k}`));
}

describe("treatment drugs: catalog and provenance", () => {
  it("are in the catalog after the existing drugs, with a consistent network", () => {
    expect(catalogProblems()).toEqual([]);
    const ids = DRUGS.map((d) => d.id);
    for (const d of TREATMENT_DRUGS) expect(findDrug(d.id)).toBe(d);
    expect(ids.indexOf("fentanyl")).toBeGreaterThan(ids.indexOf("morphine"));
    expect(ids.slice(-7)).toEqual(TREATMENT_DRUGS.map((d) => d.id));
  });

  it("give every number a source, and a note when it is derived or assumed", () => {
    for (const drug of TREATMENT_DRUGS) {
      for (const { path, p } of parameters(drug, drug.id)) {
        expect(p.source.length, path).toBeGreaterThan(8);
        expect(p.unit.length, path).toBeGreaterThan(0);
        expect(Number.isFinite(p.value), path).toBe(true);
        if (p.confidence === "assumption") expect(p.note?.length ?? 0, path).toBeGreaterThan(10);
      }
    }
  });

  it("compute molar masses that agree with the values the sources use", () => {
    const cases: [SpeciesData, number][] = [
      [FENTANYL_SPECIES, 336.4], // FDA fentanylPK.R Mmass
      [CARFENTANIL_SPECIES, 394.5], // FDA carfentanilPK.R Mmass
      [NALOXONE_SPECIES, 327.27], // FDA molarMassAntagonist
      [METHADONE_SPECIES, 309.445], // drugbox
      [BUPRENORPHINE_SPECIES, 467.6], // literature.md standard value
      [NALTREXONE_SPECIES, 341.41], // VIVITROL description
    ];
    for (const [s, m] of cases) expect(s.molarMass_g_mol.value / m, s.id).toBeCloseTo(1, 3);
    expect(molarMass({ C: 11, H: 12, N: 2, O: 1, Cl: 2 })).toBeCloseTo(259.13, 2);
  });

  it("convert salts to base by molar mass", () => {
    const bf = (d: DrugData, form: string) => d.forms.find((f) => f.id === form)!.baseFraction.value;
    expect(bf(FENTANYL, "citrate")).toBeCloseTo(336.479 / 528.602, 6);
    expect(bf(METHADONE, "hcl")).toBeCloseTo(309.453 / 345.911, 6);
    expect(bf(BUPRENORPHINE, "hcl")).toBeCloseTo(467.65 / 504.108, 6);
    expect(bf(NALOXONE, "hcl")).toBeCloseTo(327.38 / 363.838, 6);
    expect(bf(NALOXONE, "hcl_dihydrate")).toBeCloseTo(327.38 / 399.868, 6);
    expect(bf(NALTREXONE, "hcl")).toBeCloseTo(341.407 / 377.865, 6);
    expect(bf(LOFEXIDINE, "hcl")).toBeCloseTo(259.13 / 295.588, 6);
    // LUCEMYRA: 0.18 mg lofexidine = 0.2 mg lofexidine HCl
    expect(0.2 * bf(LOFEXIDINE, "hcl")).toBeCloseTo(0.18, 2);
    // Default forms are what doses are stated as.
    expect(
      [FENTANYL, METHADONE, BUPRENORPHINE, NALOXONE, NALTREXONE, LOFEXIDINE].map((d) => d.defaultForm),
    ).toEqual(["base", "hcl", "base", "hcl", "hcl", "base"]);
  });
});

describe("fentanyl and carfentanil match the FDA model's micro-constants", () => {
  it("fentanyl: k10 0.002, k12 0.0032, k21 0.0023, k13 0.0036, k31 0.00023 s⁻¹; V1 10.5 L; ke0 0.003 s⁻¹", () => {
    const k = microPerSecond(FENTANYL_SPECIES.disposition);
    for (const [i, x] of [0.002, 0.0032, 0.0023, 0.0036, 0.00023].entries())
      expect(k[i]! / x).toBeCloseTo(1, 10);
    expect(FENTANYL_SPECIES.disposition.v1_l.value).toBe(10.5);
    expect(FENTANYL_SPECIES.brain!.keq_per_h.value / S_PER_H).toBeCloseTo(0.003, 12);
    expect(terminalHalfLife_h(FENTANYL_SPECIES) * 60).toBeCloseTo(150, 0);
  });

  it("fentanyl intranasal: F 0.89, lag 5 min, absorption half-life 6.5 min (Foster 2008)", () => {
    const d = FENTANYL.routes.find((r) => r.route === "intranasal")!.deliveries[0]!;
    expect(d.fraction.value).toBe(0.89);
    expect(d.lag_h!.value * 60).toBeCloseTo(5, 10);
    expect((Math.LN2 / d.ka_per_h!.value) * 60).toBeCloseTo(6.5, 10);
  });

  it("carfentanil: fentanyl's constants with kout/10, k13/10, k21×10, k31×10, ke0 10/60 s⁻¹; all assumptions", () => {
    const k = microPerSecond(CARFENTANIL_SPECIES.disposition);
    for (const [i, x] of [0.0002, 0.0032, 0.023, 0.00036, 0.0023].entries())
      expect(k[i]! / x).toBeCloseTo(1, 10);
    expect(CARFENTANIL_SPECIES.brain!.keq_per_h.value / S_PER_H).toBeCloseTo(10 / 60, 12);
    for (const { path, p } of parameters(CARFENTANIL_SPECIES.disposition, "carfentanil")) {
      expect(p.confidence, path).toBe("assumption");
    }
    // literature.md: "an eigenvalue calculation gives a terminal t½ of about 76 min"
    expect(terminalHalfLife_h(CARFENTANIL_SPECIES) * 60).toBeCloseTo(75.5, 0);
  });
});

describe("methadone: the stated fits hold on the engine", () => {
  const pk = METHADONE_SPECIES.disposition;

  it("takes V1, V2, Q2, Q3 from stanpumpR and V3 from Vss = 4 L/kg", () => {
    expect(pk.v1_l.value).toBeCloseTo(12.6, 12);
    expect(pk.q2_l_h!.value).toBeCloseTo(12.6 * 0.408 * 60, 9);
    expect(pk.v2_l!.value).toBeCloseTo((12.6 * 0.408) / 0.06, 9);
    expect(pk.q3_l_h!.value).toBeCloseTo(12.6 * 0.112 * 60, 9);
    expect(pk.v1_l.value + pk.v2_l!.value + pk.v3_l!.value).toBeCloseTo(280, 9);
  });

  it("has a terminal half-life of 25 h (the fitted clearance)", () => {
    expect(terminalHalfLife_h(METHADONE_SPECIES)).toBeCloseTo(METHADONE_TARGET_TERMINAL_HALF_LIFE_H, 6);
  });

  it("peaks 4 h after an oral dose (the fitted ka)", () => {
    const r = oneDose("methadone", "oral", "hcl", 30, 12, 1);
    expect(peak(r, "methadone_plasma_ng_ml").time_h).toBeCloseTo(METHADONE_TARGET_TMAX_H, 1);
  });

  it("peaks in the brain 11.3 min after an IV bolus (the fitted keq)", () => {
    const r = oneDose("methadone", "iv", "hcl", 10, 0.5, 0.05);
    expect(peak(r, "methadone_brain_nm").time_h * 60).toBeCloseTo(METHADONE_TARGET_EFFECT_PEAK_MIN, 0);
  });

  it("accumulates over a week of daily dosing (scenarios/methadone-induction.yaml)", () => {
    const r = simulate(loadScenarioFile(resolve(SCENARIOS, "methadone-induction.yaml")));
    const trough = (day: number) => valueAt(r, "methadone_plasma_ng_ml", 24 * day);
    const ratio = trough(7) / trough(1);
    // Superposition of a 25 h mono-exponential sampled every 24 h: Σ r^i (i = 1..7) / r = (1 − r⁷)/(1 − r).
    const rr = Math.exp((-Math.LN2 / 25) * 24);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
    expect(ratio / ((1 - rr ** 7) / (1 - rr))).toBeCloseTo(1, 2);
    for (let d = 1; d < 7; d++) expect(trough(d + 1)).toBeGreaterThan(trough(d));
  });
});

describe("buprenorphine: Bjornsson 2023 as stated", () => {
  it("derives CL at 35 y and 70 kg and keeps the published volumes and flows", () => {
    expect(BUPRENORPHINE_CL_L_H).toBeCloseTo(52.1 * (70 / 72.4) ** 0.413, 12);
    const pk = BUPRENORPHINE_SPECIES.disposition;
    expect([pk.v1_l.value, pk.v2_l!.value, pk.q2_l_h!.value, pk.v3_l!.value, pk.q3_l_h!.value]).toEqual([
      64.3, 130, 186, 1580, 60.3,
    ]);
    const hl = dispositionHalfLives_h(pkParams(pk));
    expect(hl[0]! * 60).toBeCloseTo(7.4, 0);
    expect(hl[2]!).toBeCloseTo(40.9, 0);
    expect(BUPRENORPHINE_SPECIES.brain!.keq_per_h.value / S_PER_H).toBeCloseTo(0.0001533, 12);
  });

  it("splits sublingual F 0.14 as 75.9% fast (lag 0.171 + 0.419/2 h) and 24.1% slow", () => {
    const sl = BUPRENORPHINE.routes.find((r) => r.route === "sublingual")!.deliveries;
    expect(routeFraction(BUPRENORPHINE, "sublingual", "buprenorphine")).toBeCloseTo(BUPRENORPHINE_F_SL, 12);
    expect(sl[0]!.fraction.value / BUPRENORPHINE_F_SL).toBeCloseTo(0.759, 12);
    expect(sl[0]!.lag_h!.value).toBeCloseTo(0.171 + 0.2095, 12);
  });

  it("reproduces the published two-pathway simulation for 16 mg (Cmax 6.09, C8 0.74, C24 0.338 ng/mL)", () => {
    const r = oneDose("buprenorphine", "sublingual", "base", 16, 24, 1);
    expect(peak(r, "buprenorphine_plasma_ng_ml").value / 6.09).toBeCloseTo(1, 1);
    expect(valueAt(r, "buprenorphine_plasma_ng_ml", 8) / 0.74).toBeCloseTo(1, 1);
    expect(valueAt(r, "buprenorphine_plasma_ng_ml", 24) / 0.338).toBeCloseTo(1, 1);
  });
});

describe("naloxone: FDA fits re-expressed on one disposition", () => {
  it("derives the IV disposition from the micro-constants, matching the file's comments", () => {
    const pk = NALOXONE_SPECIES.disposition;
    expect(NALOXONE_CL_IV_L_H / 60 / 3.84).toBeCloseTo(1, 3);
    expect(pk.q2_l_h!.value / 60 / 3.93).toBeCloseTo(1, 3);
    expect(pk.v2_l!.value / 70.15).toBeCloseTo(1, 3);
    expect(pk.q3_l_h!.value / 60 / 0.92).toBeCloseTo(1, 3);
    expect(pk.v3_l!.value / 82.12).toBeCloseTo(1, 3);
    expect(terminalHalfLife_h(NALOXONE_SPECIES) * 60).toBeCloseTo(81.9, 0);
    expect(NALOXONE_SPECIES.brain!.keq_per_h.value / S_PER_H).toBeCloseTo(0.001774, 12);
  });

  it("conserves the FDA fits' AUC per labelled mg: F_IN 0.470; F_IM would be 1.30, capped at 1", () => {
    expect(aucConservingFraction(NALOXONE_FDA_IN)).toBeCloseTo(
      (0.2563 * NALOXONE_CL_IV_L_H) / ((38.8 * S_PER_H) / 1000) / NALOXONE_HCL_BASE_FRACTION,
      12,
    );
    expect(aucConservingFraction(NALOXONE_FDA_IN)).toBeCloseTo(0.47, 2);
    expect(aucConservingFraction(NALOXONE_FDA_IM)).toBeCloseTo(1.3, 2);
    expect(routeFraction(NALOXONE, "intranasal", "naloxone")).toBeCloseTo(
      aucConservingFraction(NALOXONE_FDA_IN),
      12,
    );
    expect(routeFraction(NALOXONE, "im", "naloxone")).toBeCloseTo(1, 12);
  });

  it("follows the FDA NARCAN 4 mg curve within 25% from 5 min to 4 h", () => {
    // The FDA model's own plasma curve for 4 mg (delaymymod.c antagonist block with the IN 4 mg set:
    // D → 2 transit steps at ktr → plasma at kin), solved offline by matrix exponential, ng/mL.
    const fda: [number, number][] = [
      [5, 2.107],
      [10, 4.125],
      [15, 4.448],
      [30, 3.453],
      [60, 2.412],
      [120, 1.36],
      [240, 0.435],
    ];
    const r = oneDose("naloxone", "intranasal", "hcl", 4, 4, 0.5);
    for (const [min, c] of fda) {
      const sim = valueAt(r, "naloxone_plasma_ng_ml", min / 60);
      expect(Math.abs(Math.log(sim / c)), `${min} min: ${sim} vs ${c}`).toBeLessThan(Math.log(1.25));
    }
  });

  it("has a plasma half-life far shorter than methadone's, so it wears off first", () => {
    expect(terminalHalfLife_h(METHADONE_SPECIES) / terminalHalfLife_h(NALOXONE_SPECIES)).toBeGreaterThan(10);
    const r = simulate(loadScenarioFile(resolve(SCENARIOS, "naloxone-vs-methadone.yaml")));
    const nlx = column(r, "naloxone_brain_nm");
    const mtd = column(r, "methadone_brain_nm");
    const at = (h: number) => r.time_h.findIndex((t) => Math.abs(t - h) < 1e-9);
    const nlxPeak = peak(r, "naloxone_brain_nm").value;
    const mtdPeak = peak(r, "methadone_brain_nm").value;
    // Three hours after the last (IV) naloxone dose: naloxone nearly gone, methadone barely down.
    expect(nlx[at(8)]! / nlxPeak).toBeLessThan(0.1);
    expect(mtd[at(8)]! / mtdPeak).toBeGreaterThan(0.9);
    // Log-linear plasma half-lives over the same window after the IV dose (6–10 h).
    const slope = (v: Float64Array) => {
      const i = at(6);
      const j = at(10);
      return Math.log(v[j]! / v[i]!) / (r.time_h[j]! - r.time_h[i]!);
    };
    const hlNlx = -Math.LN2 / slope(column(r, "naloxone_plasma_ng_ml"));
    const hlMtd = -Math.LN2 / slope(column(r, "methadone_plasma_ng_ml"));
    expect(hlNlx).toBeLessThan(1.5);
    expect(hlMtd / hlNlx).toBeGreaterThan(10);
  });
});

describe("naltrexone and 6β-naltrexol: the stated fits hold on the engine", () => {
  it("derives V from CL and t½, ka from tmax, and F from the label's peak", () => {
    const v = NALTREXONE_SPECIES.disposition.v1_l.value;
    expect(v).toBeCloseTo((94 * 4) / Math.LN2, 9);
    const k = 94 / v;
    const ka = kaForTmax(k, 1);
    expect(Math.log(ka / k) / (ka - k)).toBeCloseTo(1, 9);
    const base = 50 * NALTREXONE.forms.find((f) => f.id === "hcl")!.baseFraction.value;
    expect(NALTREXONE_F_ORAL).toBeCloseTo((0.0133 * v) / (base * oralPeakFraction(ka, k)), 12);
    expect(NALTREXONE_F_ORAL).toBeGreaterThan(0.05);
    expect(NALTREXONE_F_ORAL).toBeLessThan(0.4);
    expect(NALTREXONE_SPECIES.metabolites![0]!.fraction.value).toBeCloseTo(0.6 * 0.76, 12);
    expect(routeFraction(NALTREXONE, "oral", "naltrexol6b")).toBeCloseTo((1 - NALTREXONE_F_ORAL) * 0.456, 12);
    expect(terminalHalfLife_h(NALTREXOL6B_SPECIES)).toBeCloseTo(NALTREXONE_FIT.naltrexolHalfLife_h, 9);
  });

  it("gives the Swiss label's peaks after 50 mg: naltrexone 13.3 ng/mL at 1 h, 6β-naltrexol 108 ng/mL", () => {
    const r = oneDose("naltrexone", "oral", "hcl", 50, 12, 0.5);
    const n = peak(r, "naltrexone_plasma_ng_ml");
    expect(n.value).toBeCloseTo(13.3, 1);
    expect(n.time_h).toBeCloseTo(1, 1);
    const b = peak(r, "naltrexol6b_plasma_ng_ml");
    expect(b.value / 108).toBeCloseTo(1, 3);
    expect(b.time_h).toBeGreaterThan(1);
    expect(b.time_h).toBeLessThan(2);
  });

  it("releases the depot over weeks: an early burst peak (2–3 h), measurable naltrexone at day 28", () => {
    const r = oneDose("naltrexone", "xr_im", "base", 380, 672, 10);
    const c = column(r, "naltrexone_plasma_ng_ml");
    const early = r.time_h.findIndex((t) => t > 6);
    let first = 0;
    for (let i = 1; i < early; i++) if (c[i]! > c[first]!) first = i;
    // The burst's ka puts its own peak at 2 h; the rising slow release moves the sum's peak a little later.
    expect(r.time_h[first]!).toBeGreaterThanOrEqual(2);
    expect(r.time_h[first]!).toBeLessThanOrEqual(3);
    expect(valueAt(r, "naltrexone_plasma_ng_ml", 672)).toBeGreaterThan(0.5);
  });
});

describe("lofexidine: the stated fit holds on the engine", () => {
  it("takes V as the geometric mean of the two single-dose peaks and peaks at 3 h", () => {
    const v = LOFEXIDINE_SPECIES.disposition.v1_l.value;
    expect(v).toBeCloseTo(Math.sqrt(LOFEXIDINE_V_EACH_L[0]! * LOFEXIDINE_V_EACH_L[1]!), 9);
    expect(terminalHalfLife_h(LOFEXIDINE_SPECIES)).toBeCloseTo(12, 9);
    const r = oneDose("lofexidine", "oral", "hcl", 1.2, 24, 1);
    const p = peak(r, "lofexidine_plasma_ng_ml");
    expect(p.time_h).toBeCloseTo(LOFEXIDINE_FIT.tmax_h, 1);
    expect(p.value / 1.755).toBeCloseTo(1, 1);
  });
});
