import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aucInfinity,
  centralAmount,
  chain2,
  chain3,
  concentration,
  dispositionHalfLives_h,
  type LinearPkEvent,
  type LinearPkParams,
  linearPkModel,
  linearPkState,
  simulateLinearPk,
} from "../../../src/model/pk/closed-form/index.ts";
import {
  bolus,
  COLUMNS,
  caseArb,
  eventArb,
  infusion,
  logUniform,
  MORPHINE,
  maxRelDiff,
  oral,
  paramsArb,
  relErr,
  sim,
  worstRel,
} from "./closed-form-helpers.ts";
import fixture from "./fixtures/linear_pk.json" with { type: "json" };

describe("1 compartment against textbook formulas", () => {
  const p = { v1_l: 10, cl_l_h: 5 };
  const k = 0.5;
  const times = [0, 0.1, 1, 2, 5, 10, 40, 200];
  const expected = (f: (t: number) => number) => times.map(f);

  it("IV bolus is C0·exp(−kt)", () => {
    const out = sim(p, [bolus(0, 100)], times);
    expect(
      worstRel(
        out.concentration,
        expected((t) => 10 * Math.exp(-k * t)),
      ),
    ).toBeLessThan(1e-15);
  });

  it("oral dose is the Bateman function, with F", () => {
    const ka = 1.3;
    const out = sim({ ...p, ka_per_h: ka }, [oral(0, 100, 0.6)], times);
    const bateman = (t: number) =>
      ((0.6 * 100 * ka) / (10 * (ka - k))) * (Math.exp(-k * t) - Math.exp(-ka * t));
    // 1e-13: the textbook difference of exponentials itself cancels at small t.
    expect(worstRel(out.concentration, expected(bateman))).toBeLessThan(1e-13);
    expect(
      worstRel(
        out.depot,
        expected((t) => 60 * Math.exp(-ka * t)),
      ),
    ).toBeLessThan(1e-15);
  });

  it("infusion follows R/CL·(1 − e^{−kt}) during and decays from its end value after", () => {
    const [rate, T] = [30, 2];
    const out = sim(p, [infusion(0, rate * T, T)], times);
    const during = (t: number) => (rate / 5) * (1 - Math.exp(-k * t));
    const infused = (t: number) => (t <= T ? during(t) : during(T) * Math.exp(-k * (t - T)));
    expect(worstRel(out.concentration, expected(infused))).toBeLessThan(1e-13);
  });

  it("ka = k exactly gives the limit F·D·ka·t·e^{−kt}/V", () => {
    const out = sim({ ...p, ka_per_h: k }, [oral(0, 100)], times);
    expect(
      worstRel(
        out.concentration,
        expected((t) => 10 * k * t * Math.exp(-k * t)),
      ),
    ).toBeLessThan(1e-15);
  });
});

describe("against the mpmath matrix-exponential fixture (generate_linear_pk.py)", () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const out = sim(c.params as LinearPkParams, c.events as LinearPkEvent[], c.times);
      let worst = 0;
      for (const col of COLUMNS) {
        const ref = c[col];
        for (let i = 0; i < ref.length; i++) worst = Math.max(worst, relErr(out[col][i], ref[i]));
      }
      // Pure relative error on every amount, tiny ones included; measured at most 3.4e-14 (t = 200 h).
      expect(worst).toBeLessThan(1e-12);
    });
  }
});

