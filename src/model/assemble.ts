import { findSpecies } from "../pharmacology/catalog.ts";
import type { DoseSpec, ModelOptions, ResolvedSubject } from "../scenario/types.ts";
import type { OdeSolver } from "../solver/types.ts";
import { toleranceScale } from "./adaptation/exponents.ts";
import { createAdaptation } from "./adaptation/model.ts";
import { adaptationColumns } from "./columns/adaptation.ts";
import { effectColumns } from "./columns/effects.ts";
import { receptorColumns } from "./columns/receptor.ts";
import { respirationColumns } from "./columns/respiration.ts";
import { tolerant, tolerantSlopes } from "./effects/acute.ts";
import { EFFECT_PARAMETERS } from "./effects/parameters.ts";
import { compositeJacobian, type DownstreamBlock } from "./jacobian.ts";
import { buildPkModel } from "./pk/network.ts";
import { endogenousLigand, speciesLigand } from "./receptor/ligands.ts";
import { type PoolLigand, ReceptorPool } from "./receptor/pool.ts";
import { StepHistory } from "./respiration/delay.ts";
import type { OpioidExponents } from "./respiration/isohypercapnic.ts";
import { createRespiration } from "./respiration/model.ts";
import { OPIOID_EXPONENTS } from "./respiration/parameters.ts";
import type { RespirationDrive } from "./respiration/types.ts";
import { createReward } from "./reward/index.ts";
import type { CompiledModel, OutputColumn } from "./types.ts";

/**
 * The whole-body model of one scenario, one state vector:
 *
 *   [ PK network | MOR occupancies | reward | adaptation | breathing (optional) ]
 *
 * - PK network (src/model/pk): every species the doses reach, linear; brain concentrations in nM.
 * - Receptor pool (src/model/receptor): one occupancy per ligand present plus the endogenous tone; its
 *   stimulus S = reserve·Σ efficacy·Occ.
 * - Reward (src/model/reward): VTA GABA interneurons → dopamine neurons → accumbens dopamine, driven by S.
 * - Adaptation (src/model/adaptation): tolerance, dependence and withdrawal driven by the drug part of S,
 *   A = (S − S0)/(1 − S0) (for fentanyl alone its occupancy, as in the FDA fit). Each endpoint sees A^κ
 *   with its own tolerance exponent κ (reward, effects, breathing); the COWS follows the withdrawal drive.
 * - Acute effects (src/model/effects) are algebraic in S and κ (no states).
 * - Breathing (src/model/respiration, the FDA overdose physiology): driven by A with the FDA exponents
 *   times breathing's κ.
 *
 * With breathing the system is a delay equation: the solver's step is capped at the shortest transport
 * delay (`maxStep_h`) and every run records its accepted steps (`prepareSolver`).
 */
