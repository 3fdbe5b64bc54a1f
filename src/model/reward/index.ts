/**
 * Reward: mu-receptor stimulus silences VTA GABA neurons, dopamine neurons are disinhibited, and nucleus
 * accumbens dopamine rises (1 = baseline), with the rush (rate of rise) as an observable.
 */
export { dopamineFiring, gabaTarget, gainForPeak, steadyDopamine } from "./disinhibition.ts";
export {
  createReward,
  type DopamineVariant,
  type RewardModel,
  type RewardOptions,
} from "./model.ts";
export { DEFAULT_RESTING_STIMULUS, REWARD_PARAMETERS, type RewardParameters } from "./parameters.ts";
