import { findSpecies } from "../pharmacology/catalog.ts";
import { ENDOGENOUS_OPIOID_TONE } from "../pharmacology/endogenous.ts";
import type { DoseSpec, ModelOptions, ResolvedSubject } from "../scenario/types.ts";
import type { OdeSolver } from "../solver/types.ts";
import { effectColumns } from "./columns/effects.ts";
import { receptorColumns } from "./columns/receptor.ts";
import { respirationColumns } from "./columns/respiration.ts";
import { compositeJacobian } from "./jacobian.ts";
import { buildPkModel } from "./pk/network.ts";
import { endogenousLigand, speciesLigand } from "./receptor/ligands.ts";
import { type PoolLigand, ReceptorPool } from "./receptor/pool.ts";
import { StepHistory } from "./respiration/delay.ts";
import type { OpioidExponents } from "./respiration/isohypercapnic.ts";
import { createRespiration } from "./respiration/model.ts";
import { CHRONIC_TOLERANCE_FOLD, exponentsForToleranceFold } from "./respiration/tolerance.ts";
import type { RespirationDrive } from "./respiration/types.ts";
import { createReward, type RewardModel } from "./reward/index.ts";
import type { CompiledModel, OutputColumn } from "./types.ts";

/**
 * The whole-body model of one scenario, one state vector:
 *
 *   [ PK network | MOR occupancies | reward | breathing (optional) ]
 *
 * - PK network (src/model/pk): every species the doses reach, linear; brain concentrations in nM.
 * - Receptor pool (src/model/receptor): one occupancy per ligand present plus the endogenous tone; its
 *   stimulus S = reserve·Σ efficacy·Occ.
 * - Reward (src/model/reward): VTA GABA interneurons → dopamine neurons → accumbens dopamine, driven by S.
 * - Acute effects (src/model/effects) are algebraic in S (no states).
 * - Breathing (src/model/respiration, the FDA overdose physiology): driven by the drug part of S,
 *   A = (S − S0)/(1 − S0), which for fentanyl alone equals its occupancy, as in the FDA fit.
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

  const resp = options.breathing ? createRespiration(undefined, { offset: names.length }) : undefined;
  if (resp) names.push(...resp.stateNames);
  const n = names.length;

  // The resting state: PK empty, pool at equilibrium with the endogenous tone, reward and breathing at rest.
  const y0 = new Float64Array(n);
  y0.set(pk.y0);
  pool.writeEquilibrium(y0);
  reward.writeBaseline(y0, rewardOffset);
  resp?.writeBaseline(y0);

  const drive: RespirationDrive & { agonistActivation: number } = {
    agonistActivation: 0,
    ...(resp ? breathingExponents(subject) : { chemoreflexExponent: 1, wakefulnessExponent: 1 }),
  };
  const activationFrom = (s: number) => {
    const a = (s - restingStimulus) / (1 - restingStimulus);
    return a > 0 ? a : 0;
  };
  const activationOf = (y: Float64Array) => activationFrom(pool.stimulus(y));
  // Without breathing the Rosenbrock methods get the block Jacobian; with it (a delay equation, explicit
  // dopri5 by default) a user-chosen Rosenbrock method falls back to finite differences.
  const jacobian = resp ? undefined : blockJacobian(pk, pool, reward, rewardOffset, n);
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
      reward.rhs(y, rewardOffset, s, dydt);
      if (resp) {
        drive.agonistActivation = activationFrom(s);
        if (history === undefined)
          throw new Error("buildModel: call prepareSolver before integrating breathing");
        resp.rhs(t, y, dydt, drive, history.at);
      }
    },
  };

  const columns: OutputColumn[] = [
    ...pk.columns,
    ...receptorColumns(pool, restingStimulus),
    ...effectColumns(pool, reward, rewardOffset, restingStimulus),
    ...(resp ? respirationColumns(resp, activationOf, drive) : []),
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
 * The subject's breathing exponents: the FDA naive ones scaled to the subject's respiratory tolerance
 * (`tolerance_fold`, default 1 naive or Algera's 4.3 chronic), calibrated on fentanyl's C50.
 */
export function breathingExponents(subject: ResolvedSubject): OpioidExponents {
  const fold =
    subject.tolerance_fold ?? (subject.opioid_history === "chronic" ? CHRONIC_TOLERANCE_FOLD.value : 1);
  const fentanyl = speciesLigand(findSpecies("fentanyl")!, -1)!;
  return exponentsForToleranceFold(fold, fentanyl, ENDOGENOUS_OPIOID_TONE.occupancy.value);
}

function blockJacobian(
  pk: CompiledModel,
  pool: ReceptorPool,
  reward: RewardModel,
  rewardOffset: number,
  n: number,
) {
  const nPk = pk.system.n;
  const pkJacobian = new Float64Array(nPk * nPk);
  pk.system.jacobian?.(0, pk.y0, pkJacobian);
  return compositeJacobian(pkJacobian, nPk, pool, reward, rewardOffset, n);
}
