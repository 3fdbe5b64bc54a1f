/**
 * Discontinuities the event driver applies between integration segments. Doses are data, not closures, so a
 * schedule can be sorted, logged and compared across solvers.
 */

/** An instantaneous addition of `amount` to state `state` (a bolus, after bioavailability). */
export interface BolusEvent {
  readonly kind: "bolus";
  readonly time: number;
  readonly state: number;
  readonly amount: number;
  /** Human-readable origin, copied into the event log. */
  readonly label: string;
  /** The event log's `type` for this event (default `dose_bolus`); model events name themselves. */
  readonly logAs?: string;
}

/**
 * A step change of the zero-order input into `state`: `+rate` when an infusion starts, `-rate` when it
 * ends. Overlapping infusions therefore add.
 */
export interface RateEvent {
  readonly kind: "rate";
  readonly time: number;
  readonly state: number;
  readonly rate: number;
  readonly label: string;
  /** The event log's `type` for this event (default `infusion_rate`). */
  readonly logAs?: string;
}

export type ScheduledEvent = BolusEvent | RateEvent;

/**
 * A condition on the state that schedules events the first time it becomes true. `g(t, y) ≤ 0` means the
 * condition holds; the trigger fires when g crosses from positive to non-positive (a condition already true
 * at the start does not fire until it has been false).
 */
export interface StateTrigger {
  readonly label: string;
  /** The event log's `type` when it fires (default `trigger`), e.g. `cardiac_arrest`. */
  readonly logAs?: string;
  readonly g: (t: number, y: Float64Array) => number;
  /** The events to schedule when the trigger fires at time `t` (they may be at `t` itself). */
  fire(t: number): readonly ScheduledEvent[];
}

/**
 * Order of events at one time: rate decreases (infusion ends) first, then increases, then boluses; input
 * order breaks ties. Inputs are additive, so this only fixes the log's order and makes a rate that returns
 * to zero exactly zero.
 */
export function eventRank(e: ScheduledEvent): number {
  if (e.kind === "rate") return e.rate < 0 ? 0 : 1;
  return 2;
}

/** A stable sort of events by (time, rank). */
export function sortEvents(events: readonly ScheduledEvent[]): ScheduledEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.time - b.e.time || eventRank(a.e) - eventRank(b.e) || a.i - b.i)
    .map((x) => x.e);
}
