import { armScenario } from "./scenario/arms.ts";
import type { ResolvedScenario } from "./scenario/types.ts";
import { checkOutputSize, type SimulateOptions, type SimulationResult, simulate } from "./simulate.ts";

/** The results of a scenario's arms, in file order, on one shared time grid. */
export interface ComparisonResult {
  readonly scenario: ResolvedScenario;
  readonly arms: ReadonlyArray<{ readonly name: string; readonly result: SimulationResult }>;
}

/**
 * Simulates every arm of a scenario (the same person under different doses, e.g. one route each). Each
 * arm is an independent run, so arms never interact.
 *
 * @example
 * const c = simulateArms(parseScenario(text, "routes.yaml", io));
 * c.arms.map((a) => a.name) // ["iv", "smoked", "intranasal", "im", "oral"]
 */
export function simulateArms(scenario: ResolvedScenario, options: SimulateOptions = {}): ComparisonResult {
  const arms: Array<{ name: string; result: SimulationResult }> = [];
  let columns = 0;
  for (const arm of scenario.arms ?? []) {
    const result = simulate(armScenario(scenario, arm), options);
    // Every arm goes into one CSV, so the bound applies to all of them together.
    columns += result.columns.length;
    checkOutputSize(result.time_h.length, columns, scenario.output_step_h);
    arms.push({ name: arm.name, result });
  }
  return { scenario, arms };
}
