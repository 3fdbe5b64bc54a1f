import { ACUTE_EFFECT_FIELDS, acuteEffects, emptyAcuteEffects } from "../effects/index.ts";
import type { ReceptorPool } from "../receptor/pool.ts";
import type { RewardModel } from "../reward/index.ts";
import type { OutputColumn } from "../types.ts";

/**
 * Reward and acute-effect outputs: `dopamine_nacc_rel`, the rush `dopamine_rise_rel_per_min`, and the
 * acute effects (euphoria, analgesia, sedation, nausea, itching, dry mouth, flushing, pupil size), which
 * are algebraic in the pool's stimulus.
 */
export function effectColumns(
  pool: ReceptorPool,
  reward: RewardModel,
  rewardOffset: number,
  restingStimulus: number,
): OutputColumn[] {
  const out = emptyAcuteEffects();
  // Every effect column of a row reads the same stimulus: evaluate the eight transducers once per value.
  let lastS = Number.NaN;
  const effectsAt = (y: Float64Array) => {
    const s = pool.stimulus(y);
    if (s !== lastS) {
      acuteEffects(s, restingStimulus, out);
      lastS = s;
    }
    return out;
  };
  return [
    {
      name: "dopamine_nacc_rel",
      unit: "× baseline",
      label: "Accumbens dopamine",
      compute: (_t, y) => reward.dopamine_rel(y, rewardOffset),
    },
    {
      name: "dopamine_rise_rel_per_min",
      unit: "× baseline/min",
      label: "Dopamine rate of rise (the rush)",
      compute: (_t, y) => reward.rush_rel_per_min(y, rewardOffset, pool.stimulus(y)),
    },
    ...ACUTE_EFFECT_FIELDS.map(
      ({ field, unit, label }): OutputColumn => ({
        name: field,
        unit,
        label,
        compute: (_t, y) => effectsAt(y)[field],
      }),
    ),
  ];
}
