/** The scenario layer: scenario files (YAML/JSON, NONMEM event tables) → {@link ResolvedScenario}. */
export { checkCatalog } from "./catalog-check.ts";
export type { DoseEntry } from "./entry.ts";
export { formatIssue, type PathIssue, ScenarioError, type ScenarioIssue, showPath } from "./errors.ts";
export { locateInText, type Position } from "./locate.ts";
export { type NonmemOptions, type NonmemResult, parseNonmemDoses } from "./nonmem.ts";
export { parseScenario, resolveObject, type ScenarioIo } from "./parse.ts";
export { expandEntry, resolveScenario } from "./resolve.ts";
export {
  MAX_AMOUNT_MG,
  MAX_REPEATS,
  type ScenarioInput,
  scenarioJsonSchema,
  scenarioSchema,
} from "./schema.ts";
export { MAX_DURATION_H, MAX_OUTPUT_POINTS } from "./schema-rules.ts";
export type {
  DoseCondition,
  DoseSpec,
  ResolvedDose,
  ResolvedScenario,
  ResolvedSolver,
  ResolvedSubject,
  SolverMethod,
  TriggeredDose,
} from "./types.ts";
