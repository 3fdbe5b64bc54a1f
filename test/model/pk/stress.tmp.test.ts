import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aucInfinity,
  centralAmount,
  chain2,
  chain3,
  concentration,
  dispositionHalfLives_h,
  type LinearPkColumns,
  type LinearPkEvent,
  type LinearPkParams,
  linearPkModel,
  linearPkState,
  simulateLinearPk,
} from "../../../src/model/pk/closed-form/index.ts";
import fixture from "./fixtures/linear_pk.json" with { type: "json" };

const COLUMNS = ["depot", "central", "peripheral2", "peripheral3", "eliminated"] as const;
const MORPHINE: LinearPkParams = {
  v1_l: 17.5,
  cl_l_h: 74.03,
  v2_l: 85.83,
  q2_l_h: 133.7,
  v3_l: 195.65,
  q3_l_h: 19.17,
};

const relErr = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
const bolus = (time_h: number, amount_mg: number, extra: Partial<LinearPkEvent> = {}): LinearPkEvent =>
  ({ kind: "bolus", into: "central", time_h, amount_mg, ...extra }) as LinearPkEvent;
const oral = (time_h: number, amount_mg: number, f = 1): LinearPkEvent => ({
  kind: "bolus",
  into: "depot",
  time_h,
  amount_mg,
  f,
});
const infusion = (time_h: number, amount_mg: number, duration_h: number): LinearPkEvent => ({
  kind: "infusion",
  time_h,
  amount_mg,
  duration_h,
});
const sim = (p: LinearPkParams, events: readonly LinearPkEvent[], times: readonly number[]) =>
  simulateLinearPk(linearPkModel(p), events, Float64Array.from(times));

/** Largest relative difference over the compartment columns, ignoring values below `floor`. */
function maxRelDiff(a: LinearPkColumns, b: LinearPkColumns, floor = 0): number {
  let worst = 0;
  for (const c of COLUMNS) {
    for (let i = 0; i < a[c].length; i++) {
      if (Math.max(Math.abs(a[c][i]), Math.abs(b[c][i])) > floor) worst = Math.max(worst, relErr(a[c][i], b[c][i]));
    }
  }
  return worst;
}

describe("1 compartment against textbook formulas", () => {
  const p = { v1_l: 10, cl_l_h: 5 };
  const k = 0.5;
  const times = [0, 0.1, 1, 2, 5, 10, 40, 200];

  it("IV bolus is C0·exp(−kt)", () => {
    const out = sim(p, [bolus(0, 100)], times);
    times.forEach((t, i) => expect(relErr(out.concentration[i], 10 * Math.exp(-k * t))).toBeLessThan(1e-15));
  });

  it("oral dose is the Bateman function, with F", () => {
    const ka = 1.3;
    const out = sim({ ...p, ka_per_h: ka }, [oral(0, 100, 0.6)], times);
    times.forEach((t, i) => {
      const bateman = ((0.6 * 100 * ka) / (10 * (ka - k))) * (Math.exp(-k * t) - Math.exp(-ka * t));
      expect(relErr(out.concentration[i], bateman)).toBeLessThan(1e-13);
      expect(relErr(out.depot[i], 60 * Math.exp(-ka * t))).toBeLessThan(1e-15);
    });
  });

  it("infusion follows R/CL·(1 − e^{−kt}) during and decays from its end value after", () => {
    const [rate, T] = [30, 2];
    const out = sim(p, [infusion(0, rate * T, T)], times);
    times.forEach((t, i) => {
      const expected =
        t <= T ? (rate / 5) * (1 - Math.exp(-k * t)) : (rate / 5) * (1 - Math.exp(-k * T)) * Math.exp(-k * (t - T));
      expect(relErr(out.concentration[i], expected)).toBeLessThan(1e-13);
    });
  });

  it("ka = k exactly gives the limit F·D·ka·t·e^{−kt}/V", () => {
    const out = sim({ ...p, ka_per_h: k }, [oral(0, 100)], times);
    times.forEach((t, i) => expect(relErr(out.concentration[i], 10 * k * t * Math.exp(-k * t))).toBeLessThan(1e-15));
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
      // Pure relative error on every amount, tiny ones included (the brief asks for 1e-9; we measure ~1e-14).
      expect(worst).toBeLessThan(1e-12);
    });
  }
});

/** Log-uniform positive numbers: PK parameters span orders of magnitude. */
const logUniform = (lo: number, hi: number) =>
  fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(Math.exp);

