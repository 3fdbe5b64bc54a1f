import {
  clampStimulus,
  operationalResponse,
  operationalResponseSlope,
  positivePart,
} from "../effects/transducer.ts";
import { dopamineFiring, gabaTarget, gainForPeak, steadyDopamine } from "./disinhibition.ts";
import { DEFAULT_RESTING_STIMULUS, REWARD_PARAMETERS, type RewardParameters } from "./parameters.ts";

/** Which dopamine calibration: rat microdialysis (default) or the popular "up to 10×" claim. */
export type DopamineVariant = "measured" | "popular";

const MIN_PER_H = 60;

/**
 * VTA → nucleus accumbens dopamine as a state slice of the composite ODE (time in hours):
 *
 *   dG/dt = (G∞(S) − G)/τ_G          G: VTA GABA-neuron activity (1 = rest)
 *   F     = (1 + w)/(1 + w·G)        dopamine-neuron firing (1 = rest; algebraic)
 *   dD/dt = (F − D)/τ_D              D: accumbens extracellular dopamine (1 = baseline)
 *
 * with G∞ from disinhibition.ts and the gain w set so that D at full stimulus (S = 1) is the variant's
 * peak (3× measured, 10× popular). Below rest (S < S0, an antagonist displacing the endogenous tone) G
 * rises above 1 and D falls below baseline.
 */
export interface RewardModel {
  /** Number of states (2). */
  readonly size: number;
  /** State names with units: "vta_gaba_activity_rel", "dopamine_nacc_rel". */
  readonly stateNames: readonly string[];
  readonly variant: DopamineVariant;
  /** S0 the model treats as rest. */
  readonly restingStimulus: number;
  /** w, the disinhibition gain of this variant. */
  readonly gain: number;
  /** Writes the resting state (S = S0: G = D = 1) at `offset`. */
  writeBaseline(y: Float64Array, offset: number): void;
  /**
   * Writes dG/dt and dD/dt (per hour) at `offset` of `dydt`; allocates nothing. S is clamped to [0, 1] and
   * NaN counts as 0 (no stimulus: the endogenous tone is gone too, so dopamine drifts slightly below 1).
   */
  rhs(y: Float64Array, offset: number, S: number, dydt: Float64Array): void;
  /**
   * The two rows of ∂f/∂y (row-major, `n` columns, states at `offset`) written into `jac`; returns
   * ∂(dG/dt)/∂S (dD/dt does not read S).
   */
  jacobian(y: Float64Array, offset: number, S: number, jac: Float64Array, n: number): number;
  /** Accumbens dopamine relative to baseline. */
  dopamine_rel(y: Float64Array, offset: number): number;
  /** Dopamine-neuron firing relative to rest. */
  firing_rel(y: Float64Array, offset: number): number;
  /**
   * The rush: the rate of rise of accumbens dopamine, max(0, dD/dt), in baseline units per minute. dD/dt
   * depends on the states only; `S` is accepted so callers need not know that. 0 for non-finite states.
   */
  rush_rel_per_min(y: Float64Array, offset: number, S: number): number;
  /** Closed-form steady-state dopamine (× baseline) under a constant stimulus S. */
  steadyDopamine_rel(S: number): number;
}

/** Options of {@link createReward}; everything has a default. */
export interface RewardOptions {
  /** "measured" (default) or "popular" (the 10× claim, a documented discrepancy). */
  readonly variant?: DopamineVariant;
  /** The pool's drug-free stimulus S0 (default {@link DEFAULT_RESTING_STIMULUS}, 0.05). */
  readonly restingStimulus?: number;
  readonly params?: RewardParameters;
}

/**
 * Builds the reward model.
 *
 * @example
 * const reward = createReward({ restingStimulus: pool.stimulus(rest) });
 * reward.writeBaseline(y0, offset);               // G = D = 1
 * reward.rhs(y, offset, pool.stimulus(y), dydt);   // inside the composite right-hand side
 * reward.steadyDopamine_rel(0.9);                  // ≈ 2.94 (measured); ≈ 9.2 with variant "popular"
 *
 * @throws RangeError when `restingStimulus` is not in [0, 1), a time constant or τ is not positive, or the
 * variant's peak is unreachable.
 */
export function createReward(options: RewardOptions = {}): RewardModel {
  const variant = options.variant ?? "measured";
  const p = options.params ?? REWARD_PARAMETERS;
  const s0 = options.restingStimulus ?? DEFAULT_RESTING_STIMULUS.value;
  if (!(s0 >= 0 && s0 < 1)) {
    throw new RangeError(`restingStimulus ${s0} must be in [0, 1): the drug-free pool stimulus S0`);
  }
  for (const key of ["vtaTau", "vtaSlope", "gabaTimeConstant_min", "dopamineTimeConstant_min"] as const) {
    const v = p[key].value;
    if (!(v > 0 && Number.isFinite(v)))
      throw new RangeError(`reward parameter ${key} is ${v}; it must be > 0`);
  }
  const tau = p.vtaTau.value;
  const slope = p.vtaSlope.value;
  const peak = variant === "popular" ? p.peakPopular_rel.value : p.peakMeasured_rel.value;
  const gain = gainForPeak(peak, gabaTarget(1, s0, tau, slope));
  const kG = MIN_PER_H / p.gabaTimeConstant_min.value; // per hour
  const kD = MIN_PER_H / p.dopamineTimeConstant_min.value;
  const restScale = 1 / (1 - operationalResponse(tau, slope, s0));

  const dDdt = (y: Float64Array, offset: number) => kD * (dopamineFiring(y[offset]!, gain) - y[offset + 1]!);

  return {
    size: 2,
    stateNames: ["vta_gaba_activity_rel", "dopamine_nacc_rel"],
    variant,
    restingStimulus: s0,
    gain,
    writeBaseline(y, offset) {
      y[offset] = 1;
      y[offset + 1] = 1;
    },
    rhs(y, offset, S, dydt) {
      const gInf = (1 - operationalResponse(tau, slope, clampStimulus(S))) * restScale;
      dydt[offset] = kG * (gInf - y[offset]!);
      dydt[offset + 1] = dDdt(y, offset);
    },
    jacobian(y, offset, S, jac, n) {
      const g = y[offset]!;
      const rowG = offset * n;
      const rowD = (offset + 1) * n;
      jac[rowG + offset] = -kG;
      // F = (1 + w)/(1 + w·max(G, 0)).
      const q = 1 + gain * Math.max(g, 0);
      jac[rowD + offset] = g > 0 ? (-kD * (1 + gain) * gain) / (q * q) : 0;
      jac[rowD + offset + 1] = -kD;
      return -kG * restScale * operationalResponseSlope(tau, slope, S);
    },
    dopamine_rel: (y, offset) => y[offset + 1]!,
    firing_rel: (y, offset) => dopamineFiring(y[offset]!, gain),
    rush_rel_per_min(y, offset) {
      return positivePart(dDdt(y, offset) / MIN_PER_H);
    },
    steadyDopamine_rel: (S) => steadyDopamine(S, s0, tau, slope, gain),
  };
}
