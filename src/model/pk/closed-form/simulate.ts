/**
 * Superposition of dosing events, evaluated at one time or over a column of times.
 */
import { addEvent, inputBy, type LinearPkEvent, type PreparedEvent, prepareEvents } from "./events.ts";
import { type LinearPkModel, linearPkModel } from "./model.ts";
import type { LinearPkParams } from "./params.ts";
import { S, STATE_SIZE } from "./response.ts";

/** Amounts (mg) in every compartment at one time, plus the mass-balance terms. */
export interface LinearPkState {
  readonly depot: number;
  readonly central: number;
  readonly peripheral2: number;
  readonly peripheral3: number;
  /** Cumulative amount eliminated from the central compartment (CL·∫C dt). */
  readonly eliminated: number;
  /** Cumulative amount that has entered the model (f·amount, infusions pro rata). Equals the sum above. */
  readonly input: number;
  /** Central concentration A₁/V₁ (mg/L). */
  readonly concentration: number;
}

/** Column-oriented output: one `Float64Array` per quantity, aligned with `time_h`. */
export interface LinearPkColumns {
  readonly time_h: Float64Array;
  readonly depot: Float64Array;
  readonly central: Float64Array;
  readonly peripheral2: Float64Array;
  readonly peripheral3: Float64Array;
  readonly eliminated: Float64Array;
  readonly input: Float64Array;
  readonly concentration: Float64Array;
}

/**
 * Evaluates the closed form at every time in `times` (any order; times before an event get nothing from
 * it; a bolus at exactly t is included). Compartments a model lacks are zero.
 *
 * @example
 * const model = linearPkModel({ v1_l: 10, cl_l_h: 5, ka_per_h: 1.2 });
 * const out = simulateLinearPk(model, [{ kind: "bolus", into: "depot", time_h: 0, amount_mg: 100, f: 0.5 }],
 *   Float64Array.of(0, 1, 2));
 * out.concentration // Bateman curve: [0, 2.617…, 2.375…]
 * out.input[2]      // 50 = depot + central + eliminated at t = 2
 */
export function simulateLinearPk(
  model: LinearPkModel,
  events: readonly LinearPkEvent[],
  times: Float64Array,
): LinearPkColumns {
  const n = times.length;
  const out: LinearPkColumns = {
    time_h: Float64Array.from(times),
    depot: new Float64Array(n),
    central: new Float64Array(n),
    peripheral2: new Float64Array(n),
    peripheral3: new Float64Array(n),
    eliminated: new Float64Array(n),
    input: new Float64Array(n),
    concentration: new Float64Array(n),
  };
  fillLinearPk(model, prepareEvents(model, events), out);
  return out;
}

/**
 * Writes every column of `out` for the times in `out.time_h`, reusing the arrays (no allocation per time).
 * Takes events already normalised by `prepareEvents`, so a Monte Carlo loop prepares once per subject.
 *
 * @example
 * const prepared = prepareEvents(model, events);
 * fillLinearPk(model, prepared, columns); // columns.central[i] is A₁ at columns.time_h[i]
 */
export function fillLinearPk(
  model: LinearPkModel,
  prepared: readonly PreparedEvent[],
  out: LinearPkColumns,
): void {
  const state = new Float64Array(STATE_SIZE);
  for (let i = 0; i < out.time_h.length; i++) {
    const t = out.time_h[i];
    state.fill(0);
    let input = 0;
    for (const e of prepared) {
      addEvent(model, e, t, state);
      input += inputBy(e, t);
    }
    out.depot[i] = state[S.depot];
    out.central[i] = state[S.central];
    out.peripheral2[i] = state[S.peripheral2];
    out.peripheral3[i] = state[S.peripheral3];
    out.eliminated[i] = state[S.eliminated];
    out.input[i] = input;
    out.concentration[i] = state[S.central] / model.v1_l;
  }
}

/**
 * The full state at one time.
 *
 * @example
 * const m = linearPkModel({ v1_l: 10, cl_l_h: 5 });
 * linearPkState(m, [{ kind: "bolus", into: "central", time_h: 0, amount_mg: 10 }], 2)
 * // { central: 10·e^{-1}, eliminated: 10·(1 − e^{-1}), input: 10, concentration: e^{-1}, … }
 */
export function linearPkState(
  model: LinearPkModel,
  events: readonly LinearPkEvent[],
  t: number,
): LinearPkState {
  const c = simulateLinearPk(model, events, Float64Array.of(t));
  return {
    depot: c.depot[0],
    central: c.central[0],
    peripheral2: c.peripheral2[0],
    peripheral3: c.peripheral3[0],
    eliminated: c.eliminated[0],
    input: c.input[0],
    concentration: c.concentration[0],
  };
}

/**
 * Amount in the central compartment at t (mg).
 *
 * @example
 * centralAmount(linearPkModel({ v1_l: 10, cl_l_h: 5 }), [{ kind: "bolus", into: "central", time_h: 1, amount_mg: 10 }], 0.5)
 * // 0: the dose has not been given yet
 */
export function centralAmount(model: LinearPkModel, events: readonly LinearPkEvent[], t: number): number {
  return linearPkState(model, events, t).central;
}

/**
 * Central concentration A₁(t)/V₁ (mg/L when amounts are mg).
 *
 * @example
 * concentration(linearPkModel({ v1_l: 10, cl_l_h: 5 }), [{ kind: "bolus", into: "central", time_h: 0, amount_mg: 10 }], 0)
 * // 1
 */
export function concentration(model: LinearPkModel, events: readonly LinearPkEvent[], t: number): number {
  return linearPkState(model, events, t).concentration;
}

/**
 * Area under the central concentration curve from the first dose to infinity (mg·h/L): Σ f·amount / CL
 * for any route and schedule, since the model is linear and all drug leaves through CL.
 *
 * @example
 * aucInfinity({ v1_l: 17.5, cl_l_h: 74.03 }, [{ kind: "bolus", into: "central", time_h: 0, amount_mg: 10 }])
 * // 10 / 74.03 ≈ 0.1351
 */
export function aucInfinity(params: LinearPkParams, events: readonly LinearPkEvent[]): number {
  const model = linearPkModel(params);
  let total = 0;
  for (const e of prepareEvents(model, events)) total += e.amount;
  return total / model.params.cl_l_h;
}
