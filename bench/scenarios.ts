/**
 * End-to-end engine timings: scenario → model → driver → columns, as the CLI and (later) the Explorer run
 * them. Median of several runs after warm-up; solver counters are exact and deterministic.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseScenario } from "../src/scenario/index.ts";
import { simulate } from "../src/simulate.ts";

export interface ScenarioRow {
  scenario: string;
  steps: number;
  rejected: number;
  rhsEvals: number;
  segments: number;
  medianMs: number;
}

const ROOT = resolve(import.meta.dirname, "..");
const io = {
  readText: (p: string) => readFileSync(p, "utf8"),
  resolvePath: (_f: string, rel: string) => rel,
};

/** 60 days of four 10 mg IV morphine doses a day: the shape of the long regimens later issues need. */
const LONG_REGIMEN = `name: bench-60-days
duration_h: 1440
output_step_min: 10
doses:
  - { drug: morphine, route: iv, amount_mg: 10, at_h: 0, repeat: { every_h: 6, count: 239 } }
`;

/**
 * Issue 4's target (< 50 ms): 90 minutes of overdose and rescue with the full breathing model — the FDA
 * typical chronic user, fentanyl 1.625 mg IV, EVZIO 2 mg IM naloxone 60 s after ventilation falls below 40%.
 */
const OVERDOSE_RESCUE = `name: bench-overdose-rescue
duration_h: 1.5
output_step_min: 0.5
subject: { opioid_history: chronic }
doses:
  - { drug: fentanyl, route: iv, form: base, amount_mg: 1.625, at_h: 0 }
  - drug: naloxone
    route: im
    amount_mg: 2
    when: { ventilation_below_fraction_of_baseline: 0.4, delay_s: 60 }
`;

export function benchScenarios(runs = 7): ScenarioRow[] {
  const cases: Array<[string, string]> = [
    ["scenarios/morphine-iv.yaml", readFileSync(resolve(ROOT, "scenarios/morphine-iv.yaml"), "utf8")],
    ["60 days × 4 IV doses/day", LONG_REGIMEN],
    ["90-min overdose + naloxone rescue (breathing)", OVERDOSE_RESCUE],
    [
      "scenarios/first-use-iv.yaml (6 h, breathing)",
      readFileSync(resolve(ROOT, "scenarios/first-use-iv.yaml"), "utf8"),
    ],
  ];
  return cases.map(([label, text]) => {
    const scenario = parseScenario(text, label, io);
    for (let i = 0; i < 3; i++) simulate(scenario);
    const times: number[] = [];
    let last = simulate(scenario);
    for (let i = 0; i < runs; i++) {
      last = simulate(scenario);
      times.push(last.wall_ms);
    }
    times.sort((a, b) => a - b);
    const s = last.stats;
    return {
      scenario: label,
      steps: s.steps,
      rejected: s.rejected,
      rhsEvals: s.rhsEvals,
      segments: s.segments,
      medianMs: times[Math.floor(times.length / 2)]!,
    };
  });
}
