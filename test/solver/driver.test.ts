import { describe, expect, it } from "vitest";
import type { LinearPkEvent } from "../../src/model/pk/closed-form/index.ts";
import type { StateTrigger } from "../../src/solver/schedule.ts";
import {
  CENTRAL,
  closedCentral,
  driverCentral,
  grid,
  METHODS,
  maxRelError,
  THREE_CMT,
  toDriverEvents,
} from "./driver-helpers.ts";

/**
 * Every dosing feature of the event driver against the closed-form oracle, under every solver (the lesson
 * of rxode2#1214: event semantics must agree across methods). Tolerance: rtol 1e-9 on the solver, 1e-6
 * relative (floor 1e-6 mg) on the result, which leaves room for global error accumulation.
 */
const FEATURES: Array<[string, LinearPkEvent[]]> = [
  ["an IV bolus", [{ kind: "bolus", into: "central", time_h: 0.5, amount_mg: 10 }]],
  ["a zero-order infusion", [{ kind: "infusion", time_h: 1, amount_mg: 12, duration_h: 2 }]],
  [
    "overlapping infusions (they add)",
    [
      { kind: "infusion", time_h: 0, amount_mg: 6, duration_h: 3 },
      { kind: "infusion", time_h: 1, amount_mg: 8, duration_h: 0.5 },
      { kind: "infusion", time_h: 1.25, amount_mg: 3, duration_h: 4 },
    ],
  ],
  [
    "repeated doses (every 4 h, 3 more)",
    [0, 4, 8, 12].map((t): LinearPkEvent => ({ kind: "bolus", into: "central", time_h: t, amount_mg: 5 })),
  ],
  ["first-order absorption", [{ kind: "bolus", into: "depot", time_h: 0, amount_mg: 30 }]],
  ["lag time", [{ kind: "bolus", into: "depot", time_h: 1, amount_mg: 30, lag_h: 0.75 }]],
  ["bioavailability", [{ kind: "bolus", into: "depot", time_h: 0, amount_mg: 30, f: 0.29 }]],
  [
    "simultaneous events (bolus, infusion start and depot dose at one time)",
    [
      { kind: "bolus", into: "central", time_h: 2, amount_mg: 4 },
      { kind: "infusion", time_h: 2, amount_mg: 4, duration_h: 1 },
      { kind: "bolus", into: "depot", time_h: 2, amount_mg: 4 },
    ],
  ],
  [
    "an infusion ending exactly when the next starts",
    [
      { kind: "infusion", time_h: 0, amount_mg: 5, duration_h: 1 },
      { kind: "infusion", time_h: 1, amount_mg: 5, duration_h: 1 },
    ],
  ],
];

describe("event driver vs closed-form PK", () => {
  const times = grid(16, 1 / 12);
  for (const method of METHODS) {
    describe(method, () => {
      for (const [feature, events] of FEATURES) {
        it(`handles ${feature}`, () => {
          const expected = closedCentral(THREE_CMT, events, times);
          const { central } = driverCentral(method, THREE_CMT, toDriverEvents(events), times);
          expect(maxRelError(central, expected, 1e-6)).toBeLessThan(1e-6);
        });
      }
    });
  }

  it("never steps across a discontinuity: one segment per distinct event time, plus the last", () => {
    const events = FEATURES[2]![1];
    const { run } = driverCentral("rodas4", THREE_CMT, toDriverEvents(events), times);
    // Event times 0, 0.5 is not one; 0 (start), 1, 1.25, 1.5, 3, 5.25 → segments [0,1],[1,1.25],…,[5.25,16].
    expect(run.segments).toBe(6);
    expect(run.log.map((e) => e.time)).toEqual([0, 1, 1.25, 1.5, 3, 5.25]);
  });

  it("reports outputs at an event time after the event (right-continuous)", () => {
    const t = Float64Array.of(0, 1, 2);
    const { central } = driverCentral(
      "rodas4",
      THREE_CMT,
      toDriverEvents([FEATURES[0]![1][0]!]).map((e) => ({ ...e, time: 1 })),
      t,
    );
    expect(central[0]).toBe(0);
    expect(central[1]).toBe(10);
  });

  it("tightening rtol does not increase the error against the closed form", () => {
    const events = FEATURES[4]![1];
    const expected = closedCentral(THREE_CMT, events, times);
    for (const method of METHODS) {
      const errors = [1e-4, 1e-6, 1e-8].map((rtol) =>
        maxRelError(
          driverCentral(method, THREE_CMT, toDriverEvents(events), times, { rtol }).central,
          expected,
          1e-6,
        ),
      );
      expect(errors[1]!).toBeLessThan(errors[0]!);
      expect(errors[2]!).toBeLessThan(errors[1]!);
    }
  });
});

