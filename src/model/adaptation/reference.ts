/**
 * The reference chronic user (`subject.opioid_history: chronic`): the adaptation state just before the next
 * dose of a steady pattern of 25 mg IV heroin hydrochloride every 6 hours (100 mg a day, typical of
 * dependent use; ASSUMPTION: Algera 2020's chronic users' doses were not in the abstract). DERIVED: measured
 * on the engine by `scripts/chronic-reference.ts` (120 days of the pattern from the naive state, 70 kg man,
 * breathing off); re-run it whenever PK, binding or adaptation constants change — a unit test recomputes it
 * and fails when these numbers drift. Breathing and effect tolerance exponents are calibrated at this state.
 */
export interface ChronicReference {
  readonly desensitisationFast: number;
  readonly desensitisationSlow: number;
  readonly counterFast: number;
  readonly counterSlow: number;
  readonly counterProtracted: number;
  /** The sustained log-load L at the trough (the starting value). */
  readonly sustainedLoad: number;
  /** The highest L over the last dosing cycle: the sustained-load fold counts only load above it. */
  readonly sustainedLoadMax: number;
}

export const CHRONIC_REFERENCE: ChronicReference = {
  desensitisationFast: 0.9201,
  desensitisationSlow: 0.8956,
  counterFast: 0.3156,
  counterSlow: 0.4955,
  counterProtracted: 0.0871,
  sustainedLoad: 2.337,
  sustainedLoadMax: 2.34,
};