export function buildModel(
  doses: readonly Pick<DoseSpec, "drug" | "route">[],
  subject: ResolvedSubject,
  options: ModelOptions,
): CompiledModel {
  const pk = buildPkModel(doses, subject);
  const pkNames = pk.system.stateNames ?? [];
  const names = [...pkNames];
  const ligands: PoolLigand[] = [];
  pkNames.forEach((name, index) => {
    const m = /^(.+)_brain_nm$/.exec(name);
    if (!m) return;
    const ligand = speciesLigand(findSpecies(m[1]!)!, index);
    if (ligand) ligands.push(ligand);
  });
  ligands.push(endogenousLigand());
  const pool = new ReceptorPool(ligands, names.length);
  for (const l of ligands) names.push(`mor_occupancy_${l.id}`);

  // At rest only the endogenous tone binds: its stimulus S0 is the reference for every effect.
  const rest = new Float64Array(names.length);
  pool.writeEquilibrium(rest);
  const restingStimulus = pool.stimulus(rest);
  const reward = createReward({ variant: options.dopamine, restingStimulus });
  const rewardOffset = names.length;
  names.push(...reward.stateNames);
  const adaptation = createAdaptation(names.length);
  names.push(...adaptation.stateNames);
  const lofexidineState = pkNames.indexOf("lofexidine_brain_nm");
  const lofexidine_nM = (y: Float64Array) => (lofexidineState >= 0 ? y[lofexidineState]! : 0);

  const resp = options.breathing ? createRespiration(undefined, { offset: names.length }) : undefined;
  if (resp) names.push(...resp.stateNames);
  const n = names.length;

  // The resting state: PK empty, pool at equilibrium with the endogenous tone, reward and breathing at rest.
  const y0 = new Float64Array(n);
  y0.set(pk.y0);
  pool.writeEquilibrium(y0);
  reward.writeBaseline(y0, rewardOffset);
  adaptation.writeStart(y0, {
    history: subject.opioid_history,
    ...(subject.days_abstinent === undefined ? {} : { daysAbstinent: subject.days_abstinent }),
  });
  resp?.writeBaseline(y0);

  // `tolerance_fold` rescales breathing's κ so that it has that fold at the start (and then evolves).
  const breathingScale =
    subject.tolerance_fold === undefined
      ? 1
      : toleranceScale("breathing").exponentForFold(subject.tolerance_fold) /
        adaptation.exponent(y0, "breathing");
  const naive = OPIOID_EXPONENTS.naive;
  const drive: { -readonly [K in keyof RespirationDrive]: RespirationDrive[K] } = {
    agonistActivation: 0,
    chemoreflexExponent: naive.chemoreflex.value,
    wakefulnessExponent: naive.wakefulness.value,
  };
  const activationFrom = (s: number) => {
    const a = (s - restingStimulus) / (1 - restingStimulus);
    // biome-ignore lint/complexity/useMathMinMax: NaN must map to 0 (no activation), which Math.max would not do.
    return a > 0 ? a : 0;
  };
  const activationOf = (y: Float64Array) => activationFrom(pool.stimulus(y));
  /** Sets the breathing drive for state y at stimulus s: activation and the tolerant exponents. */
  const setDrive = (y: Float64Array, s: number) => {
    drive.agonistActivation = activationFrom(s);
    const k = adaptation.exponent(y, "breathing") * breathingScale;
    drive.chemoreflexExponent = naive.chemoreflex.value * k;
    drive.wakefulnessExponent = naive.wakefulness.value * k;
    return drive.agonistActivation;
  };
  // Reward reads the desensitisation states D_f, D_s (its tolerance); adaptation reads A and lofexidine.
  const tolSlopes = new Float64Array(2);
  const kappaSlopes = new Float64Array(3);
  const loadState = adaptation.sustainedLoadState;
  const [dfState, dsState] = adaptation.desensitisationStates as [number, number];
  const rewardBlock: DownstreamBlock = {
    offset: rewardOffset,
    size: reward.size,
    rhs(y, s, dydt) {
      reward.rhs(y, rewardOffset, tolerant(s, restingStimulus, adaptation.exponent(y, "reward")), dydt);
    },
    jacobian(y, s, jac, n, dS) {
      // Reward sees S' = tolerant(S, S0, κ(D_f, D_s, L)): chain ∂(dG/dt)/∂S' through S, the two D states and
      // the sustained load.
      const kappa = adaptation.exponent(y, "reward");
      const dG_dSt = reward.jacobian(y, rewardOffset, tolerant(s, restingStimulus, kappa), jac, n);
      tolerantSlopes(s, restingStimulus, kappa, tolSlopes);
      adaptation.exponentSlopes(y, "reward", kappaSlopes);
      dS[0] = dG_dSt * tolSlopes[0]!;
      jac[rewardOffset * n + dfState] = dG_dSt * tolSlopes[1]! * kappaSlopes[0]!;
      jac[rewardOffset * n + dsState] = dG_dSt * tolSlopes[1]! * kappaSlopes[1]!;
      jac[rewardOffset * n + loadState] = dG_dSt * tolSlopes[1]! * kappaSlopes[2]!;
    },
  };
  const dActivation = new Float64Array(adaptation.size);
  const adaptationBlock: DownstreamBlock = {
    offset: adaptation.offset,
    size: adaptation.size,
    rhs(y, s, dydt) {
      adaptation.rhs(y, activationFrom(s), lofexidine_nM(y), dydt);
    },
    jacobian(y, s, jac, n, dS) {
      adaptation.jacobian(y, activationFrom(s), lofexidine_nM(y), lofexidineState, jac, n, dActivation);
      // A = (S − S0)/(1 − S0) where positive, else 0.
      const slope = s > restingStimulus ? 1 / (1 - restingStimulus) : 0;
      for (let r = 0; r < adaptation.size; r++) dS[r] = dActivation[r]! * slope;
    },
  };
  const downstream = [rewardBlock, adaptationBlock];
  // Without breathing the Rosenbrock methods get the block Jacobian; with it (a delay equation, explicit
  // dopri5 by default) a user-chosen Rosenbrock method falls back to finite differences.
  const jacobian = resp ? undefined : blockJacobian(pk, pool, downstream, n);
  let history: StepHistory | undefined;
  const pkRhs = pk.system.rhs;
  const system = {
    n,
    stateNames: names,
    // The breathing equations read delayed states from the run's history, so they depend on t.
    autonomous: !resp,
    ...(jacobian ? { jacobian } : {}),
    ...(resp ? { maxStep: (_t: number, y: Float64Array) => resp.stepCap_h(y) } : {}),
    rhs: (t: number, y: Float64Array, dydt: Float64Array) => {
      pkRhs(t, y, dydt); // fills all of dydt with 0 before the PK terms
      pool.rhs(y, dydt);
      const s = pool.stimulus(y);
      rewardBlock.rhs(y, s, dydt);
      adaptationBlock.rhs(y, s, dydt);
      if (resp) {
        setDrive(y, s);
        if (history === undefined)
          throw new Error("buildModel: call prepareSolver before integrating breathing");
        resp.rhs(t, y, dydt, drive, history.at);
      }
    },
  };

  const pupil = EFFECT_PARAMETERS.pupil;
  const mydriasis = adaptation.params.mydriasisMax_mm.value;
  const effects = effectColumns(pool, reward, rewardOffset, restingStimulus, {
    offset: adaptation.offset,
    size: adaptation.size,
    exponents(y, out) {
      out.euphoria = adaptation.exponent(y, "euphoria");
      out.analgesia = adaptation.exponent(y, "analgesia");
      out.sedation = adaptation.exponent(y, "sedation");
      out.nausea = adaptation.exponent(y, "nausea");
      out.pruritus = adaptation.exponent(y, "pruritus");
      out.dry_mouth = adaptation.exponent(y, "dry_mouth");
      out.flushing = adaptation.exponent(y, "flushing");
      out.pupil = adaptation.exponent(y, "pupil");
    },
    // Withdrawal mydriasis follows the fast signs (half of its range at 1 × rest excess LC activity).
    pupilDilation_mm(y) {
      const x = adaptation.signsFast(y);
      return (mydriasis * x * x) / (1 + x * x);
    },
  });
  const pupilColumn = effects.find((c) => c.name === "pupil_mm")!;
  const columns: OutputColumn[] = [
    ...pk.columns,
    ...receptorColumns(pool, restingStimulus, pool.totalOccupancy(rest)),
    ...effects,
    ...adaptationColumns(adaptation, {
      activation: activationOf,
      lofexidine_nM,
      pupilAboveRest_mm: (t, y) => pupilColumn.compute(t, y) - pupil.rest_mm.value,
    }),
    ...(resp ? respirationColumns(resp, (y) => setDrive(y, pool.stimulus(y)), drive) : []),
  ];
  return {
    system,
    y0,
    columns,
    finals: pk.finals,
    doseEvents: pk.doseEvents,
    ...(resp
      ? {
          maxStep_h: resp.largestStep_h,
          prepareSolver: (solver: OdeSolver) => {
            history = new StepHistory(0, y0, resp.historyWindow_h);
            return history.record(solver);
          },
          triggers: resp.triggers(),
          diagnostics: () => ({
            delayed_reads_past_history: history?.extrapolated ?? 0,
            delayed_reads_before_window: history?.expired ?? 0,
          }),
        }
      : {}),
  };
}

