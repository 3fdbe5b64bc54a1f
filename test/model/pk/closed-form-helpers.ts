/** Shared helpers and fast-check arbitraries for the closed-form PK tests. */
import fc from "fast-check";
import {
  type LinearPkColumns,
  type LinearPkEvent,
  type LinearPkParams,
  linearPkModel,
  simulateLinearPk,
} from "../../../src/model/pk/closed-form/index.ts";
import { scalePk } from "../../../src/model/pk/scaling.ts";
import { MORPHINE_SPECIES } from "../../../src/pharmacology/morphine.ts";

export const COLUMNS = ["depot", "central", "peripheral2", "peripheral3", "eliminated"] as const;
/** Morphine's 70 kg disposition (Lötsch 2002), taken from the drug data rather than retyped. */
export const MORPHINE: LinearPkParams = scalePk(MORPHINE_SPECIES.disposition, { volume: 1, clearance: 1 });

export const relErr = (a: number, b: number) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
export const bolus = (time_h: number, amount_mg: number, extra: Partial<LinearPkEvent> = {}): LinearPkEvent =>
  ({ kind: "bolus", into: "central", time_h, amount_mg, ...extra }) as LinearPkEvent;
export const oral = (time_h: number, amount_mg: number, f = 1): LinearPkEvent => ({
  kind: "bolus",
  into: "depot",
  time_h,
  amount_mg,
  f,
});
export const infusion = (time_h: number, amount_mg: number, duration_h: number): LinearPkEvent => ({
  kind: "infusion",
  time_h,
  amount_mg,
  duration_h,
});
export const sim = (p: LinearPkParams, events: readonly LinearPkEvent[], times: readonly number[]) =>
  simulateLinearPk(linearPkModel(p), events, Float64Array.from(times));

/**
 * Amounts below this are in the underflow range (e.g. a depot emptied at ka = 90/h for 8 h holds e^{-720}
 * of the dose); their relative error says nothing about the formulas, so property checks skip them.
 */
export const UNDERFLOW = 1e-250;

/** Largest relative difference between two columns (or a column and expected values), above UNDERFLOW. */
export function worstRel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (Math.max(Math.abs(a[i]), Math.abs(b[i])) > UNDERFLOW) worst = Math.max(worst, relErr(a[i], b[i]));
  }
  return worst;
}

/** `worstRel` over all compartment columns. */
export function maxRelDiff(a: LinearPkColumns, b: LinearPkColumns): number {
  return Math.max(...COLUMNS.map((c) => worstRel(a[c], b[c])));
}

/** Log-uniform positive numbers: PK parameters span orders of magnitude. */
export const logUniform = (lo: number, hi: number) =>
  fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(Math.exp);

export const paramsArb: fc.Arbitrary<LinearPkParams> = fc
  .record({
    v1_l: logUniform(1, 300),
    cl_l_h: logUniform(0.1, 300),
    v2_l: logUniform(1, 1000),
    q2_l_h: logUniform(0.01, 500),
    v3_l: logUniform(1, 3000),
    q3_l_h: logUniform(0.01, 500),
    ka_per_h: logUniform(0.01, 100),
    compartments: fc.constantFrom(1, 2, 3),
  })
  .map(({ compartments, v2_l, q2_l_h, v3_l, q3_l_h, ...rest }) => ({
    ...rest,
    ...(compartments >= 2 ? { v2_l, q2_l_h } : {}),
    ...(compartments >= 3 ? { v3_l, q3_l_h } : {}),
  }));

/** Times on a 1/64 h grid, so that shifting by whole hours is exact in floating point. */
export const gridTime = (lo: number, hi: number) =>
  fc.integer({ min: lo * 64, max: hi * 64 }).map((i) => i / 64);

export const eventArb: fc.Arbitrary<LinearPkEvent> = fc.oneof(
  fc.record({
    kind: fc.constant("bolus" as const),
    into: fc.constantFrom("central" as const, "depot" as const),
    time_h: gridTime(-5, 48),
    amount_mg: logUniform(0.01, 1000),
    // f = 0 (nothing absorbed) or a plausible fraction; subnormal amounts would only test denormal arithmetic.
    f: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })),
    lag_h: gridTime(0, 2),
  }),
  fc.record({
    kind: fc.constant("infusion" as const),
    time_h: gridTime(-5, 48),
    amount_mg: logUniform(0.01, 1000),
    duration_h: gridTime(0, 24),
    lag_h: gridTime(0, 2),
  }),
);

export const caseArb = fc.record({
  params: paramsArb,
  events: fc.array(eventArb, { minLength: 1, maxLength: 6 }),
  times: fc.array(gridTime(-5, 120), { minLength: 1, maxLength: 20 }),
});
