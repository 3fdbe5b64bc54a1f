/**
 * Accumbens engine: the one public entry point for the CLI, the tests and the Explorer's web workers.
 * Pure and isomorphic: no DOM, no `node:` imports, no plotting.
 */

export { type ComparisonResult, simulateArms } from "./compare.ts";
export { ModelCache } from "./model/model-cache.ts";
export * as closedFormPk from "./model/pk/closed-form/index.ts";
export { DRUGS, findDrug, findRoute } from "./pharmacology/catalog.ts";
export type {
  Confidence,
  DrugData,
  DrugForm,
  LinearPk,
  Parameter,
  RouteData,
  RouteId,
} from "./pharmacology/types.ts";
export { ROUTES } from "./pharmacology/types.ts";
export { timeseriesCsv } from "./report/csv.ts";
export { buildSummary, type Summary } from "./report/summary.ts";
export { armScenario } from "./scenario/arms.ts";
export {
  parseScenario,
  resolveObject,
  ScenarioError,
  scenarioJsonSchema,
  scenarioSchema,
} from "./scenario/index.ts";
export type {
  DoseCondition,
  DoseSpec,
  ResolvedDose,
  ResolvedScenario,
  ResolvedSolver,
  ResolvedSubject,
  SolverMethod,
  TriggeredDose,
} from "./scenario/types.ts";
export {
  ModelInputError,
  outputGrid,
  type SeriesColumn,
  type SimulateOptions,
  SimulationError,
  type SimulationResult,
  simulate,
} from "./simulate.ts";
export { createSolver } from "./solver/create.ts";
export { dopri5 } from "./solver/dopri5.ts";
export { type DriverInput, type DriverResult, type EventRecord, runSchedule } from "./solver/driver.ts";
export { SolverError, type SolverErrorCode } from "./solver/errors.ts";
export { DenseHistory } from "./solver/history.ts";
export { createRosenbrock, rodas4, rodas5p, ros34pw2 } from "./solver/rosenbrock.ts";
export { RODAS4, RODAS5P, ROS34PW2, type RosenbrockTableau } from "./solver/rosenbrock-tableaus.ts";
export type { BolusEvent, RateEvent, ScheduledEvent, StateTrigger } from "./solver/schedule.ts";
export type {
  DenseStep,
  JacobianFn,
  OdeSolver,
  OdeSystem,
  Rhs,
  SolverOptions,
  SolverStats,
} from "./solver/types.ts";
export { ENGINE_VERSION } from "./version.ts";
