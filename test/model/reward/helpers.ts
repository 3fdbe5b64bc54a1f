import type { RewardModel } from "../../../src/model/reward/index.ts";
import { createSolver } from "../../../src/solver/create.ts";
import { runSchedule } from "../../../src/solver/driver.ts";
import type { OdeSystem } from "../../../src/solver/types.ts";

/** A reward time course sampled on a regular grid. */
export interface RewardCourse {
  readonly time_min: Float64Array;
  readonly stimulus: Float64Array;
  readonly gaba_rel: Float64Array;
  readonly dopamine_rel: Float64Array;
  readonly rush_rel_per_min: Float64Array;
}

/**
 * Integrates the reward model alone, driven by a stimulus S(t) (t in hours), with the repository's dopri5
 * and event driver, sampling every `step_min`. The slice sits at offset 1 behind a dummy state, so a model
 * that writes outside its slice is caught (the dummy must stay 0).
 */
export function integrateReward(
  reward: RewardModel,
  stimulus: (t_h: number) => number,
  duration_min: number,
  step_min: number,
): RewardCourse {
  const offset = 1;
  const n = offset + reward.size;
  const system: OdeSystem = {
    n,
    stateNames: ["dummy", ...reward.stateNames],
    rhs: (t, y, dydt) => {
      dydt[0] = 0;
      reward.rhs(y, offset, stimulus(t), dydt);
    },
  };
  const y0 = new Float64Array(n);
  reward.writeBaseline(y0, offset);
  const rows = Math.round(duration_min / step_min) + 1;
  const times = Float64Array.from({ length: rows }, (_, i) => (i * step_min) / 60);
  const course: RewardCourse = {
    time_min: times.map((t) => t * 60),
    stimulus: new Float64Array(rows),
    gaba_rel: new Float64Array(rows),
    dopamine_rel: new Float64Array(rows),
    rush_rel_per_min: new Float64Array(rows),
  };
  runSchedule({
    system,
    y0,
    t0: 0,
    tEnd: times[rows - 1]!,
    events: [],
    outputTimes: times,
    solver: createSolver("dopri5", n, { rtol: 1e-9, atol: 1e-12 }),
    record: (row, t, y) => {
      if (y[0] !== 0) throw new Error("the reward model wrote outside its slice");
      course.stimulus[row] = stimulus(t);
      course.gaba_rel[row] = y[offset]!;
      course.dopamine_rel[row] = reward.dopamine_rel(y, offset);
      course.rush_rel_per_min[row] = reward.rush_rel_per_min(y, offset, stimulus(t));
    },
  });
  return course;
}

/** Index of the largest value. */
export function argmax(v: Float64Array): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/**
 * A smooth stimulus pulse from rest S0 to `peak` at `peak_min`: S0 + (peak − S0)·(t/tp)·e^(1 − t/tp), the
 * shape of an effect-site curve after an IV bolus.
 */
export function pulse(s0: number, peak: number, peak_min: number): (t_h: number) => number {
  return (t_h) => {
    const x = (t_h * 60) / peak_min;
    return s0 + (peak - s0) * x * Math.exp(1 - x);
  };
}
