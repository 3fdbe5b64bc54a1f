/**
 * Parameters of the linear mammillary model in clearance/volume form, their validation, and the
 * micro-constants (first-order rate constants) derived from them.
 */

/**
 * A 1-, 2- or 3-compartment mammillary model: elimination from the central compartment, peripherals
 * exchanging with the central one only, optional first-order absorption from a depot. Time in hours,
 * volumes in litres, amounts in any mass unit (concentrations come out in that unit per litre).
 *
 * A peripheral compartment is present when its volume and flow are both given and positive; leaving
 * both out (or both 0, as `ScaledPk` does) removes it. Peripheral 3 needs peripheral 2.
 */
export interface LinearPkParams {
  readonly v1_l: number;
  readonly cl_l_h: number;
  readonly v2_l?: number;
  readonly q2_l_h?: number;
  readonly v3_l?: number;
  readonly q3_l_h?: number;
  /** First-order absorption rate from the depot; needed only by depot doses. */
  readonly ka_per_h?: number;
}

/** First-order rate constants (h⁻¹). `k1p[j]`/`kp1[j]` are central→peripheral j+2 and back. */
export interface MicroConstants {
  readonly compartments: 1 | 2 | 3;
  readonly k10: number;
  readonly k1p: readonly number[];
  readonly kp1: readonly number[];
  /** NaN when the model has no depot. */
  readonly ka: number;
}

/**
 * Validates `params` and converts them to rate constants: k10 = CL/V1, k1j = Qj/V1, kj1 = Qj/Vj.
 *
 * @throws RangeError naming the bad field and value, e.g.
 *   "closed-form PK: q2_l_h = -1 must be a positive finite number (L/h)"
 *
 * @example
 * microConstants({ v1_l: 10, cl_l_h: 5 })
 * // { compartments: 1, k10: 0.5, k1p: [], kp1: [], ka: NaN }
 * microConstants({ v1_l: 10, cl_l_h: 5, v2_l: 20, q2_l_h: 4, ka_per_h: 1.5 })
 * // { compartments: 2, k10: 0.5, k1p: [0.4], kp1: [0.2], ka: 1.5 }
 */
export function microConstants(params: LinearPkParams): MicroConstants {
  const v1 = positive(params.v1_l, "v1_l", "L");
  const cl = positive(params.cl_l_h, "cl_l_h", "L/h");
  const k1p: number[] = [];
  const kp1: number[] = [];
  const p2 = peripheral(params.v2_l, params.q2_l_h, 2);
  const p3 = peripheral(params.v3_l, params.q3_l_h, 3);
  if (p3 && !p2) {
    throw new RangeError(
      "closed-form PK: v3_l/q3_l_h are set but v2_l/q2_l_h are not; fill peripheral 2 first",
    );
  }
  for (const p of [p2, p3]) {
    if (!p) continue;
    k1p.push(p.q / v1);
    kp1.push(p.q / p.v);
  }
  const ka = params.ka_per_h === undefined ? Number.NaN : positive(params.ka_per_h, "ka_per_h", "1/h");
  return { compartments: (1 + k1p.length) as 1 | 2 | 3, k10: cl / v1, k1p, kp1, ka };
}

function peripheral(
  v: number | undefined,
  q: number | undefined,
  index: 2 | 3,
): { v: number; q: number } | undefined {
  const absent = (x: number | undefined) => x === undefined || x === 0;
  if (absent(v) && absent(q)) return undefined;
  return { v: positive(v, `v${index}_l`, "L"), q: positive(q, `q${index}_l_h`, "L/h") };
}

function positive(x: number | undefined, name: string, unit: string): number {
  if (x === undefined || !Number.isFinite(x) || x <= 0) {
    throw new RangeError(`closed-form PK: ${name} = ${x} must be a positive finite number (${unit})`);
  }
  return x;
}
