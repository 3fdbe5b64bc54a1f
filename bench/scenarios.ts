/**
 * End-to-end engine timings: scenario → model → driver → columns, as the CLI and the Explorer run
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
  /** The wall-time target for this case, or "" when it has none. */
  target: string;
}

const ROOT = resolve(import.meta.dirname, "..");
const io = {
  readText: (p: string) => readFileSync(p, "utf8"),
  resolvePath: (_f: string, rel: string) => rel,
};

/**
 * Issue 5's target (< 200 ms): 60 days of 25 mg IV heroin every 6 hours, a naive 70 kg man, without
 * breathing (the long pass). Heroin's 3-minute and 6-MAM's 20-minute transients make it the hard case.
 */
const LONG_HEROIN = `name: bench-60-days-heroin
duration_h: 1440
output_step_min: 10
subject: { weight_kg: 70, sex: male, opioid_history: naive }
model: { breathing: false }
doses:
  - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0, repeat: { every_h: 6, count: 239 } }
`;

/** 60 days of four 10 mg IV morphine doses a day: the slower-moving long regimen. */
const LONG_MORPHINE = `name: bench-60-days-morphine
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
  const cases: Array<[string, string, string]> = [
    ["scenarios/morphine-iv.yaml", readFileSync(resolve(ROOT, "scenarios/morphine-iv.yaml"), "utf8"), ""],
    ["60 days × 4 × 25 mg IV heroin/day (no breathing)", LONG_HEROIN, "< 200 ms"],
    ["60 days × 4 × 10 mg IV morphine/day", LONG_MORPHINE, ""],
    ["90-min overdose + naloxone rescue (breathing)", OVERDOSE_RESCUE, "< 50 ms"],
    [
      "scenarios/first-use-iv.yaml (6 h, breathing)",
      readFileSync(resolve(ROOT, "scenarios/first-use-iv.yaml"), "utf8"),
      "",
    ],
  ];
  return cases.map(([label, text, target]) => {
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
      target,
    };
  });
}
