/**
 * The breathing submodel alone, driven by an activation that steps at given times (an extra state changed
 * by bolus events, so each step is a clean discontinuity for the driver). For collapse-logic and
 * extreme-input tests.
 */
import { StepHistory } from "../../../src/model/respiration/delay.ts";
import { createRespiration, opioidExponents } from "../../../src/model/respiration/model.ts";
import type { RespirationOutputs } from "../../../src/model/respiration/types.ts";
import { dopri5 } from "../../../src/solver/dopri5.ts";
import { type EventRecord, runSchedule } from "../../../src/solver/driver.ts";

export interface ActivationRun {
  readonly times_s: Float64Array;
  readonly outputs: RespirationOutputs[];
  readonly states: Float64Array[];
  readonly log: readonly EventRecord[];
  readonly extrapolated: number;
  readonly expired: number;
}

/** `steps`: [time (s), activation from then on]; activation is 0 before the first step. */
export function runWithActivation(
  steps: ReadonlyArray<readonly [number, number]>,
  duration_s: number,
  options: { hypoxicEpisodes?: number; outputEvery_s?: number } = {},
): ActivationRun {
  const ACT = 0;
  const resp = createRespiration(undefined, {
    offset: 1,
    ...(options.hypoxicEpisodes === undefined ? {} : { hypoxicEpisodes: options.hypoxicEpisodes }),
  });
  const n = 1 + resp.size;
  const y0 = new Float64Array(n);
  resp.writeBaseline(y0);
  const past = new StepHistory(0, y0, resp.historyWindow_h);
  const drive = { agonistActivation: 0, ...opioidExponents("chronic") };
  let level = 0;
  const events = steps.map(([t, a]) => {
    const e = {
      kind: "bolus" as const,
      time: t / 3600,
      state: ACT,
      amount: a - level,
      label: `activation ${a}`,
    };
    level = a;
    return e;
  });
  const every = options.outputEvery_s ?? 10;
  const times: number[] = [];
  for (let t = 0; t <= duration_s; t += every) times.push(t);
  const outputs: RespirationOutputs[] = [];
  const states: Float64Array[] = [];
  const result = runSchedule({
    system: {
      n,
      rhs: (t, y, dy) => {
        dy[ACT] = 0;
        drive.agonistActivation = y[ACT];
        resp.rhs(t, y, dy, drive, past.at);
      },
    },
    y0,
    t0: 0,
    tEnd: duration_s / 3600,
    events,
    triggers: resp.triggers(),
    outputTimes: Float64Array.from(times, (t) => t / 3600),
    record: (_row, _t, y) => {
      drive.agonistActivation = y[ACT];
      outputs.push(resp.observe(y, drive));
      states.push(y.slice(1));
    },
    solver: past.record(dopri5(n, { rtol: 1e-6, atol: 1e-9, hMax: resp.maxStep_h })),
  });
  return {
    times_s: Float64Array.from(times),
    outputs,
    states,
    log: result.log,
    extrapolated: past.extrapolated,
    expired: past.expired,
  };
}
