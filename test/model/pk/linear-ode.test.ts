import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type LinearPkEvent,
  linearPkModel,
  simulateLinearPk,
} from "../../../src/model/pk/closed-form/index.ts";
import { buildLinearPkModel } from "../../../src/model/pk/linear-ode.ts";
import { scalePk } from "../../../src/model/pk/scaling.ts";
import { MORPHINE } from "../../../src/pharmacology/morphine.ts";
import type { ResolvedDose, ResolvedScenario, SolverMethod } from "../../../src/scenario/types.ts";
import { simulate } from "../../../src/simulate.ts";
import { createSolver } from "../../../src/solver/create.ts";
import { runSchedule } from "../../../src/solver/driver.ts";

const SULFATE = MORPHINE.forms.find((f) => f.id === "sulfate")!.baseFraction.value;

function scenario(doses: ResolvedDose[], extra: Partial<ResolvedScenario> = {}): ResolvedScenario {
  return {
    name: "t",
    description: "",
    duration_h: 24,
    output_step_h: 0.25,
    subject: { weight_kg: 70, sex: "male", opioid_history: "naive" },
    doses,
    triggered: [],
    solver: { method: "rodas4", rtol: 1e-8, atol: 1e-12, max_steps: 100_000 },
    ...extra,
  };
}

function dose(time_h: number, amount_mg: number, duration_h = 0): ResolvedDose {
  return {
    drug: "morphine",
    route: duration_h > 0 ? "iv_infusion" : "iv",
    form: "sulfate",
    amount_mg,
    duration_h,
    time_h,
    source: "doses[0]",
  };
}

describe("linear PK ODE model (morphine)", () => {
  it("matches the closed form for a regimen of boluses and infusions under every solver", () => {
    const doses = [dose(0, 10), dose(3, 5, 0.5), dose(3.25, 4, 2), dose(8, 10)];
    const pk = scalePk(MORPHINE.pk, 82);
    const closedEvents: LinearPkEvent[] = doses.map((d) =>
      d.duration_h > 0
        ? { kind: "infusion", time_h: d.time_h, amount_mg: d.amount_mg * SULFATE, duration_h: d.duration_h }
        : { kind: "bolus", into: "central", time_h: d.time_h, amount_mg: d.amount_mg * SULFATE },
    );
    for (const method of ["rodas4", "rodas5p", "ros34pw2", "dopri5"] as SolverMethod[]) {
      const s = scenario(doses, {
        subject: { weight_kg: 82, sex: "female", opioid_history: "naive" },
        solver: { method, rtol: 1e-9, atol: 1e-12, max_steps: 100_000 },
      });
      const result = simulate(s);
      const exact = simulateLinearPk(linearPkModel(pk), closedEvents, result.time_h).concentration;
      const sim = result.columns[0]!.values;
      for (let i = 0; i < sim.length; i++) {
        expect(Math.abs(sim[i]! - 1000 * exact[i]!)).toBeLessThan(1e-6 * (1000 * exact[i]! + 1e-3));
      }
    }
  });

  it("conserves mass: amounts in every compartment + eliminated = base dosed (property)", () => {
    const regimen = fc.array(
      fc.record({
        t: fc.double({ min: 0, max: 20, noNaN: true }),
        amount: fc.double({ min: 0.001, max: 1000, noNaN: true }),
        infusion: fc.double({ min: 0, max: 5, noNaN: true }),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(regimen, fc.double({ min: 30, max: 150, noNaN: true }), (items, weight) => {
        const doses = items.map((d) => dose(d.t, d.amount, d.infusion < 0.05 ? 0 : d.infusion));
        const model = buildLinearPkModel(doses, { weight_kg: weight, sex: "male", opioid_history: "naive" });
        const run = runSchedule({
          system: model.system,
          y0: model.y0,
          t0: 0,
          tEnd: 30,
          events: doses.flatMap((d) => model.doseEvents(d, d.time_h)),
          outputTimes: new Float64Array(0),
          record: () => {},
          solver: createSolver("rodas4", model.system.n, { rtol: 1e-10, atol: 1e-12 }),
        });
        const names = model.system.stateNames!;
        const y = (name: string) => run.y[names.indexOf(name)]!;
        const eliminated = scalePk(MORPHINE.pk, weight).cl_l_h * y("morphine_auc_mg_h_l");
        const inBody = y("morphine_central_mg") + y("morphine_peripheral2_mg") + y("morphine_peripheral3_mg");
        const dosed = doses.reduce((s, d) => s + d.amount_mg * SULFATE, 0);
        expect(Math.abs(inBody + eliminated - dosed)).toBeLessThan(1e-7 * dosed);
        for (let i = 0; i < run.y.length; i++) expect(run.y[i]!).toBeGreaterThanOrEqual(-1e-9 * dosed);
      }),
      { numRuns: 60 },
    );
  });

  it("scales volumes with weight and clearances with weight^0.75", () => {
    const ref = scalePk(MORPHINE.pk, 70);
    const big = scalePk(MORPHINE.pk, 140);
    expect(big.v1_l / ref.v1_l).toBeCloseTo(2, 12);
    expect(big.cl_l_h / ref.cl_l_h).toBeCloseTo(2 ** 0.75, 12);
    expect(big.q3_l_h / ref.q3_l_h).toBeCloseTo(2 ** 0.75, 12);
  });

  it("gives finite, non-negative results from 1 µg to 10 g", () => {
    for (const amount of [0.001, 1, 10_000]) {
      const r = simulate(scenario([dose(0, amount)]));
      const v = r.columns[0]!.values;
      expect(v.every((x) => Number.isFinite(x) && x >= -1e-12 * amount)).toBe(true);
      expect(v[0]! / amount).toBeCloseTo((1000 * SULFATE) / 17.5, 6);
    }
  });
});
