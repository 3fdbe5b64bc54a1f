import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/assemble.ts";
import { parseScenario } from "../../src/scenario/index.ts";
import type { ResolvedScenario } from "../../src/scenario/types.ts";
import { type SimulationResult, simulate } from "../../src/simulate.ts";
import { createSolver } from "../../src/solver/create.ts";
import { runSchedule } from "../../src/solver/driver.ts";
import { memoryIo } from "../scenario/helpers.ts";

function scenario(yaml: string): ResolvedScenario {
  return parseScenario(yaml, "test.yaml", memoryIo({}));
}

function col(r: SimulationResult, name: string): Float64Array {
  const c = r.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c.values;
}

const max = (v: Float64Array) => v.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
const min = (v: Float64Array) => v.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
const argmax = (v: Float64Array) => v.indexOf(max(v));

describe("the assembled model (PK, receptors, reward, effects, breathing)", () => {
  it("rests at the drug-free baseline until the first dose", () => {
    const r = simulate(
      scenario(`
name: rest
duration_h: 0.5
output_step_min: 1
doses: [{ drug: heroin, route: iv, amount_mg: 10, at_h: 0.4 }]
`),
    );
    const row = 20; // 20 min, before the dose
    expect(col(r, "ventilation_l_min")[row]).toBeCloseTo(6.76, 1);
    expect(col(r, "pao2_mmhg")[row]).toBeCloseTo(92.8, 0);
    expect(col(r, "paco2_mmhg")[row]).toBeCloseTo(38.6, 0);
    expect(col(r, "dopamine_nacc_rel")[row]).toBeCloseTo(1, 9);
    expect(col(r, "euphoria_frac")[row]).toBeCloseTo(0, 9);
    expect(col(r, "mor_occupancy_endogenous")[row]).toBeGreaterThan(0);
    expect(col(r, "mor_occupancy_heroin")[row]).toBe(0);
  });

  it("a first 20 mg IV heroin dose: 6-MAM drives an early dopamine peak of 1.5–3×, breathing slows, the heart keeps going", () => {
    const r = simulate(
      scenario(`
name: first
duration_h: 2
output_step_min: 0.25
doses: [{ drug: heroin, route: iv, amount_mg: 20, at_h: 0 }]
`),
    );
    const da = col(r, "dopamine_nacc_rel");
    const peak = argmax(da);
    expect(max(da)).toBeGreaterThan(1.5);
    expect(max(da)).toBeLessThan(3);
    expect(r.time_h[peak]! * 60).toBeLessThan(20);
    expect(col(r, "mor_occupancy_mam6")[peak]).toBeGreaterThan(col(r, "mor_occupancy_morphine")[peak]!);
    expect(min(col(r, "ventilation_l_min"))).toBeLessThan(6.5);
    expect(min(col(r, "pupil_mm"))).toBeLessThan(col(r, "pupil_mm")[0]!);
    expect(r.events.some((e) => e.type === "cardiac_arrest")).toBe(false);
  });

  it.each([
    ["10 g of IV heroin", "heroin", 10_000],
    ["100 mg of IV fentanyl", "fentanyl", 100],
  ])("%s ends in a reported cardiac arrest with finite blood gases", (_what, drug, amount) => {
    const r = simulate(
      scenario(`
name: extreme
duration_h: 1
output_step_min: 0.5
doses: [{ drug: ${drug}, route: iv, amount_mg: ${amount}, at_h: 0 }]
`),
    );
    expect(r.events.some((e) => e.type === "cardiac_arrest")).toBe(true);
    for (const name of ["pao2_mmhg", "paco2_mmhg", "brain_po2_mmhg", "cardiac_output_l_min", "sao2_pct"]) {
      expect(col(r, name).every(Number.isFinite)).toBe(true);
    }
    expect(min(col(r, "cardiac_output_l_min"))).toBeLessThanOrEqual(0.01);
  });

  it("naloxone given when ventilation falls below 40% of baseline is logged, and the same scenario is byte-identical", () => {
    const text = `
name: rescue
duration_h: 0.75
output_step_min: 0.5
subject: { opioid_history: chronic }
doses:
  - { drug: fentanyl, route: iv, form: base, amount_mg: 1.625, at_h: 0 }
  - drug: naloxone
    route: im
    amount_mg: 2
    when: { ventilation_below_fraction_of_baseline: 0.4, delay_s: 60 }
`;
    const a = simulate(scenario(text));
    const b = simulate(scenario(text));
    expect(a.events.some((e) => e.type === "trigger" && e.detail.includes("ventilation_l_min"))).toBe(true);
    expect(a.events.some((e) => e.type === "cardiac_arrest")).toBe(false);
    for (let i = 0; i < a.columns.length; i++) expect(a.columns[i]!.values).toEqual(b.columns[i]!.values);
  });

  it("the breathing model's variable step cap keeps every delayed read inside accepted history", () => {
    const s = scenario(`
name: caps
duration_h: 1.5
subject: { opioid_history: chronic, tolerance_fold: 1.68 }
doses:
  - { drug: fentanyl, route: iv, form: base, amount_mg: 1.625, at_h: 0 }
  - { drug: naloxone, route: im, amount_mg: 2, at_h: 0.05 }
  - { drug: heroin, route: iv, amount_mg: 30, at_h: 0.7 }
`);
    const model = buildModel(s.doses, s.subject, s.model);
    const solver = model.prepareSolver!(
      createSolver("auto", model.system.n, { rtol: 1e-6, atol: 1e-9, hMax: model.maxStep_h! }),
    );
    let longest = 0;
    runSchedule({
      system: model.system,
      y0: model.y0,
      t0: 0,
      tEnd: s.duration_h,
      events: s.doses.flatMap((d) => model.doseEvents(d, d.time_h)),
      triggers: model.triggers ?? [],
      outputTimes: Float64Array.of(0, s.duration_h),
      record: () => {},
      solver: {
        ...solver,
        solve: (sys, t0, y, t1, onStep) =>
          solver.solve(sys, t0, y, t1, (step) => {
            longest = Math.max(longest, step.t1 - step.t0);
            return onStep?.(step);
          }),
      },
    });
    expect(model.diagnostics!()).toEqual({ delayed_reads_past_history: 0, delayed_reads_before_window: 0 });
    // No step exceeded the largest cap (about 4.8 s at rest; stability keeps DOPRI5 near 3.5 s anyway).
    expect(longest).toBeLessThanOrEqual(model.maxStep_h! * (1 + 1e-9));
  });

  it("breathing is left out of long runs unless asked for, and can be switched off", () => {
    const long = scenario(`
name: long
duration_h: 100
doses: [{ drug: morphine, route: iv, amount_mg: 10, at_h: 0 }]
`);
    expect(long.model.breathing).toBe(false);
    expect(long.solver.method).toBe("rodas4");
    const off = simulate(
      scenario(`
name: off
duration_h: 1
model: { breathing: false }
doses: [{ drug: morphine, route: iv, amount_mg: 10, at_h: 0 }]
`),
    );
    expect(off.columns.some((c) => c.name === "ventilation_l_min")).toBe(false);
    expect(off.columns.some((c) => c.name === "dopamine_nacc_rel")).toBe(true);
  });

  it("any mix of agonists and antagonists keeps every occupancy and their total within 0–1 (property)", () => {
    const drugs = [
      "heroin",
      "fentanyl",
      "carfentanil",
      "methadone",
      "buprenorphine",
      "naloxone",
      "naltrexone",
      "morphine",
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            drug: fc.constantFrom(...drugs),
            amount_mg: fc.double({ min: 1e-3, max: 1000, noNaN: true }),
            at_h: fc.double({ min: 0, max: 2, noNaN: true }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (doses) => {
          const s = scenario(`
name: mix
duration_h: 3
output_step_min: 5
model: { breathing: false }
doses: ${JSON.stringify(doses.map((d) => ({ ...d, route: "iv" })))}
`);
          const model = buildModel(s.doses, s.subject, s.model);
          const occ = (model.system.stateNames ?? [])
            .map((name, i) => (name.startsWith("mor_occupancy_") ? i : -1))
            .filter((i) => i >= 0);
          let worst = 0;
          const check = (y: Float64Array) => {
            let sum = 0;
            for (const i of occ) {
              worst = Math.min(worst, y[i]!);
              sum += y[i]!;
            }
            worst = Math.min(worst, 1 - sum);
          };
          const solver = createSolver("rodas4", model.system.n, { rtol: 1e-6, atol: 1e-9 });
          runSchedule({
            system: model.system,
            y0: model.y0,
            t0: 0,
            tEnd: s.duration_h,
            events: s.doses.flatMap((d) => model.doseEvents(d, d.time_h)),
            outputTimes: Float64Array.from({ length: 37 }, (_, i) => (i * s.duration_h) / 36),
            record: (_row, _t, y) => check(y),
            solver,
          });
          expect(worst).toBeGreaterThan(-1e-6);
        },
      ),
      { numRuns: 25, seed: 20261122 },
    );
  });
});
