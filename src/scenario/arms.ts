import type { ResolvedArm, ResolvedScenario } from "./types.ts";

/**
 * The single-run scenario of one arm: the same person, settings and grid, with the arm's doses (shared
 * ones included). Its name is `<scenario>.<arm>`.
 */
export function armScenario(scenario: ResolvedScenario, arm: ResolvedArm): ResolvedScenario {
  return {
    ...scenario,
    name: `${scenario.name}.${arm.name}`,
    description: arm.description === "" ? scenario.description : arm.description,
    doses: arm.doses,
    triggered: arm.triggered,
    arms: [],
  };
}
