import type { ScheduledEvent, StateTrigger } from "../../solver/schedule.ts";
import type { CollapseValues } from "./circulation.ts";
import { STATE } from "./layout.ts";

const { COLLAPSE_ELAPSED, COLLAPSE_FLAG, EPISODES } = STATE;

/*
 * Hypoxic cardiac arrest inside one solve.
 *
 * The FDA model decides collapse in two passes (models.md §1.7): solve once, find the first time t1 at
 * which PaO2 ≤ 15 mmHg, and if PaO2 is still ≤ 15 at t1 + 220 s, solve again with the circulation decaying
 * from then on. Before t1 + 220 s both passes are the same trajectory, so one solve with events gives the
 * same answer:
 *
 * 1. "hypoxia onset" trigger, g = PaO2 − 15: when it fires at t1 it schedules a bolus of +1 on
 *    `collapse_flag` at t1 + 220 s. The right-hand side lets the circulation factor decay while the flag
 *    is 1 and advances `collapse_elapsed_s`.
 * 2. "hypoxia resolved" trigger, g = max(15 − PaO2, 0.5 − flag, elapsed, …): this is ≤ 0 only at the
 *    instant the flag has just been raised (elapsed is still 0) and PaO2 ≥ 15. The driver checks
 *    triggers right after applying events, so at t1 + 220 s it either fires (the collapse is cancelled:
 *    flag −1, and `hypoxic_episodes_survived` +1, all at the same instant, before any integration) or it
 *    can never fire again (elapsed > 0 from then on).
 *
 * Everything lives in the state vector and the schedule, so a run is a pure function of its inputs: no
 * closure remembers anything between runs. Because triggers fire once, the pair is repeated for episodes
 * k = 0, 1, …: pair k is armed only while `hypoxic_episodes_survived` = k, so a renarcotized subject whose
 * first collapse was cancelled gets a new 220 s window at the next crossing (the IN branch's
 * "renarcotization-induced" arrest).
 *
 * A third trigger without events marks cardiac arrest (cardiac output ≤ 0.01 L/min) in the event log.
 */

/** What the triggers need to read from a state vector. */
export interface CollapseProbe {
  /** Offset of the submodel in the state vector. */
  readonly offset: number;
  /** Arterial PO2 (mmHg) of a full state vector. */
  arterialPo2(y: Float64Array): number;
  /** Cardiac output (L/min) of a full state vector. */
  cardiacOutput_l_min(y: Float64Array): number;
}

/**
 * The triggers for `episodes` hypoxic episodes plus the arrest marker. Times are in hours.
 *
 * @example
 * runSchedule({ ..., triggers: [...model.triggers(), ...doseTriggers] })
 */
export function collapseTriggers(probe: CollapseProbe, k: CollapseValues, episodes: number): StateTrigger[] {
  const o = probe.offset;
  const threshold = k.pao2Threshold_mmhg;
  const delay_h = k.delay_s / 3600;
  const triggers: StateTrigger[] = [];
  for (let e = 0; e < episodes; e++) {
    // |survived − e| − 0.5 ≤ 0 exactly when survived = e (it only takes integer values).
    const armed = (y: Float64Array) => Math.abs(y[o + EPISODES] - e) - 0.5;
    triggers.push({
      label: `PaO2 ≤ ${threshold} mmHg (hypoxic episode ${e + 1}): collapse due in ${k.delay_s} s`,
      logAs: "severe_hypoxaemia",
      // While disarmed g stays positive without computing blood gas: only its sign matters then.
      g: (_t, y) => {
        const off = armed(y);
        return off > 0 ? off : probe.arterialPo2(y) - threshold;
      },
      fire: (t): ScheduledEvent[] => [
        {
          kind: "bolus",
          time: t + delay_h,
          state: o + COLLAPSE_FLAG,
          amount: 1,
          label: "circulatory collapse begins",
          logAs: "circulatory_collapse",
        },
      ],
    });
    triggers.push({
      label: `PaO2 back above ${threshold} mmHg when collapse was due (episode ${e + 1}): collapse cancelled`,
      logAs: "collapse_averted",
      g: (_t, y) => {
        const off = Math.max(0.5 - y[o + COLLAPSE_FLAG], y[o + COLLAPSE_ELAPSED], armed(y));
        return off > 0 ? off : Math.max(threshold - probe.arterialPo2(y), off);
      },
      fire: (t): ScheduledEvent[] => [
        {
          kind: "bolus",
          time: t,
          state: o + COLLAPSE_FLAG,
          amount: -1,
          label: "collapse cancelled",
          logAs: "model_state",
        },
        {
          kind: "bolus",
          time: t,
          state: o + EPISODES,
          amount: 1,
          label: "hypoxic episode survived",
          logAs: "model_state",
        },
      ],
    });
  }
  triggers.push({
    label: `cardiac arrest (cardiac output ≤ ${k.arrestCardiacOutput_l_min} L/min)`,
    logAs: "cardiac_arrest",
    g: (_t, y) => probe.cardiacOutput_l_min(y) - k.arrestCardiacOutput_l_min,
    fire: () => [],
  });
  return triggers;
}
