import {
  ACUTE_EFFECT_FIELDS,
  acuteEffects,
  type EffectExponents,
  emptyAcuteEffects,
} from "../effects/index.ts";
import { EFFECT_PARAMETERS } from "../effects/parameters.ts";
import type { ReceptorPool } from "../receptor/pool.ts";
import type { RewardModel } from "../reward/index.ts";
import type { OutputColumn } from "../types.ts";

/** How tolerance and withdrawal reach the effect outputs (absent: no adaptation). */
export interface EffectAdaptation {
  /** Writes each endpoint's tolerance exponent in state y into `out`. */
  exponents(y: Float64Array, out: EffectExponents): void;
  /** Withdrawal mydriasis (mm) in state y, added to the pupil. */
  pupilDilation_mm(y: Float64Array): number;
  /** Where its states are in y (the effects depend on them and on the stimulus only). */
  readonly offset: number;
  readonly size: number;
}

/**
 * Reward and acute-effect outputs: `dopamine_nacc_rel`, the rush `dopamine_rise_rel_per_min`, and the
 * acute effects (euphoria, analgesia, sedation, nausea, itching, dry mouth, flushing, pupil size), which
 * are algebraic in the pool's stimulus, each seen through its endpoint's tolerance.
 */
export function effectColumns(
  pool: ReceptorPool,
  reward: RewardModel,
  rewardOffset: number,
  restingStimulus: number,
  adaptation?: EffectAdaptation,
): OutputColumn[] {
  const out = emptyAcuteEffects();
  const exponents: EffectExponents = {
    euphoria: 1,
    analgesia: 1,
    sedation: 1,
    nausea: 1,
    pruritus: 1,
    dry_mouth: 1,
    flushing: 1,
    pupil: 1,
  };
  // Every effect column of a row reads the same state: evaluate the eight transducers once per row.
  const ao = adaptation?.offset ?? 0;
  const key = new Float64Array(1 + (adaptation?.size ?? 0)).fill(Number.NaN);
  const effectsAt = (y: Float64Array) => {
    const s = pool.stimulus(y);
    let same = key[0] === s;
    for (let i = 1; i < key.length && same; i++) same = key[i] === y[ao + i - 1];
    if (same) return out;
    key[0] = s;
    for (let i = 1; i < key.length; i++) key[i] = y[ao + i - 1]!;
    adaptation?.exponents(y, exponents);
    acuteEffects(s, restingStimulus, out, EFFECT_PARAMETERS, adaptation ? exponents : undefined);
    if (adaptation) out.pupil_mm += adaptation.pupilDilation_mm(y);
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
