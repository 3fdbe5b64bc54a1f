import {
  CLEARANCE_EXPONENT,
  DEFAULT_HEIGHT_CM,
  fatFreeMass_kg,
  REFERENCE_WEIGHT_KG,
} from "../../pharmacology/body.ts";
import type { LinearPk } from "../../pharmacology/types.ts";
import type { ResolvedSubject } from "../../scenario/types.ts";

/** Clearances and volumes of one subject, after size scaling. Absent compartments have zero volume/flow. */
export interface ScaledPk {
  readonly compartments: 1 | 2 | 3;
  readonly v1_l: number;
  readonly cl_l_h: number;
  readonly v2_l: number;
  readonly q2_l_h: number;
  readonly v3_l: number;
  readonly q3_l_h: number;
}

/** Multipliers applied to a 70 kg reference parameter set. */
export interface SizeFactors {
  readonly volume: number;
  readonly clearance: number;
}

const REFERENCE_FFM_KG = fatFreeMass_kg(REFERENCE_WEIGHT_KG.value, DEFAULT_HEIGHT_CM.male.value, "male");

/**
 * Size factors of a subject: volumes ∝ weight/70; clearances and inter-compartmental flows ∝
 * (FFM/FFM_ref)^0.75, with fat-free mass by Janmahasatian 2005 and the reference a 70 kg man of default
 * height (so the default subject gets the published typical values, and sex acts through body composition).
 *
 * @example
 * sizeFactors({ weight_kg: 70, sex: "male", height_cm: 175.4, opioid_history: "naive" }) // { volume: 1, clearance: 1 }
 */
export function sizeFactors(subject: Pick<ResolvedSubject, "weight_kg" | "sex" | "height_cm">): SizeFactors {
  const ffm = fatFreeMass_kg(subject.weight_kg, subject.height_cm, subject.sex);
  return {
    volume: subject.weight_kg / REFERENCE_WEIGHT_KG.value,
    clearance: (ffm / REFERENCE_FFM_KG) ** CLEARANCE_EXPONENT.value,
  };
}

/** A 70 kg reference parameter set scaled by size factors. */
export function scalePk(pk: LinearPk, size: SizeFactors): ScaledPk {
  const { volume: v, clearance: c } = size;
  return {
    compartments: pk.compartments,
    v1_l: pk.v1_l.value * v,
    cl_l_h: pk.cl_l_h.value * c,
    v2_l: (pk.v2_l?.value ?? 0) * v,
    q2_l_h: (pk.q2_l_h?.value ?? 0) * c,
    v3_l: (pk.v3_l?.value ?? 0) * v,
    q3_l_h: (pk.q3_l_h?.value ?? 0) * c,
  };
}
