import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StepHistory } from "../../../src/model/respiration/delay.ts";
import { createSolver } from "../../../src/solver/create.ts";
import { runSchedule } from "../../../src/solver/driver.ts";
import { DenseHistory } from "../../../src/solver/history.ts";
import type { OdeSolver } from "../../../src/solver/types.ts";

const METHODS = ["dopri5", "rodas4", "rodas5p", "ros34pw2"] as const;

/**
 * y'(t) = −y(t − 1), y = 1 for t ≤ 0: the textbook delay equation solved by the method of steps, with
 * the exact solution 1 − t on [0, 1], 1 − t + (t−1)²/2 on [1, 2], and − (t−2)³/6 more on [2, 3].
 */
function exact(t: number): number {
  let v = 1 - t;
  if (t > 1) v += (t - 1) ** 2 / 2;
  if (t > 2) v -= (t - 2) ** 3 / 6;
  return v;
}

function solveDelayed(method: (typeof METHODS)[number]) {
  const y0 = Float64Array.of(1);
  const past = new StepHistory(0, y0, 1.5);
  const lag = new Float64Array(1);
  const solver = past.record(createSolver(method, 1, { rtol: 1e-10, atol: 1e-12, hMax: 1 }));
  const out: number[] = [];
  runSchedule({
    system: {
      n: 1,
      rhs: (t, _y, dy) => {
        past.at(t - 1, lag);
        dy[0] = -lag[0];
      },
    },
    y0,
    t0: 0,
    tEnd: 3,
    events: [],
    outputTimes: Float64Array.of(0.5, 1, 1.5, 2, 2.5, 3),
    record: (_r, _t, y) => out.push(y[0]),
    solver,
  });
  return { out, past };
}

describe("StepHistory (delayed states for the method of steps)", () => {
  for (const method of METHODS) {
    it(`solves y' = −y(t − 1) exactly enough under ${method}`, () => {
      const { out, past } = solveDelayed(method);
      // The derivative jumps at t = 1 and 2 (breaking points); 1e-6 leaves room for that at rtol 1e-10.
      for (const [i, t] of [0.5, 1, 1.5, 2, 2.5, 3].entries()) {
        expect(Math.abs(out[i]! - exact(t))).toBeLessThan(1e-6);
      }
      expect(past.extrapolated).toBe(0);
      expect(past.expired).toBe(0);
    });
  }

  // Five nodes per step reproduce every built-in dense output (polynomials of degree ≤ 4 in θ).
  for (const method of METHODS) {
    it(`reproduces ${method}'s dense output exactly`, () => {
      const n = 3;
      const y0 = Float64Array.of(1, 0, 0.5);
      const mine = new StepHistory(0, y0, 100);
      const theirs = new DenseHistory();
      const inner = createSolver(method, n, { rtol: 1e-6, atol: 1e-9 });
      const both: OdeSolver = {
        method: inner.method,
        stats: inner.stats,
        solve: (sys, t0, y, t1, onStep) =>
          inner.solve(sys, t0, y, t1, (s) => {
            theirs.push(s);
            return onStep?.(s);
          }),
      };
      const y = Float64Array.from(y0);
      mine.record(both).solve(
        {
          n,
          rhs: (_t, v, d) => {
            d[0] = v[1];
            d[1] = -v[0] - 0.3 * v[1] * (1 + v[2]);
            d[2] = -0.2 * v[2] + v[0] * v[0];
          },
        },
        0,
        y,
        20,
      );
      const a = new Float64Array(n);
      const b = new Float64Array(n);
      fc.assert(
        fc.property(fc.double({ min: 1e-6, max: 20, noNaN: true }), (t) => {
          mine.at(t, a);
          theirs.interpolate(t, b);
          for (let i = 0; i < n; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-12);
        }),
        { seed: 20260405 },
      );
    });
  }

  it("returns the initial state before the start and counts reads past the end", () => {
    const y0 = Float64Array.of(2, 3);
    const past = new StepHistory(1, y0, 1);
    const out = new Float64Array(2);
    past.at(0.5, out);
    expect(Array.from(out)).toEqual([2, 3]);
    past.at(5, out); // nothing stored yet: still the initial state
    expect(Array.from(out)).toEqual([2, 3]);
    const solver = past.record(createSolver("dopri5", 2, { rtol: 1e-8, atol: 1e-10 }));
    solver.solve({ n: 2, rhs: (_t, v, d) => d.set([-v[0]!, 0]) }, 1, Float64Array.from(y0), 2);
    past.at(2.5, out);
    expect(past.extrapolated).toBe(1);
    expect(out[0]).toBeCloseTo(2 * Math.exp(-1), 7);
  });

  it("keeps a bounded window however long the run", () => {
    const y0 = Float64Array.of(1);
    const past = new StepHistory(0, y0, 0.5);
    const solver = past.record(createSolver("dopri5", 1, { rtol: 1e-8, atol: 1e-10, hMax: 0.01 }));
    solver.solve({ n: 1, rhs: (t, _v, d) => d.set([Math.cos(t)]) }, 0, Float64Array.from(y0), 200);
    const out = new Float64Array(1);
    past.at(199.7, out);
    expect(out[0]).toBeCloseTo(1 + Math.sin(199.7), 8);
    past.at(150, out); // long gone
    expect(past.expired).toBe(1);
    // ≈ 0.5 / 0.01 = 50 steps kept of 20 000 taken; the store doubled from 64 at most once.
    expect(past.stored).toBeLessThanOrEqual(60);
  });
});
