import type { ResolvedScenario } from "../scenario/types.ts";
import { type SimulationResult, simulate } from "../simulate.ts";
import { measure, totalDoseOfBase_mg } from "./measure.ts";
import type { TargetResult, ValidationTarget } from "./target.ts";

/**
 * Simulates a target's scenario (and its reference scenario, for ratios), measures the metric and judges
 * it against the published tolerance. A known gap is reported with its reason and does not fail the run.
 */
export function judgeTarget(
  target: ValidationTarget,
  scenario: ResolvedScenario,
  reference?: ResolvedScenario,
  run: (s: ResolvedScenario) => SimulationResult = simulate,
): TargetResult {
  const result = run(scenario);
  let simulated = measure(result, target.metric);
  if (target.relative_to) {
    if (!reference) throw new RangeError(`${target.id}: relative_to needs its reference scenario`);
    const ref = run(reference);
    let denominator = measure(ref, target.relative_to.metric ?? target.metric);
    if (target.relative_to.dose_normalised) {
      simulated /= totalDoseOfBase_mg(result);
      denominator /= totalDoseOfBase_mg(ref);
    }
    simulated /= denominator;
  }
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
    note: [target.known_gap, target.note].filter((x) => x !== undefined).join(" — "),
  };
}
