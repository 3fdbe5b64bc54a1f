import {
  type LinearPkEvent,
  type LinearPkParams,
  linearPkModel,
  simulateLinearPk,
} from "../../src/model/pk/closed-form/index.ts";
import type { SolverMethod } from "../../src/scenario/types.ts";
import { createSolver } from "../../src/solver/create.ts";
import { runSchedule } from "../../src/solver/driver.ts";
import type { ScheduledEvent, StateTrigger } from "../../src/solver/schedule.ts";
import type { OdeSystem } from "../../src/solver/types.ts";
import { MORPHINE } from "../model/pk/closed-form-helpers.ts";

export const METHODS: readonly SolverMethod[] = ["rodas4", "rodas5p", "ros34pw2", "dopri5"];

/** States of the test system: depot, central, peripheral 2, peripheral 3 (amounts, mg). */
export const DEPOT = 0;
export const CENTRAL = 1;

/** The ODE form of a linear mammillary model with a depot, written independently of src/model. */
export function linearSystem(p: LinearPkParams): OdeSystem {
  const ka = p.ka_per_h ?? 0;
  const k10 = p.cl_l_h / p.v1_l;
  const k12 = (p.q2_l_h ?? 0) / p.v1_l;
  const k21 = p.v2_l ? (p.q2_l_h ?? 0) / p.v2_l : 0;
  const k13 = (p.q3_l_h ?? 0) / p.v1_l;
  const k31 = p.v3_l ? (p.q3_l_h ?? 0) / p.v3_l : 0;
  return {
    n: 4,
    stateNames: ["depot", "central", "peripheral2", "peripheral3"],
    rhs: (_t, y, dy) => {
      dy[0] = -ka * y[0];
      dy[1] = ka * y[0] - (k10 + k12 + k13) * y[1] + k21 * y[2] + k31 * y[3];
      dy[2] = k12 * y[1] - k21 * y[2];
      dy[3] = k13 * y[1] - k31 * y[3];
    },
  };
}

/** The same dose list as driver events (what the model layer does: F and lag applied, infusions as rates). */
export function toDriverEvents(events: readonly LinearPkEvent[]): ScheduledEvent[] {
  return events.flatMap((e): ScheduledEvent[] => {
    const amount = e.amount_mg * (e.f ?? 1);
    const t = e.time_h + (e.lag_h ?? 0);
    if (e.kind === "bolus") {
      return [
        { kind: "bolus", time: t, state: e.into === "depot" ? DEPOT : CENTRAL, amount, label: "bolus" },
      ];
    }
    if (e.duration_h === 0) return [{ kind: "bolus", time: t, state: CENTRAL, amount, label: "bolus" }];
    const rate = amount / e.duration_h;
    return [
      { kind: "rate", time: t, state: CENTRAL, rate, label: "start" },
      { kind: "rate", time: t + e.duration_h, state: CENTRAL, rate: -rate, label: "end" },
    ];
  });
}

/** Runs the driver and returns central amounts on `times`, with the run's statistics. */
export function driverCentral(
  method: SolverMethod,
  p: LinearPkParams,
  events: readonly ScheduledEvent[],
  times: Float64Array,
  options: { rtol?: number; triggers?: readonly StateTrigger[]; keepHistory?: boolean } = {},
) {
  const system = linearSystem(p);
  const central = new Float64Array(times.length);
  const rtol = options.rtol ?? 1e-9;
  const solver = createSolver(method, system.n, { rtol, atol: rtol * 1e-3, maxSteps: 200_000 });
  const run = runSchedule({
    system,
    solver,
    y0: new Float64Array(4),
    t0: 0,
    tEnd: times[times.length - 1]!,
    events,
    triggers: options.triggers ?? [],
    outputTimes: times,
    record: (row, _t, y) => {
      central[row] = y[CENTRAL]!;
    },
    keepHistory: options.keepHistory ?? false,
  });
  return { central, run };
}

/** Closed-form central amounts on `times`. */
export function closedCentral(
  p: LinearPkParams,
  events: readonly LinearPkEvent[],
  times: Float64Array,
): Float64Array {
  return simulateLinearPk(linearPkModel(p), events, times).central;
}

/** Largest |a−b| / (|b| + floor) over the arrays. */
export function maxRelError(a: Float64Array, b: Float64Array, floor: number): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++)
    worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / (Math.abs(b[i]!) + floor));
  return worst;
}

/** 0, step, …, end. */
export function grid(end: number, step: number): Float64Array {
  const n = Math.round(end / step);
  return Float64Array.from({ length: n + 1 }, (_, i) => i * step);
}

/** Morphine's 70 kg disposition (Lötsch 2002) with an absorption rate for depot tests. */
export const THREE_CMT: LinearPkParams = { ...MORPHINE, ka_per_h: 1.5 };
