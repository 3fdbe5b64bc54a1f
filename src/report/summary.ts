import type { SimulationResult } from "../simulate.ts";
import { ENGINE_VERSION } from "../version.ts";
import { keyMetrics } from "./metrics.ts";
import { sha256Hex } from "./sha256.ts";

/**
 * The content of `summary.json`: provenance (engine version, scenario hash, solver settings and
 * statistics), the resolved scenario, the events that happened and the key metrics. Only `wall_ms` varies
 * between identical runs.
 */
export function buildSummary(result: SimulationResult) {
  const scenarioJson = JSON.stringify(result.scenario);
  const { method, rtol, atol, max_steps } = result.scenario.solver;
  const s = result.stats;
  return {
    engine: { name: "accumbens", version: ENGINE_VERSION },
    scenario_sha256: sha256Hex(scenarioJson),
    scenario: result.scenario,
    solver: {
      method,
      rtol,
      atol,
      max_steps,
      statistics: {
        steps: s.steps,
        rejected_steps: s.rejected,
        rhs_evaluations: s.rhsEvals,
        jacobian_evaluations: s.jacEvals,
        lu_decompositions: s.luDecomps,
        segments: s.segments,
        wall_ms: Math.round(result.wall_ms * 1000) / 1000,
      },
    },
    events: result.events.map((e) => ({ type: e.type, time_h: e.time, detail: e.detail })),
    metrics: keyMetrics(result),
  };
}

export type Summary = ReturnType<typeof buildSummary>;
