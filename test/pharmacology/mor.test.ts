import { describe, expect, it } from "vitest";
import { fromFdaUnits } from "../../src/model/receptor/kinetic-binding.ts";
import { BUPRENORPHINE_SPECIES } from "../../src/pharmacology/buprenorphine.ts";
import { CARFENTANIL_SPECIES } from "../../src/pharmacology/carfentanil.ts";
import { catalogProblems, findSpecies, NO_MOR_ACTION, SPECIES } from "../../src/pharmacology/catalog.ts";
import { ENDOGENOUS_OPIOID_TONE } from "../../src/pharmacology/endogenous.ts";
import { FENTANYL_SPECIES } from "../../src/pharmacology/fentanyl.ts";
import { assumedFastKoff, equilibriumBinding, kd50_nm } from "../../src/pharmacology/mor.ts";
import { NALOXONE_SPECIES } from "../../src/pharmacology/naloxone.ts";
import type { MorAction, MorBinding, Parameter, SpeciesData } from "../../src/pharmacology/types.ts";

/** The FDA constants as published (pM, s), to check the stored engine-unit values against fromFdaUnits. */
const FDA = [
  { species: FENTANYL_SPECIES, c: { kon_per_pm_n_s: 3.081e-5, koff_per_s: 0.004331, hill: 0.8439 } },
  { species: CARFENTANIL_SPECIES, c: { kon_per_pm_n_s: 9.954e-6, koff_per_s: 2.467e-4, hill: 1.025 } },
  { species: NALOXONE_SPECIES, c: { kon_per_pm_n_s: 1.669e-4, koff_per_s: 0.03959, hill: 0.858 } },
  { species: BUPRENORPHINE_SPECIES, c: { kon_per_pm_n_s: 6.64e-5, koff_per_s: 1.94e-4, hill: 0.5721 } },
] as const;

const OPIOIDS = [
  "heroin",
  "mam6",
  "morphine",
  "m6g",
  "fentanyl",
  "carfentanil",
  "methadone",
  "buprenorphine",
  "naloxone",
  "naltrexone",
  "naltrexol6b",
] as const;

function mor(id: string): MorAction {
  const m = findSpecies(id)?.mor;
  if (!m) throw new Error(`${id} has no mor data`);
  return m;
}

function kd50(id: string): number {
  return kd50_nm(mor(id).binding);
}

function kinetic(s: SpeciesData): Extract<MorBinding, { kind: "kinetic" }> {
  const b = s.mor!.binding;
  if (b.kind !== "kinetic") throw new Error(`${s.id}: expected kinetic binding`);
  return b;
}

