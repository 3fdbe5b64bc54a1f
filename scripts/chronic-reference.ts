/**
 * Measures the reference chronic state (src/model/adaptation/reference.ts) on the engine: 120 days of
 * 25 mg IV heroin hydrochloride every 6 hours from the opioid-naive state (70 kg man, breathing off), and
 * the adaptation states just before the dose that would follow the last one (the trough), plus the highest
 * sustained load over that last cycle.
 *
 *   node --import tsx/esm scripts/chronic-reference.ts
 *
 * prints the numbers to paste into reference.ts; test/model/adaptation/reference.test.ts recomputes them.
 */

import { createAdaptation } from "../src/model/adaptation/model.ts";
import type { ChronicReference } from "../src/model/adaptation/reference.ts";
import { buildModel } from "../src/model/assemble.ts";
import { parseScenario } from "../src/scenario/index.ts";
import { createSolver } from "../src/solver/create.ts";
import { runSchedule } from "../src/solver/driver.ts";

export const REFERENCE_DAYS = 120;

export function measureChronicReference(days = REFERENCE_DAYS): ChronicReference {
  const doses = days * 4;
  const text = [
    "name: chronic-reference",
    `duration_h: ${doses * 6}`,
    "subject: { weight_kg: 70, sex: male, opioid_history: naive }",
    "model: { breathing: false }",
    `doses: [{ drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0, repeat: { every_h: 6, count: ${doses - 1} } }]`,
  ].join("\n");
  const scenario = parseScenario(text, "chronic-reference.yaml", {
    readText: () => text,
    resolvePath: (_f, r) => r,
  });
  const model = buildModel(scenario.doses, scenario.subject, scenario.model);
  const loadState = (model.system.stateNames ?? []).indexOf("sustained_load");
  const end = scenario.duration_h;
  let last = new Float64Array(0);
  // The last cycle sampled every 3 min: the sustained load's highest value over it.
  const cycle = Float64Array.from({ length: 121 }, (_, i) => end - 6 + i / 20);
  const loads: number[] = [];
  runSchedule({
    system: model.system,
    y0: model.y0,
    t0: 0,
    tEnd: end,
    events: scenario.doses.flatMap((d) => model.doseEvents(d, d.time_h)),
    triggers: [],
    outputTimes: cycle,
    solver: createSolver("rodas4", model.system.n, { rtol: 1e-6, atol: 1e-9, maxSteps: 1e7 }),
    record: (_row, _t, y) => {
      last = Float64Array.from(y);
      loads.push(y[loadState]!);
    },
  });
  const names = model.system.stateNames ?? [];
  const at = (name: string) => last[names.indexOf(name)]!;
  const ad = createAdaptation(0);
  const [df, ds, cf, cs, cp, , , load] = ad.stateNames;
  return {
    desensitisationFast: at(df!),
    desensitisationSlow: at(ds!),
    counterFast: at(cf!),
    counterSlow: at(cs!),
    counterProtracted: at(cp!),
    sustainedLoad: at(load!),
    sustainedLoadMax: Math.max(...loads),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measureChronicReference();
  const round = (x: number) => Number(x.toPrecision(4));
  console.log(JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)])), null, 2));
}