describe("state-triggered doses", () => {
  // One-compartment: C = (D/V)·e^(−kt) crosses c* at t* = ln(D/(V·c*))/k exactly.
  const ONE = { v1_l: 20, cl_l_h: 10 };
  const k = ONE.cl_l_h / ONE.v1_l;
  const tStar = Math.log(100 / (ONE.v1_l * 1)) / k; // 100 mg, threshold 1 mg/L

  function trigger(delay_h: number): StateTrigger {
    return {
      label: "central below 1 mg/L",
      g: (_t, y) => y[CENTRAL]! / ONE.v1_l - 1,
      fire: (t) => [{ kind: "bolus", time: t + delay_h, state: CENTRAL, amount: 50, label: "rescue" }],
    };
  }

  for (const method of METHODS) {
    it(`locates the crossing by root finding and doses after the delay (${method})`, () => {
      const times = grid(12, 0.25);
      const first = toDriverEvents([{ kind: "bolus", into: "central", time_h: 0, amount_mg: 100 }]);
      const { central, run } = driverCentral(method, ONE, first, times, { triggers: [trigger(0.5)] });
      const fired = run.log.find((e) => e.type === "trigger")!;
      expect(Math.abs(fired.time - tStar)).toBeLessThan(1e-7);
      const rescue = run.log.find((e) => e.detail === "rescue")!;
      expect(rescue.time).toBeCloseTo(tStar + 0.5, 7);
      const expected = closedCentral(
        ONE,
        [
          { kind: "bolus", into: "central", time_h: 0, amount_mg: 100 },
          { kind: "bolus", into: "central", time_h: fired.time + 0.5, amount_mg: 50 },
        ],
        times,
      );
      expect(maxRelError(central, expected, 1e-6)).toBeLessThan(1e-6);
    });
  }

  it("fires once only, and not for a condition already true at the start", () => {
    const times = grid(40, 0.5);
    const first = toDriverEvents([{ kind: "bolus", into: "central", time_h: 2, amount_mg: 100 }]);
    const { run } = driverCentral("rodas4", ONE, first, times, { triggers: [trigger(0)] });
    // Below threshold from t = 0 to 2 (no drug): no firing then; fires once on the way down after the dose.
    const fired = run.log.filter((e) => e.type === "trigger");
    expect(fired).toHaveLength(1);
    expect(fired[0]!.time).toBeCloseTo(2 + tStar, 7);
  });

  it("fires at an event time when a jump makes the condition true", () => {
    const times = grid(4, 0.5);
    const above: StateTrigger = {
      label: "central above 1 mg/L",
      g: (_t, y) => 1 - y[CENTRAL]! / ONE.v1_l,
      fire: () => [],
    };
    const first = toDriverEvents([{ kind: "bolus", into: "central", time_h: 1, amount_mg: 100 }]);
    const { run } = driverCentral("rodas4", ONE, first, times, { triggers: [above] });
    expect(run.log.find((e) => e.type === "trigger")!.time).toBe(1);
  });
});

describe("dense history", () => {
  it("keeps every step so earlier states can be read back", () => {
    const times = grid(8, 0.5);
    const events = [{ kind: "bolus", into: "central", time_h: 0, amount_mg: 10 }] as const;
    const { run } = driverCentral("rodas4", THREE_CMT, toDriverEvents(events), times, { keepHistory: true });
    const h = run.history!;
    expect(h.length).toBe(run.stats.steps);
    expect(h.span).toEqual([0, 8]);
    const y = new Float64Array(4);
    for (const t of [0.013, 1.7, 5.55]) {
      h.interpolate(t, y);
      const exact = closedCentral(THREE_CMT, events, Float64Array.of(t))[0]!;
      expect(Math.abs(y[CENTRAL]! - exact) / exact).toBeLessThan(1e-5);
    }
    expect(() => h.interpolate(9, y)).toThrow(RangeError);
  });
});

describe("triggers crossing together", () => {
  it("fires every trigger whose condition becomes true at the same moment", () => {
    const ONE = { v1_l: 20, cl_l_h: 10 };
    const times = grid(12, 0.25);
    const below = (label: string): StateTrigger => ({
      label,
      g: (_t, y) => y[CENTRAL]! / ONE.v1_l - 1,
      fire: (t) => [{ kind: "bolus", time: t, state: CENTRAL, amount: 10, label: `${label} dose` }],
    });
    const first = toDriverEvents([{ kind: "bolus", into: "central", time_h: 0, amount_mg: 100 }]);
    const { run } = driverCentral("rodas4", ONE, first, times, { triggers: [below("a"), below("b")] });
    const fired = run.log.filter((e) => e.type === "trigger");
    expect(fired.map((e) => e.detail)).toEqual(["a", "b"]);
    expect(fired[1]!.time).toBe(fired[0]!.time);
    expect(run.log.filter((e) => e.detail.endsWith(" dose"))).toHaveLength(2);
  });
});
