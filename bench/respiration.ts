/**
 * Timing of the breathing submodel in the FDA overdose-and-rescue scenario (issue 4's target: a
 * 90-minute overdose-and-rescue run in under 50 ms in Node, median). The scenario is the test harness:
 * fentanyl 1.625 mg IV with 3-compartment PK, EVZIO 2 mg IM naloxone 60 s after ventilation first falls
 * below 40% of baseline, kinetic binding, and the breathing/blood-gas/circulation submodel with its
 * transport delays and collapse triggers, in one DOPRI5 solve (rtol 1e-6), outputs every 10 s.
 *
 * Run alone: `npx tsx bench/respiration.ts`.
 */
import { type HarnessOptions, runFdaHarness } from "../test/model/respiration/fda-harness.ts";

export interface RespirationBenchRow {
  scenario: string;
  steps: number;
  rejected: number;
  rhsEvals: number;
  medianMs: number;
  minMs: number;
}

const CASES: Array<[string, HarnessOptions]> = [
  ["FDA fentanyl 1.625 mg + EVZIO 2 mg IM, 90 min", { naloxone: true }],
  ["FDA fentanyl 1.625 mg, no naloxone, 90 min", { naloxone: false }],
  ["FDA fentanyl 2 mg, no naloxone (arrest), 90 min", { naloxone: false, fentanylDose_mg: 2 }],
];

/** Median and minimum wall time of `runs` runs per case, after 3 warm-up runs; solver counters are exact. */
export function benchRespiration(runs = 7): RespirationBenchRow[] {
  return CASES.map(([scenario, options]) => {
    for (let i = 0; i < 3; i++) runFdaHarness(options);
    const times: number[] = [];
    let last = runFdaHarness(options);
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      last = runFdaHarness(options);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const s = last.stats;
    return {
      scenario,
      steps: s.steps,
      rejected: s.rejected,
      rhsEvals: s.rhsEvals,
      medianMs: times[Math.floor(times.length / 2)]!,
      minMs: times[0]!,
    };
  });
}

if (process.argv[1]?.endsWith("respiration.ts")) {
  for (const row of benchRespiration()) {
    console.log(
      `${row.scenario}: median ${row.medianMs.toFixed(1)} ms (min ${row.minMs.toFixed(1)}), ` +
        `${row.steps} steps, ${row.rejected} rejected, ${row.rhsEvals} rhs evaluations`,
    );
  }
}
