import type { ResolvedArm, ResolvedScenario } from "./types.ts";

/**
 * The single-run scenario of one arm: the same person (at the arm's point of their history, if it says),
 * settings and grid, with the arm's doses (shared ones included). Its name is `<scenario>.<arm>`.
 */
export function armScenario(scenario: ResolvedScenario, arm: ResolvedArm): ResolvedScenario {
  return {
    ...scenario,
    name: `${scenario.name}.${arm.name}`,
    description: arm.description === "" ? scenario.description : arm.description,
    doses: arm.doses,
    subject: arm.subject ?? scenario.subject,
    triggered: arm.triggered,
    arms: [],
  };
}
