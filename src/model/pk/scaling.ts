import type { LinearPk } from "../../pharmacology/types.ts";

/** Reference body weight of the published parameter sets. */
export const REFERENCE_WEIGHT_KG = 70;

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

/**
 * Scales a 70 kg parameter set to a subject: volumes ∝ weight, clearances and inter-compartmental flows
 * ∝ weight^0.75 (allometric scaling, Anderson & Holford 2008, Annu Rev Pharmacol Toxicol 48:303).
 *
 * @example
 * scalePk(MORPHINE.pk, 70).cl_l_h // 74.03: the reference value
 * scalePk(MORPHINE.pk, 35).v1_l   // 8.75: half the volume
 */
export function scalePk(pk: LinearPk, weight_kg: number): ScaledPk {
  const v = weight_kg / REFERENCE_WEIGHT_KG;
  const c = v ** 0.75;
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