const paramsArb: fc.Arbitrary<LinearPkParams> = fc
  .record({
    v1_l: logUniform(1, 300),
    cl_l_h: logUniform(0.1, 300),
    v2_l: logUniform(1, 1000),
    q2_l_h: logUniform(0.01, 500),
    v3_l: logUniform(1, 3000),
    q3_l_h: logUniform(0.01, 500),
    ka_per_h: logUniform(0.01, 100),
    compartments: fc.constantFrom(1, 2, 3),
  })
  .map(({ compartments, v2_l, q2_l_h, v3_l, q3_l_h, ...rest }) => ({
    ...rest,
    ...(compartments >= 2 ? { v2_l, q2_l_h } : {}),
    ...(compartments >= 3 ? { v3_l, q3_l_h } : {}),
  }));

/** Times on a 1/64 h grid, so that shifting by whole hours is exact in floating point. */
const gridTime = (lo: number, hi: number) => fc.integer({ min: lo * 64, max: hi * 64 }).map((i) => i / 64);

const eventArb: fc.Arbitrary<LinearPkEvent> = fc.oneof(
  fc.record({
    kind: fc.constant("bolus" as const),
    into: fc.constantFrom("central" as const, "depot" as const),
    time_h: gridTime(-5, 48),
    amount_mg: logUniform(0.01, 1000),
    // f = 0 (nothing absorbed) or a plausible fraction; subnormal amounts would only test denormal arithmetic.
    f: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })),
    lag_h: gridTime(0, 2),
  }),
  fc.record({
    kind: fc.constant("infusion" as const),
    time_h: gridTime(-5, 48),
    amount_mg: logUniform(0.01, 1000),
    duration_h: gridTime(0, 24),
    lag_h: gridTime(0, 2),
  }),
);

const caseArb = fc.record({
  params: paramsArb,
  events: fc.array(eventArb, { minLength: 1, maxLength: 6 }),
  times: fc.array(gridTime(-5, 120), { minLength: 1, maxLength: 20 }),
});

describe("properties", () => {
  it("mass balance: compartments + eliminated = f × amount entered, within 1e-9", () => {
    fc.assert(
      fc.property(caseArb, ({ params, events, times }) => {
        const out = sim(params, events, times);
        for (let i = 0; i < times.length; i++) {
          const total = COLUMNS.reduce((s, c) => s + out[c][i], 0);
          expect(Math.abs(total - out.input[i])).toBeLessThanOrEqual(1e-9 * out.input[i]);
        }
      }),
      { numRuns: 20000 },
    );
  });

  it("superposition: the response to two event lists is the sum of the responses", () => {
    fc.assert(
      fc.property(caseArb, fc.array(eventArb, { minLength: 1, maxLength: 4 }), ({ params, events, times }, more) => {
        const both = sim(params, [...events, ...more], times);
        const a = sim(params, events, times);
        const b = sim(params, more, times);
        for (const c of [...COLUMNS, "input"] as const) {
          for (let i = 0; i < times.length; i++) expect(relErr(both[c][i], a[c][i] + b[c][i])).toBeLessThan(1e-13);
        }
      }),
      { numRuns: 200000 },
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
        for (const c of COLUMNS) {
          for (let i = 0; i < times.length; i++) expect(relErr(scaled[c][i], s * base[c][i])).toBeLessThan(1e-14);
        }
      }),
      { numRuns: 200000 },
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
      { numRuns: 200000 },
    );
  });

  it("eigenvalues: sum = trace, product = k10·Π kj1, weights in (0, 1] summing to 1", () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const m = linearPkModel(params);
        const { k10, k1p, kp1 } = m.micro;
        const { lambda, weight } = m.disposition;
        const trace = k10 + [...k1p, ...kp1].reduce((s, x) => s + x, 0);
        expect(relErr(lambda.reduce((s, x) => s + x, 0), trace)).toBeLessThan(1e-13);
        expect(relErr(lambda.reduce((s, x) => s * x, 1), kp1.reduce((s, x) => s * x, k10))).toBeLessThan(1e-12);
        expect(relErr(weight.reduce((s, x) => s + x, 0), 1)).toBeLessThan(1e-14);
        // A weight is exactly 0 when kj1 = λ_i (equal peripheral rates): that mode never reaches the central compartment.
        for (const w of weight) expect(w >= 0 && w <= 1).toBe(true);
        for (let i = 1; i < lambda.length; i++) expect(lambda[i]).toBeLessThan(lambda[i - 1]);
      }),
      { numRuns: 20000 },
    );
  });
});
