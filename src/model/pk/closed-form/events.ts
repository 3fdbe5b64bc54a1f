/**
 * Dosing events of the closed-form model and their normalisation: lag and bioavailability applied once,
 * infusions turned into a rate and an end state.
 */
import type { LinearPkModel } from "./model.ts";
import { addCentralEntry, addCentralInput, addPeripheralEntry, S, STATE_SIZE } from "./response.ts";

interface EventBase {
  /** Nominal administration time (h); the input starts at `time_h + lag_h`. */
  readonly time_h: number;
  /** Amount administered (mg, or any unit: concentrations come out in that unit per litre). */
  readonly amount_mg: number;
  /**
   * Bioavailability: the fraction of `amount_mg` that enters the model (default 1). The rest never enters
   * and is not counted as eliminated. Callers that already scaled the amount leave it out.
   */
  readonly f?: number;
  /** Absorption lag (h), default 0. */
  readonly lag_h?: number;
}

/** An instantaneous dose into the central compartment (IV push) or into the absorption depot. */
export interface BolusEvent extends EventBase {
  readonly kind: "bolus";
  readonly into: "central" | "depot";
}

/**
 * A zero-order input of `f·amount_mg` into the central compartment over `duration_h`. A duration of 0 is
 * a central bolus (the scenario convention). Overlapping infusions add.
 */
export interface InfusionEvent extends EventBase {
  readonly kind: "infusion";
  readonly duration_h: number;
}

export type LinearPkEvent = BolusEvent | InfusionEvent;

/** An event reduced to what the response formulas need. */
export interface PreparedEvent {
  readonly start: number;
  /** Amount entering the model: f·amount_mg. */
  readonly amount: number;
  readonly into: "central" | "depot" | "infusion";
  /** Infusion duration (0 for boluses) and rate. */
  readonly duration: number;
  readonly rate: number;
  /** State at the end of an infusion (empty otherwise), from which the post-infusion phase propagates. */
  readonly endState: Float64Array;
}

/**
 * Validates and normalises events for `model`.
 *
 * @throws RangeError naming the event index and field, e.g. "closed-form PK: event 2 is a depot dose but
 *   the model has no ka_per_h; set ka_per_h or dose into the central compartment".
 *
 * @example
 * const model = linearPkModel({ v1_l: 10, cl_l_h: 5 });
 * prepareEvents(model, [{ kind: "infusion", time_h: 1, amount_mg: 20, duration_h: 4, f: 0.5, lag_h: 0.5 }]);
 * // [{ start: 1.5, amount: 10, into: "infusion", duration: 4, rate: 2.5, endState: Float64Array(5) }]
 */
export function prepareEvents(model: LinearPkModel, events: readonly LinearPkEvent[]): PreparedEvent[] {
  return events.map((e, i) => {
    const at = `closed-form PK: event ${i}`;
    check(Number.isFinite(e.time_h), `${at}: time_h = ${e.time_h} must be finite`);
    check(e.amount_mg >= 0 && Number.isFinite(e.amount_mg), `${at}: amount_mg = ${e.amount_mg} must be ≥ 0`);
    const f = e.f ?? 1;
    const lag = e.lag_h ?? 0;
    check(f >= 0 && Number.isFinite(f), `${at}: f = ${f} must be a finite fraction ≥ 0`);
    check(lag >= 0 && Number.isFinite(lag), `${at}: lag_h = ${lag} must be finite and ≥ 0`);
    const start = e.time_h + lag;
    const amount = f * e.amount_mg;
    if (e.kind === "bolus") {
      check(
        e.into === "central" || !Number.isNaN(model.micro.ka),
        `${at} is a depot dose but the model has no ka_per_h; set ka_per_h or dose into the central compartment`,
      );
      return { start, amount, into: e.into, duration: 0, rate: 0, endState: new Float64Array(0) };
    }
    const d = e.duration_h;
    check(d >= 0 && Number.isFinite(d), `${at}: duration_h = ${d} must be finite and ≥ 0 (0 means a bolus)`);
    if (d === 0) {
      return { start, amount, into: "central", duration: 0, rate: 0, endState: new Float64Array(0) };
    }
    const rate = amount / d;
    const endState = new Float64Array(STATE_SIZE);
    addCentralInput(model, rate, d, endState);
    return { start, amount, into: "infusion", duration: d, rate, endState };
  });
}

/** Adds one prepared event's contribution at time t to `state`. */
export function addEvent(model: LinearPkModel, e: PreparedEvent, t: number, state: Float64Array): void {
  const tau = t - e.start;
  if (!(tau >= 0) || e.amount === 0) return;
  if (e.into === "central") {
    addCentralEntry(model, e.amount, Number.NaN, tau, state);
  } else if (e.into === "depot") {
    const ka = model.micro.ka;
    state[S.depot] += e.amount * Math.exp(-ka * tau);
    addCentralEntry(model, e.amount * ka, ka, tau, state);
  } else if (tau <= e.duration) {
    addCentralInput(model, e.rate, tau, state);
  } else {
    // After the infusion: the end state evolves freely. Propagating it (rather than subtracting a shifted
    // infusion response) keeps every term positive, so the tail keeps full relative accuracy.
    const dt = tau - e.duration;
    const x = e.endState;
    addCentralEntry(model, x[S.central], Number.NaN, dt, state);
    for (let j = 0; j < model.micro.k1p.length; j++) {
      addPeripheralEntry(model, j, x[S.peripheral2 + j], dt, state);
    }
    state[S.eliminated] += x[S.eliminated];
  }
}

/** Cumulative amount that has entered the model by time t (the mass-balance total). */
export function inputBy(e: PreparedEvent, t: number): number {
  const tau = t - e.start;
  if (!(tau >= 0)) return 0;
  return e.duration === 0 || tau >= e.duration ? e.amount : e.rate * tau;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}
