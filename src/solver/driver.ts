import { DenseHistory } from "./history.ts";
import { findRoot } from "./roots.ts";
import { type ScheduledEvent, type StateTrigger, sortEvents } from "./schedule.ts";
import type { DenseStep, OdeSolver, OdeSystem, SolverStats } from "./types.ts";

/** What happened during a run, in time order. */
export interface EventRecord {
  /** `dose_bolus`, `infusion_rate`, `trigger`, or the `logAs` name a model gave its event or trigger. */
  readonly type: string;
  readonly time: number;
  readonly detail: string;
}

/** Input of {@link runSchedule}. */
export interface DriverInput {
  readonly system: OdeSystem;
  /** Initial state at t0 (not modified). */
  readonly y0: Float64Array;
  readonly t0: number;
  readonly tEnd: number;
  readonly events: readonly ScheduledEvent[];
  readonly triggers?: readonly StateTrigger[];
  /** Sorted sampling times in [t0, tEnd]; each is recorded exactly once, with post-event values. */
  readonly outputTimes: Float64Array;
  /** Receives the state at output time `outputTimes[row]` (the array is reused: copy what you keep). */
  readonly record: (row: number, t: number, y: Float64Array) => void;
  readonly solver: OdeSolver;
  /** Keep every step's dense output (for delayed states); off by default because it allocates. */
  readonly keepHistory?: boolean;
  /** Called after each segment with the time reached (for progress bars). */
  readonly onProgress?: (t: number) => void;
  /** Absolute accuracy of located trigger times (default 1e-9 in the model's time unit). */
  readonly rootTol?: number;
}

export interface DriverResult {
  /** State at tEnd. */
  readonly y: Float64Array;
  readonly log: readonly EventRecord[];
  readonly stats: Readonly<SolverStats>;
  readonly segments: number;
  readonly history: DenseHistory | undefined;
}

/**
 * Integrates a system through a dosing schedule. The solver only ever sees a smooth right-hand side: the
 * driver cuts time at every event, integrates each segment exactly to its end, applies the jumps there
 * (boluses add to a state, rate events change a zero-order input) and restarts the solver cold. State
 * triggers are located by root finding on the dense output and split the segment where they fire.
 * Outputs are sampled from dense output, so the output grid never forces extra steps.
 *
 * Same-time events are applied in the order of {@link sortEvents}; outputs at an event time show the
 * state after the event (right-continuous).
 */