describe("properties", () => {
  it("mass balance: compartments + eliminated = f × amount entered, within 1e-9", () => {
    fc.assert(
      fc.property(caseArb, ({ params, events, times }) => {
        const out = sim(params, events, times);
        const total = times.map((_, i) => COLUMNS.reduce((s, c) => s + out[c][i], 0));
        expect(worstRel(total, out.input)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("superposition: the response to two event lists is the sum of the responses", () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(eventArb, { minLength: 1, maxLength: 4 }),
        ({ params, events, times }, more) => {
          const both = sim(params, [...events, ...more], times);
          const a = sim(params, events, times);
          const b = sim(params, more, times);
          for (const c of [...COLUMNS, "input"] as const) {
            expect(
              worstRel(
                both[c],
                a[c].map((x, i) => x + b[c][i]),
              ),
            ).toBeLessThan(1e-13);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("dose proportionality: scaling every amount by s scales every output by s", () => {
    fc.assert(
      fc.property(caseArb, logUniform(1e-3, 1e3), ({ params, events, times }, s) => {
        const base = sim(params, events, times);
        const scaled = sim(
          params,
          events.map((e) => ({ ...e, amount_mg: e.amount_mg * s })),
          times,
        );
        for (const c of COLUMNS)
          expect(
            worstRel(
              scaled[c],
              base[c].map((x) => s * x),
            ),
          ).toBeLessThan(1e-14);
      }),
      { numRuns: 200 },
    );
  });

  it("time shift: moving all events and times by Δ moves the output by Δ", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -100, max: 100 }), ({ params, events, times }, shift) => {
        const base = sim(params, events, times);
        const moved = sim(
          params,
          events.map((e) => ({ ...e, time_h: e.time_h + shift })),
          times.map((t) => t + shift),
        );
        // On the 1/64 h grid every elapsed time is exact, so the shift changes nothing at all.
        expect(maxRelDiff(moved, base)).toBeLessThan(1e-15);
      }),
      { numRuns: 200 },
    );
  });

  it("eigenvalues: sum = trace, product = k10·Π kj1, weights in (0, 1] summing to 1", () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const m = linearPkModel(params);
        const { k10, k1p, kp1 } = m.micro;
        const { lambda, weight } = m.disposition;
        const trace = k10 + [...k1p, ...kp1].reduce((s, x) => s + x, 0);
        expect(
          relErr(
            lambda.reduce((s, x) => s + x, 0),
            trace,
          ),
        ).toBeLessThan(1e-13);
        expect(
          relErr(
            lambda.reduce((s, x) => s * x, 1),
            kp1.reduce((s, x) => s * x, k10),
          ),
        ).toBeLessThan(1e-12);
        expect(
          relErr(
            weight.reduce((s, x) => s + x, 0),
            1,
          ),
        ).toBeLessThan(1e-14);
        // A weight is exactly 0 when kj1 = λ_i (equal peripheral rates): that mode never reaches the central compartment.
        for (const w of weight) expect(w >= 0 && w <= 1).toBe(true);
        for (let i = 1; i < lambda.length; i++) expect(lambda[i]).toBeLessThan(lambda[i - 1]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("dosing semantics", () => {
  const p2: LinearPkParams = { v1_l: 12, cl_l_h: 9, v2_l: 40, q2_l_h: 20, ka_per_h: 1.1 };
  const times = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 6, 12, 48];

  it("overlapping infusions add: [0,4] at 10/h + [1,3] at 5/h equals 10, 15, 10/h over [0,1], [1,3], [3,4]", () => {
    const overlapping = sim(p2, [infusion(0, 40, 4), infusion(1, 10, 2)], times);
    const piecewise = sim(p2, [infusion(0, 10, 1), infusion(1, 30, 2), infusion(3, 10, 1)], times);
    expect(maxRelDiff(overlapping, piecewise)).toBeLessThan(1e-13);
    expect(overlapping.input[3]).toBeCloseTo(10 + 15 * 0.5, 12);
  });

  it("a lag delays the input by exactly lag_h and nothing enters before", () => {
    const lagged = sim(p2, [{ kind: "bolus", into: "depot", time_h: 1, amount_mg: 10, lag_h: 0.75 }], times);
    const moved = sim(p2, [oral(1.75, 10)], times);
    expect(maxRelDiff(lagged, moved)).toBe(0);
    expect(lagged.input[times.indexOf(1.5)]).toBe(0);
    const infused = sim(p2, [{ kind: "infusion", time_h: 0, amount_mg: 8, duration_h: 2, lag_h: 1 }], times);
    expect(maxRelDiff(infused, sim(p2, [infusion(1, 8, 2)], times))).toBe(0);
  });

  it("a zero-duration infusion is a central bolus; a zero dose gives zeros", () => {
    expect(maxRelDiff(sim(p2, [infusion(1, 5, 0)], times), sim(p2, [bolus(1, 5)], times))).toBe(0);
    const none = sim(p2, [bolus(0, 0), oral(0, 0), infusion(0, 0, 1)], times);
    for (const c of COLUMNS) expect(none[c].every((x) => x === 0)).toBe(true);
  });

  it("a bolus counts at its own time; earlier times see nothing", () => {
    const m = linearPkModel(p2);
    const dose = [bolus(2, 6)];
    expect(centralAmount(m, dose, 2)).toBe(6);
    expect(concentration(m, dose, 2)).toBe(0.5);
    expect(linearPkState(m, dose, 2 - 2 ** -52)).toEqual({
      depot: 0,
      central: 0,
      peripheral2: 0,
      peripheral3: 0,
      eliminated: 0,
      input: 0,
      concentration: 0,
    });
  });

  it("f scales the amount that enters; the rest is neither in the body nor eliminated", () => {
    const full = sim(p2, [oral(0, 10, 1)], times);
    const part = sim(p2, [oral(0, 10, 0.25)], times);
    for (const c of [...COLUMNS, "input"] as const)
      expect(
        worstRel(
          part[c],
          full[c].map((x) => x / 4),
        ),
      ).toBe(0);
  });
});

describe("ka close to a disposition eigenvalue (flip-flop limit)", () => {
  const m = linearPkModel(MORPHINE);
  const times = [1e-4, 0.05, 0.5, 2, 10, 48];

  for (const [i, lambda] of m.disposition.lambda.entries()) {
    it(`ka → λ${i + 1} = ${lambda.toFixed(4)}/h: finite and converging linearly in the gap`, () => {
      const at = (ka: number) => sim({ ...MORPHINE, ka_per_h: ka }, [oral(0, 10)], times);
      const limit = at(lambda);
      for (const c of COLUMNS) expect(limit[c].every(Number.isFinite)).toBe(true);
      // The relative sensitivity to ka is at most ~ka·t, so moving ka by a fraction δ moves the output by
      // ≲ 2λ·t·δ. Partial fractions would instead lose ε/δ: 10% at δ = 1e-15.
      const sensitivity = 2 * lambda * times[times.length - 1];
      for (const delta of [1e-3, 1e-6, 1e-9, 1e-12, 1e-15]) {
        expect(maxRelDiff(at(lambda * (1 + delta)), limit)).toBeLessThan(sensitivity * delta + 1e-13);
        expect(maxRelDiff(at(lambda * (1 - delta)), limit)).toBeLessThan(sensitivity * delta + 1e-13);
      }
    });
  }

  it("chain kernels match their equal-rate limits and are symmetric", () => {
    expect(relErr(chain2(0.7, 0.7, 3), 3 * Math.exp(-2.1))).toBeLessThan(1e-15);
    expect(relErr(chain2(0.7, 0.7 * (1 + 1e-12), 3), 3 * Math.exp(-2.1))).toBeLessThan(1e-11);
    expect(relErr(chain3(0.7, 0.7, 0.7, 3), 4.5 * Math.exp(-2.1))).toBeLessThan(1e-15);
    expect(chain3(0.2, 5, 1, 0.4)).toBe(chain3(1, 0.2, 5, 0.4));
    // Small τ: 1/((s+a)(s+b)(s+c)) → τ²/2 with full relative accuracy, where partial fractions give noise.
    expect(relErr(chain3(3, 2, 1, 1e-9), 5e-19)).toBeLessThan(1e-8);
  });
});

describe("morphine (Lötsch 2002 via stanpumpR, 70 kg)", () => {
  it("disposition half-lives are 3.0, 68 and 548 min", () => {
    const [a, b, g] = dispositionHalfLives_h(MORPHINE).map((h) => h * 60);
    expect(a).toBeCloseTo(3.0, 1);
    expect(Math.abs(b / 68 - 1)).toBeLessThan(0.01);
    expect(Math.abs(g / 548 - 1)).toBeLessThan(0.005);
  });

  it("AUC to infinity is dose/CL, and equals eliminated/CL once the body is empty", () => {
    const events = [bolus(0, 10), oral(1, 20, 0.3), infusion(2, 5, 3)];
    const auc = aucInfinity({ ...MORPHINE, ka_per_h: 0.9 }, events);
    expect(auc).toBeCloseTo((10 + 0.3 * 20 + 5) / MORPHINE.cl_l_h, 14);
    const late = sim({ ...MORPHINE, ka_per_h: 0.9 }, events, [600]);
    expect(relErr(late.eliminated[0] / MORPHINE.cl_l_h, auc)).toBeLessThan(1e-14);
  });
});

describe("validation and model structure", () => {
  it("rejects bad parameters with a message naming the field", () => {
    expect(() => linearPkModel({ v1_l: 0, cl_l_h: 1 })).toThrow(
      "v1_l = 0 must be a positive finite number (L)",
    );
    expect(() => linearPkModel({ v1_l: 1, cl_l_h: Number.NaN })).toThrow("cl_l_h = NaN");
    expect(() => linearPkModel({ v1_l: 1, cl_l_h: 1, v2_l: 3 })).toThrow("q2_l_h = undefined");
    expect(() => linearPkModel({ v1_l: 1, cl_l_h: 1, v3_l: 3, q3_l_h: 1 })).toThrow(
      "fill peripheral 2 first",
    );
    expect(() => linearPkModel({ v1_l: 1, cl_l_h: 1, ka_per_h: -1 })).toThrow("ka_per_h = -1");
  });

  it("rejects bad events with the event index", () => {
    const m = linearPkModel({ v1_l: 1, cl_l_h: 1 });
    const t = Float64Array.of(1);
    expect(() => simulateLinearPk(m, [bolus(0, 1), oral(0, 1)], t)).toThrow(
      "event 1 is a depot dose but the model",
    );
    expect(() => simulateLinearPk(m, [bolus(Number.NaN, 1)], t)).toThrow("event 0: time_h = NaN");
    expect(() => simulateLinearPk(m, [bolus(0, -1)], t)).toThrow("amount_mg = -1");
    expect(() => simulateLinearPk(m, [infusion(0, 1, -2)], t)).toThrow("duration_h = -2");
    expect(() => simulateLinearPk(m, [bolus(0, 1, { lag_h: -1 })], t)).toThrow("lag_h = -1");
  });

  it("accepts zero volumes and flows as absent compartments (the ScaledPk convention)", () => {
    const m = linearPkModel({ v1_l: 10, cl_l_h: 5, v2_l: 0, q2_l_h: 0, v3_l: 0, q3_l_h: 0 });
    expect(m.micro.compartments).toBe(1);
    const out = sim({ v1_l: 10, cl_l_h: 5 }, [bolus(0, 1)], [1]);
    expect(out.peripheral2[0]).toBe(0);
    expect(out.peripheral3[0]).toBe(0);
  });

  it("equal peripheral exit rates: that rate is an eigenvalue the central compartment does not see", () => {
    const m = linearPkModel({ v1_l: 5, cl_l_h: 3, v2_l: 10, q2_l_h: 4, v3_l: 20, q3_l_h: 8 });
    expect(m.disposition.lambda[1]).toBe(0.4);
    expect(m.disposition.weight[1]).toBe(0);
  });
});
