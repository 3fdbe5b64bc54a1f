/**
 * Closed-form linear PK for 1–3 mammillary compartments with bolus, depot (first-order absorption) and
 * zero-order infusion inputs, combined by superposition: the fast path for linear models and the oracle
 * for the ODE solvers and the dosing-event driver (as mrgsolve's ADVAN 1–4/11/12 and rxode2's linCmt()).
 */
export { type Disposition, disposition, dispositionHalfLives_h } from "./eigen.ts";
export {
  type BolusEvent,
  type InfusionEvent,
  type LinearPkEvent,
  type PreparedEvent,
  prepareEvents,
} from "./events.ts";
export { chain1, chain2, chain3 } from "./kernels.ts";
export { type LinearPkModel, linearPkModel } from "./model.ts";
export { type LinearPkParams, type MicroConstants, microConstants } from "./params.ts";
export {
  aucInfinity,
  centralAmount,
  concentration,
  fillLinearPk,
  type LinearPkColumns,
  type LinearPkState,
  linearPkState,
  simulateLinearPk,
} from "./simulate.ts";
