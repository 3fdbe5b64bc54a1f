import type { Confidence, MorAction, MorBinding, Parameter } from "./types.ts";

/*
 * Helpers that turn published receptor numbers into `MorAction` data (see `MorBinding` in types.ts).
 *
 * Two concentration scales meet here. The engine's brain concentrations are TOTAL, plasma-equivalent
 * effect-site concentrations (Kp·C_plasma, bound plus unbound), as in the FDA overdose model, which fed its
 * total effect-site concentrations straight into the kinetic constants fitted in vitro (Mann 2022; models.md
 * §1.3). We do the same for the four ligands with FDA kinetics (fentanyl, carfentanil, naloxone,
 * buprenorphine): their constants are used on total concentrations, unchanged, so the FDA calibration of
 * breathing against them still holds. An in-vitro Ki, by contrast, is a FREE concentration; for the
 * ligands with only an equilibrium affinity we put it on the total scale by dividing by the plasma unbound
 * fraction, Kd_total = Ki / fu (the total plasma concentration at which the free concentration equals Ki,
 * taking free brain = free plasma at equilibrium).
 */

const S_PER_H = 3600;
const PM_PER_NM = 1000;

/** Half-life of the assumed dissociation of equilibrium-only ligands, minutes. */
export const ASSUMED_DISSOCIATION_HALF_LIFE_MIN = 1;

/**
 * The assumed fast dissociation rate of a ligand for which only an affinity was measured:
 * koff = ln 2 / (1 min) = 60·ln 2 ≈ 41.6 h⁻¹. Occupancy then follows the effect-site concentration within
 * about a minute, far faster than any brain equilibration in the catalogue (fastest 1.3 min, heroin), so the
 * value only matters for competition with slow ligands, where it is at least of the right kind
 * (naloxone's fitted koff is 143 h⁻¹, fentanyl's 15.6 h⁻¹).
 *
 * @example
 * assumedFastKoff().value // 41.588830833596716
 */
export function assumedFastKoff(): Parameter {
  return {
    value: Math.LN2 / (ASSUMED_DISSOCIATION_HALF_LIFE_MIN / 60),
    unit: "1/h",
    source: "modelling choice (src/pharmacology/mor.ts); no dissociation kinetics published for this ligand",
    confidence: "assumption",
    note:
      "No kinetic data published; dissociation half-life assumed 1 min (koff = ln2/(1/60 h) ≈ 41.6 h⁻¹) so that " +
      "occupancy follows the effect-site concentration within about a minute, much faster than brain " +
      "equilibration. Competition through the shared free fraction still applies.",
  };
}

/** The FDA overdose model's published binding constants: kon in pM^−n·s⁻¹, koff in s⁻¹. */
export interface FdaConstants {
  readonly kon_per_pm_n_s: number;
  readonly koff_per_s: number;
  readonly hill: number;
}

/**
 * Kinetic binding from FDA constants, converted to engine units exactly as `fromFdaUnits`
 * (src/model/receptor/kinetic-binding.ts): kon·1000^n·3600 and koff·3600. `source` names the FDA file;
 * the notes carry the original numbers.
 *
 * @example
 * fdaKineticBinding({ kon_per_pm_n_s: 3.081e-5, koff_per_s: 0.004331, hill: 0.8439 }, "…Fentanyl_A_pars.txt")
 * // kon ≈ 37.7 nM^-0.8439 h⁻¹, koff ≈ 15.6 h⁻¹, hill 0.8439
 */
export function fdaKineticBinding(c: FdaConstants, source: string): MorBinding {
  const n = c.hill;
  return {
    kind: "kinetic",
    kon_per_nm_n_h: {
      value: c.kon_per_pm_n_s * PM_PER_NM ** n * S_PER_H,
      unit: `nM^-${n}/h`,
      source,
      confidence: "derived",
      note:
        `FDA kon ${c.kon_per_pm_n_s} pM^-n·s⁻¹ × 1000^n × 3600 (pM → nM inside C^n, s → h). Used on the ` +
        "engine's total effect-site concentration, as the FDA model did.",
    },
    koff_per_h: {
      value: c.koff_per_s * S_PER_H,
      unit: "1/h",
      source,
      confidence: "derived",
      note: `FDA koff ${c.koff_per_s} s⁻¹ × 3600 (dissociation half-life ${fmt(Math.LN2 / c.koff_per_s / 60)} min).`,
    },
    hill: {
      value: n,
      unit: "1",
      source,
      confidence: "direct-file",
      note: "Hill-type exponent on C (FDA fit).",
    },
  };
}

/**
 * Equilibrium binding on the engine's total scale: Kd = Ki / fu, with the assumed fast koff. The Kd is
 * `derived` when both inputs are measured and `assumption` when either is; its note gives both numbers.
 *
 * @example
 * // morphine: Ki 1.2 nM (free), fu 0.65 → Kd 1.846 nM on the total scale
 * equilibriumBinding(MORPHINE_MOR_KI, MORPHINE_FU) // { kind: "equilibrium", kd_nm: { value: 1.846, … }, koff_per_h: assumedFastKoff() }
 */
export function equilibriumBinding(ki: Parameter, fu: Parameter, how?: string): MorBinding {
  const assumed = ki.confidence === "assumption" || fu.confidence === "assumption";
  const confidence: Confidence = assumed ? "assumption" : "derived";
  return {
    kind: "equilibrium",
    kd_nm: {
      value: ki.value / fu.value,
      unit: "nM",
      source: `Ki: ${ki.source}. fu: ${fu.source}`,
      confidence,
      note:
        `Kd_total = Ki / fu = ${fmt(ki.value)} nM / ${fmt(fu.value)} = ${fmt(ki.value / fu.value)} nM: the in-vitro ` +
        "Ki is a free concentration; dividing by the plasma unbound fraction puts it on the engine's total " +
        `(plasma-equivalent) scale. Ki [${ki.confidence}]: ${ki.note ?? ""} fu [${fu.confidence}]: ${fu.note ?? ""}` +
        (how ? ` ${how}` : ""),
    },
    koff_per_h: assumedFastKoff(),
  };
}

/**
 * Concentration (nM, total scale) at which the ligand alone occupies half the pool:
 * (koff/kon)^(1/n) for kinetic binding, Kd for equilibrium binding.
 *
 * @example
 * kd50_nm(FENTANYL_SPECIES.mor!.binding) // ≈ 0.351
 */
export function kd50_nm(binding: MorBinding): number {
  if (binding.kind === "equilibrium") return binding.kd_nm.value;
  return (binding.koff_per_h.value / binding.kon_per_nm_n_h.value) ** (1 / binding.hill.value);
}

/** A `MorAction` from its two parts (keeps drug files short). */
export function morAction(binding: MorBinding, efficacy: Parameter): MorAction {
  return { binding, efficacy };
}

/** An intrinsic-efficacy Parameter (dimensionless, relative to fentanyl). */
export function efficacy(value: number, source: string, confidence: Confidence, note: string): Parameter {
  return { value, unit: "1", source, confidence, note };
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}