function relErr(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

describe("kinetic MOR binding from the FDA fits", () => {
  it.each(FDA)(
    "$species.id: stored constants equal fromFdaUnits of the published values",
    ({ species, c }) => {
      const want = fromFdaUnits(species.id, c);
      const got = kinetic(species);
      expect(relErr(got.kon_per_nm_n_h.value, want.kon_per_nm_n_h)).toBeLessThan(1e-14);
      expect(relErr(got.koff_per_h.value, want.koff_per_h)).toBeLessThan(1e-14);
      expect(got.hill.value).toBe(want.hill);
    },
  );

  it("half-occupancy concentrations match the FDA-derived values (literature.md §2b)", () => {
    expect(kd50("fentanyl")).toBeCloseTo(0.351, 2);
    expect(kd50("carfentanil")).toBeCloseTo(0.023, 3);
    expect(kd50("naloxone")).toBeCloseTo(0.586, 2);
    expect(kd50("buprenorphine") * 1000).toBeCloseTo(6.5, 0); // ≈ 6.5 pM
  });
});

describe("equilibrium MOR binding", () => {
  const p = (value: number, confidence: Parameter["confidence"]): Parameter => ({
    value,
    unit: "",
    source: "test",
    confidence,
  });

  it("puts a free-concentration Ki on the total scale: Kd = Ki / fu, with the assumed fast koff", () => {
    const b = equilibriumBinding(p(1.2, "direct-abs"), p(0.6, "secondary"));
    expect(b.kind).toBe("equilibrium");
    if (b.kind !== "equilibrium") return;
    expect(b.kd_nm.value).toBeCloseTo(2, 12);
    expect(b.kd_nm.confidence).toBe("derived");
    expect(b.koff_per_h.value).toBeCloseTo((60 * Math.LN2) / 1, 12); // t½ 1 min
    expect(kd50_nm(b)).toBe(b.kd_nm.value);
  });

  it("labels the Kd an assumption when either input is one", () => {
    const b = equilibriumBinding(p(1, "assumption"), p(0.5, "direct-abs"));
    expect(b.kind === "equilibrium" && b.kd_nm.confidence).toBe("assumption");
  });

  it("every equilibrium ligand uses the one shared assumed koff", () => {
    for (const s of SPECIES) {
      if (s.mor?.binding.kind !== "equilibrium") continue;
      expect(s.mor.binding.koff_per_h.value, s.id).toBe(assumedFastKoff().value);
      expect(s.mor.binding.koff_per_h.confidence, s.id).toBe("assumption");
    }
  });
});

describe("MOR data across the catalogue", () => {
  it("every opioid species has mor data; M3G and lofexidine deliberately have none", () => {
    for (const id of OPIOIDS) expect(findSpecies(id)?.mor, id).toBeDefined();
    expect(findSpecies("m3g")?.mor).toBeUndefined();
    expect(findSpecies("lofexidine")?.mor).toBeUndefined();
    expect(Object.keys(NO_MOR_ACTION).sort()).toEqual(["lofexidine", "m3g"]);
  });

  it("the catalogue passes its consistency checks, MOR data included", () => {
    expect(catalogProblems()).toEqual([]);
  });

  it("antagonists have efficacy 0, buprenorphine is partial, fentanyl is the reference", () => {
    for (const id of ["naloxone", "naltrexone", "naltrexol6b"]) expect(mor(id).efficacy.value, id).toBe(0);
    const bup = mor("buprenorphine").efficacy.value;
    expect(bup).toBeGreaterThan(0);
    expect(bup).toBeLessThan(1);
    expect(mor("buprenorphine").efficacy.note).toMatch(/^Fitted: .*50 % of clamped ventilation/);
    expect(mor("fentanyl").efficacy.value).toBe(1);
    for (const id of ["heroin", "mam6", "morphine", "m6g", "carfentanil", "methadone"])
      expect(mor(id).efficacy.value, id).toBeGreaterThanOrEqual(0.9);
  });

  it("full agonists' half-occupancy concentrations are ordered sensibly", () => {
    expect(kd50("carfentanil")).toBeLessThan(kd50("fentanyl"));
    expect(kd50("morphine")).toBeLessThan(kd50("m6g"));
    expect(kd50("morphine")).toBeLessThan(kd50("heroin"));
    expect(kd50("mam6")).toBeLessThan(kd50("heroin"));
    expect(kd50("naltrexone")).toBeLessThan(kd50("naltrexol6b"));
  });

  it("M6G is anchored on its human potency: its Kd is morphine's times Lötsch 2001's EC50 ratio", () => {
    // Pupil EC50 740.5 nM (M6G) vs 36.2 nM (morphine), same volunteers, same effect-compartment model.
    expect(kd50("m6g") / kd50("morphine")).toBeCloseTo(740.5 / 36.2, 10);
    const b = mor("m6g").binding;
    expect(b.kind === "equilibrium" && b.kd_nm.confidence).toBe("derived");
  });

  it("heroin and 6-MAM keep Inturrisi's IC50 ratios to morphine (same unbound fraction)", () => {
    expect(kd50("heroin") / kd50("morphine")).toBeCloseTo(483 / 53, 10);
    expect(kd50("mam6") / kd50("morphine")).toBeCloseTo(73 / 53, 10);
  });

  it("every number is a sourced Parameter with a unit", () => {
    for (const s of SPECIES) {
      if (!s.mor) continue;
      const b = s.mor.binding;
      const params = [
        s.mor.efficacy,
        b.koff_per_h,
        ...(b.kind === "kinetic" ? [b.kon_per_nm_n_h, b.hill] : [b.kd_nm]),
      ];
      for (const q of params) {
        expect(q.source.length, s.id).toBeGreaterThan(0);
        expect(q.unit.length, s.id).toBeGreaterThan(0);
        if (q.confidence === "assumption" || q.confidence === "derived") expect(q.note, s.id).toBeTruthy();
      }
    }
  });
});

describe("endogenous opioid tone", () => {
  it("is a small resting occupancy by full agonists with the assumed fast koff", () => {
    const t = ENDOGENOUS_OPIOID_TONE;
    expect(t.occupancy.value).toBeGreaterThan(0);
    expect(t.occupancy.value).toBeLessThanOrEqual(0.1);
    expect(t.occupancy.confidence).toBe("assumption");
    expect(t.efficacy.value).toBe(1);
    expect(t.koff_per_h.value).toBe(assumedFastKoff().value);
  });
});