/**
 * The subject's breathing exponents at the start of a run: the FDA naive ones times breathing's tolerance
 * exponent κ in the subject's starting state (`opioid_history`, `days_abstinent`), or the κ of
 * `tolerance_fold` when given (Algera's 4.3-fold for the reference chronic user).
 */
export function breathingExponents(subject: ResolvedSubject): OpioidExponents {
  const k =
    subject.tolerance_fold !== undefined
      ? toleranceScale("breathing").exponentForFold(subject.tolerance_fold)
      : startingBreathingExponent(subject);
  return {
    chemoreflexExponent: OPIOID_EXPONENTS.naive.chemoreflex.value * k,
    wakefulnessExponent: OPIOID_EXPONENTS.naive.wakefulness.value * k,
  };
}

function startingBreathingExponent(subject: ResolvedSubject): number {
  const ad = createAdaptation(0);
  const y = new Float64Array(ad.size);
  ad.writeStart(y, {
    history: subject.opioid_history,
    ...(subject.days_abstinent === undefined ? {} : { daysAbstinent: subject.days_abstinent }),
  });
  return ad.exponent(y, "breathing");
}

function blockJacobian(
  pk: CompiledModel,
  pool: ReceptorPool,
  downstream: readonly DownstreamBlock[],
  n: number,
) {
  const nPk = pk.system.n;
  const pkJacobian = new Float64Array(nPk * nPk);
  pk.system.jacobian?.(0, pk.y0, pkJacobian);
  return compositeJacobian(pkJacobian, nPk, pool, downstream, n);
}