export function runSchedule(input: DriverInput): DriverResult {
  const { system, solver, outputTimes, record, tEnd } = input;
  const n = system.n;
  if (input.y0.length !== n) {
    throw new RangeError(`initial state has length ${input.y0.length}; the system has ${n} states`);
  }
  const rates = new Float64Array(n);
  const activeInfusions = new Int32Array(n);
  // Number of states with an infusion running: most segments of a bolus regimen have none.
  let infusing = 0;
  const wrapped: OdeSystem = {
    ...system,
    rhs: (t, y, dydt) => {
      system.rhs(t, y, dydt);
      if (infusing > 0) for (let i = 0; i < n; i++) dydt[i] += rates[i];
    },
  };
  const y = Float64Array.from(input.y0);
  const scratch = new Float64Array(n);
  const queue = sortEvents(input.events.filter((e) => e.time >= input.t0 && e.time <= tEnd));
  const triggers = input.triggers ?? [];
  const fired = new Uint8Array(triggers.length);
  const gLast = new Float64Array(triggers.length);
  const roots = new Float64Array(triggers.length);
  const gEnd = new Float64Array(triggers.length);
  const atEnd = new Float64Array(n);
  const history = input.keepHistory ? new DenseHistory() : undefined;
  const rootTol = input.rootTol ?? 1e-9;
  const log: EventRecord[] = [];
  let row = 0;
  let segments = 0;
  let t = input.t0;
  const stats0 = { ...solver.stats };

  const nearlyEqual = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
  const recordUpTo = (step: DenseStep, tStop: number, inclusive: boolean) => {
    while (row < outputTimes.length) {
      const to = outputTimes[row]!;
      if (nearlyEqual(to, tStop) ? !inclusive : to > tStop) break;
      step.interpolate(Math.min(Math.max(to, step.t0), step.t1), scratch);
      record(row++, to, scratch);
    }
  };
  const recordAt = (time: number) => {
    while (row < outputTimes.length && (outputTimes[row]! < time || nearlyEqual(outputTimes[row]!, time))) {
      record(row++, outputTimes[row - 1]!, y);
    }
  };
  const applyEventsAt = (time: number) => {
    while (queue.length > 0 && (queue[0]!.time <= time || nearlyEqual(queue[0]!.time, time))) {
      const e = queue.shift()!;
      if (e.kind === "bolus") {
        y[e.state] += e.amount;
        log.push({ type: e.logAs ?? "dose_bolus", time, detail: e.label });
      } else {
        const before = activeInfusions[e.state]!;
        activeInfusions[e.state] += e.rate > 0 ? 1 : -1;
        if ((before === 0) !== (activeInfusions[e.state] === 0)) infusing += before === 0 ? 1 : -1;
        // Adding and removing the same rates leaves round-off; no active infusion means exactly zero.
        rates[e.state] = activeInfusions[e.state]! === 0 ? 0 : rates[e.state]! + e.rate;
        log.push({ type: e.logAs ?? "infusion_rate", time, detail: e.label });
      }
    }
  };
  const insert = (events: readonly ScheduledEvent[]) => {
    const merged = sortEvents([...queue, ...events.filter((e) => e.time <= tEnd)]);
    queue.length = 0;
    queue.push(...merged);
  };
  // Fire triggers whose condition became true by a jump (an event) rather than during a step.
  const checkTriggersAfterJump = (time: number) => {
    for (let k = 0; k < triggers.length; k++) {
      if (fired[k]) continue;
      const g = triggers[k]!.g(time, y);
      if (gLast[k]! > 0 && g <= 0) fire(k, time);
      gLast[k] = g;
    }
  };
  const fire = (k: number, time: number) => {
    fired[k] = 1;
    log.push({ type: triggers[k]!.logAs ?? "trigger", time, detail: triggers[k]!.label });
    insert(triggers[k]!.fire(time));
  };

  for (let k = 0; k < triggers.length; k++) gLast[k] = triggers[k]!.g(t, y);
  applyEventsAt(t);
  checkTriggersAfterJump(t);
  applyEventsAt(t); // events a trigger scheduled with zero delay
  recordAt(t);

  while (t < tEnd && !nearlyEqual(t, tEnd)) {
    const segEnd = queue.length > 0 ? Math.min(queue[0]!.time, tEnd) : tEnd;
    let firedK = -1;
    let firedT = Number.NaN;
    const onStep = (step: DenseStep): number | undefined => {
      history?.push(step);
      // Earliest trigger crossing within this step, if any; every crossing's root is kept so that
      // triggers crossing together (within rootTol) all fire.
      firedK = -1;
      roots.fill(Number.NaN);
      if (triggers.length > 0) step.interpolate(step.t1, atEnd);
      for (let k = 0; k < triggers.length; k++) {
        if (fired[k]) continue;
        const tr = triggers[k]!;
        gEnd[k] = tr.g(step.t1, atEnd);
        if (gLast[k]! > 0 && gEnd[k]! <= 0) {
          const root = findRoot(
            (s) => {
              step.interpolate(s, scratch);
              return tr.g(s, scratch);
            },
            step.t0,
            step.t1,
            rootTol,
          );
          roots[k] = root;
          if (firedK < 0 || root < firedT) {
            firedK = k;
            firedT = root;
          }
        }
      }
      if (firedK >= 0) {
        recordUpTo(step, firedT, false);
        return firedT;
      }
      for (let k = 0; k < triggers.length; k++) if (!fired[k]) gLast[k] = gEnd[k]!;
      recordUpTo(step, step.t1, step.t1 < segEnd && !nearlyEqual(step.t1, segEnd));
      return undefined;
    };
    const reached = solver.solve(wrapped, t, y, segEnd, onStep);
    segments++;
    if (firedK >= 0) {
      t = reached;
      const together: number[] = [];
      for (let k = 0; k < triggers.length; k++) {
        if (fired[k]) continue;
        if (roots[k]! <= firedT + rootTol) together.push(k);
        else gLast[k] = triggers[k]!.g(t, y);
      }
      for (const k of together) fire(k, t);
    } else {
      t = segEnd;
    }
    applyEventsAt(t);
    checkTriggersAfterJump(t);
    applyEventsAt(t);
    recordAt(t);
    input.onProgress?.(t);
  }
  const s = solver.stats;
  const stats: SolverStats = {
    steps: s.steps - stats0.steps,
    rejected: s.rejected - stats0.rejected,
    rhsEvals: s.rhsEvals - stats0.rhsEvals,
    jacEvals: s.jacEvals - stats0.jacEvals,
    luDecomps: s.luDecomps - stats0.luDecomps,
  };
  return { y, log, stats, segments, history };
}
