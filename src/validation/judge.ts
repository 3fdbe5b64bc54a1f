import type { ResolvedScenario } from "../scenario/types.ts";
import { simulate } from "../simulate.ts";
import { measure } from "./measure.ts";
import type { TargetResult, ValidationTarget } from "./target.ts";

/**
 * Simulates a target's scenario, measures the metric and judges it against the published tolerance. A
 * known gap is reported with its reason and does not fail the run.
 */
export function judgeTarget(target: ValidationTarget, scenario: ResolvedScenario): TargetResult {
  const simulated = measure(simulate(scenario), target.metric);
  const { low, high, basis } = target.tolerance;
  const passed = simulated >= low && simulated <= high;
  return {
    id: target.id,
    title: target.title,
    source: target.source,
    passed,
    knownGap: !passed && target.known_gap !== undefined,
    observed: target.observed,
    simulated,
    unit: target.unit,
    tolerance: { low, high, basis },
    note: target.known_gap ?? target.note ?? "",
  };
}
