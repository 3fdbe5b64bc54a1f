import { ENDOGENOUS_OPIOID_TONE } from "../../pharmacology/endogenous.ts";
import { FENTANYL_SPECIES } from "../../pharmacology/fentanyl.ts";
import { kd50_nm } from "../../pharmacology/mor.ts";
import { operationalResponse } from "./transducer.ts";

/*
 * Anchoring an endpoint's transducer to a clinical concentration–effect curve. What people show is a
 * fentanyl (effect-site or steady-state plasma) concentration at which an effect is half-maximal, EC50, and
 * how steeply it rises, here as the concentration EC90 at which it is 90 % of maximal. The model's endpoint
 * sees only the pool stimulus S, so both concentrations go through the engine's own equilibrium binding of
 * fentanyl in a pool that also holds the endogenous tone (the same numbers the receptor pool uses):
 *
 *   r   = (C_nM / K)^n                       K = (koff/kon)^(1/n), fentanyl's half-occupancy alone (0.351 nM)
 *   r_e = occ0 / (1 − occ0)                  the tone, drug-free occupancy occ0 = 0.05
 *   S   = (r + e_tone·r_e) / (1 + r_e + r)   fentanyl efficacy 1 plus the tone (efficacy e_tone = 1), as
 *                                            ReceptorPool.stimulus computes it at equilibrium
 *
 * and τ, m are then the unique pair for which the effect above rest (effectAboveRest) is exactly 0.5 at
 * S(EC50) and 0.9 at S(EC90). The "above rest" correction R(S0) is included by fixed-point iteration (it is
 * below 1e-6 for every anchored endpoint, so τ ≈ (1/S50)·(1)^(1/m) = 1/S50 to that precision).
 */

/** What the anchoring needs of one full agonist's equilibrium binding in the pool with the endogenous tone. */
export interface AnchorBinding {
  /** Concentration at which the agonist alone occupies half the pool, nM (total, plasma-equivalent scale). */
  readonly halfOccupancy_nM: number;
  /** Hill-type exponent of the binding. */
  readonly hill: number;
  readonly molarMass_g_mol: number;
  /** Drug-free occupancy of the endogenous tone, in [0, 1). */
  readonly toneOccupancy: number;
  /** Efficacy of the endogenous tone relative to fentanyl. */
  readonly toneEfficacy: number;
}

/**
 * Fentanyl's binding as the engine uses it: the FDA kinetic constants (src/pharmacology/fentanyl.ts), its
 * molar mass, and the endogenous tone (src/pharmacology/endogenous.ts).
 *
 * @throws {Error} if the fentanyl data carry no MOR binding (a broken catalogue).
 */
export function fentanylAnchorBinding(): AnchorBinding {
  const mor = FENTANYL_SPECIES.mor;
  if (!mor) throw new Error("fentanyl has no MOR binding data; the effect anchors need it");
  return {
    halfOccupancy_nM: kd50_nm(mor.binding),
    hill: mor.binding.kind === "kinetic" ? mor.binding.hill.value : 1,
    molarMass_g_mol: FENTANYL_SPECIES.molarMass_g_mol.value,
    toneOccupancy: ENDOGENOUS_OPIOID_TONE.occupancy.value,
    toneEfficacy: ENDOGENOUS_OPIOID_TONE.efficacy.value,
  };
}

/** The drug-free stimulus S0 = e_tone·occ0 of a pool with binding `b`. */
export function restingStimulusOf(b: AnchorBinding): number {
  return b.toneEfficacy * b.toneOccupancy;
}

/**
 * The pool stimulus S at equilibrium with the agonist at `c_ng_ml` (ng/mL, total effect-site scale) and the
 * endogenous tone.
 *
 * @example
 * const b = fentanylAnchorBinding();
 * stimulusAt(0, b);     // 0.05 (S0)
 * stimulusAt(0.63, b);  // ≈ 0.806 (Gourlay's analgesic MEC)
 * stimulusAt(6.9, b);   // ≈ 0.969
 */
export function stimulusAt(c_ng_ml: number, b: AnchorBinding): number {
  const rTone = b.toneOccupancy / (1 - b.toneOccupancy);
  const c_nM = (Math.max(0, c_ng_ml) * 1000) / b.molarMass_g_mol;
  const r = (c_nM / b.halfOccupancy_nM) ** b.hill;
  return (r + b.toneEfficacy * rTone) / (1 + rTone + r);
}

/** An endpoint's transducer anchored through the binding, with the stimuli at the two anchor concentrations. */
export interface AnchoredTransducer {
  readonly tau: number;
  readonly slope: number;
  /** S at the EC50 and at the EC90. */
  readonly s50: number;
  readonly s90: number;
  /** The resting stimulus the fractions are measured from. */
  readonly s0: number;
}

/**
 * τ and m such that fentanyl's effect above rest is exactly 0.5 at `ec50_ng_ml` and 0.9 at `ec90_ng_ml`.
 *
 * @throws {RangeError} unless 0 < EC50 < EC90 (finite), and S0 < S(EC50).
 *
 * @example
 * transducerThrough(0.63, 1.38, fentanylAnchorBinding()) // { tau ≈ 1.24, slope ≈ 22.4, s50 ≈ 0.806, … }
 */
export function transducerThrough(
  ec50_ng_ml: number,
  ec90_ng_ml: number,
  b: AnchorBinding,
): AnchoredTransducer {
  if (!(ec50_ng_ml > 0 && ec90_ng_ml > ec50_ng_ml && Number.isFinite(ec90_ng_ml))) {
    throw new RangeError(`need 0 < EC50 < EC90 (finite), got EC50 ${ec50_ng_ml}, EC90 ${ec90_ng_ml}`);
  }
  const s0 = restingStimulusOf(b);
  const s50 = stimulusAt(ec50_ng_ml, b);
  const s90 = stimulusAt(ec90_ng_ml, b);
  if (!(s50 > s0)) throw new RangeError(`S(EC50) = ${s50} is not above rest (${s0})`);
  let r0 = 0;
  let tau = 1;
  let slope = 1;
  for (let i = 0; i < 100; i++) {
    // R at the anchors such that (R − R0)/(1 − R0) = 0.5 and 0.9; their odds give m and τ exactly.
    const odds50 = odds(r0 + 0.5 * (1 - r0));
    const odds90 = odds(r0 + 0.9 * (1 - r0));
    slope = Math.log(odds90 / odds50) / Math.log(s90 / s50);
    tau = odds50 ** (1 / slope) / s50;
    const next = operationalResponse(tau, slope, s0);
    if (Math.abs(next - r0) <= 1e-15) break;
    r0 = next;
  }
  return { tau, slope, s50, s90, s0 };
}

function odds(p: number): number {
  return p / (1 - p);
}
