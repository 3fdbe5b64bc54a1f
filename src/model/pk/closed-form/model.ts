import { type Disposition, disposition } from "./eigen.ts";
import { type LinearPkParams, type MicroConstants, microConstants } from "./params.ts";

/**
 * A validated parameter set with everything that does not depend on time precomputed: rate constants,
 * eigenvalues and central weights. Build it once per subject and reuse it for every evaluation.
 */
export interface LinearPkModel {
  readonly params: LinearPkParams;
  readonly v1_l: number;
  readonly micro: MicroConstants;
  readonly disposition: Disposition;
}

/**
 * Validates `params` and precomputes the model's constants.
 *
 * @throws RangeError for a missing, non-positive or non-finite parameter (the message names it).
 *
 * @example
 * const m = linearPkModel({ v1_l: 17.5, cl_l_h: 74.03, v2_l: 85.83, q2_l_h: 133.7 });
 * m.micro.compartments      // 2
 * m.disposition.lambda      // fastest first, h⁻¹
 * linearPkModel({ v1_l: 0, cl_l_h: 1 }) // throws "closed-form PK: v1_l = 0 must be a positive finite number (L)"
 */
export function linearPkModel(params: LinearPkParams): LinearPkModel {
  const micro = microConstants(params);
  return { params, v1_l: params.v1_l, micro, disposition: disposition(micro) };
}
