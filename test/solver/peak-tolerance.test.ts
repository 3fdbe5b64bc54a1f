import { describe, expect, it } from "vitest";
import { dopri5 } from "../../src/solver/dopri5.ts";
import { errorNorm } from "../../src/solver/norm.ts";
import { rodas4, rodas5p } from "../../src/solver/rosenbrock.ts";
import type { OdeSolver, OdeSystem, SolverOptions } from "../../src/solver/types.ts";

const decay: OdeSystem = {
  n: 1,
  rhs: (_t, y, dy) => {
    dy[0] = -y[0]!;
  },
};
const growth: OdeSystem = {
  n: 1,
  rhs: (_t, y, dy) => {
    dy[0] = y[0]!;
  },
};

const factories: readonly { name: string; make: (n: number, o: SolverOptions) => OdeSolver }[] = [
  { name: "rodas4", make: rodas4 },
  { name: "rodas5p", make: rodas5p },
  { name: "dopri5", make: dopri5 },
];

describe("errorNorm with peak", () => {
  it("weighs each error by the larger of the current values and the state's peak", () => {
    const err = Float64Array.of(1e-6, 1e-6);
    const y = Float64Array.of(1e-3, 2);
    // State 0 is far below its peak of 1: weight 1e-6·1 instead of 1e-6·1e-3; state 1 is above its peak.
    const withPeak = errorNorm(err, y, y, 1e-6, 0, 2, Float64Array.of(1, 1));
    expect(withPeak).toBeCloseTo(Math.sqrt((1 + 0.25) / 2), 12);
    expect(errorNorm(err, y, y, 1e-6, 0, 2)).toBeCloseTo(Math.sqrt((1e6 + 0.25) / 2), 6);
  });
});

describe.each(factories)("$name with a peak", ({ make }) => {
  it("holds a decayed state to rtol of its peak, with fewer steps than relative to its current value", () => {
    const rtol = 1e-6;
    const run = (peak?: Float64Array) => {
      const solver = make(1, { rtol, atol: 1e-15, ...(peak ? { peak } : {}) });
      const y = Float64Array.of(1);
      solver.solve(decay, 0, y, 30);
      return { steps: solver.stats.steps, error: Math.abs(y[0]! - Math.exp(-30)) };
    };
    const plain = run();
    const peak = new Float64Array(1);
    const scaled = run(peak);
    expect(peak[0]).toBe(1);
    expect(scaled.steps).toBeLessThan(plain.steps / 2);
    // Absolute error of a few rtol·peak (the tail itself, e^−30 ≈ 1e-13, is below what is resolved).
    expect(scaled.error).toBeLessThan(10 * rtol);
    expect(plain.error).toBeLessThan(10 * rtol * Math.exp(-30) + 1e-14);
  });

  it("keeps the peak across solves that share the array, and starts from it", () => {
    const peak = new Float64Array(1);
    const solver = make(1, { rtol: 1e-6, atol: 1e-15, peak });
    solver.solve(decay, 0, Float64Array.of(4), 1);
    expect(peak[0]).toBe(4);
    // A second segment starting small is held to rtol·4 from its first step.
    const y = Float64Array.of(1e-3);
    const before = solver.stats.steps;
    solver.solve(decay, 1, y, 2);
    expect(peak[0]).toBe(4);
    expect(solver.stats.steps - before).toBeLessThan(10);
    expect(Math.abs(y[0]! - 1e-3 * Math.exp(-1))).toBeLessThan(10 * 1e-6 * 4);
  });

  it("raises the peak only to the state where onStep stopped, not to the end of that step", () => {
    const peak = new Float64Array(1);
    const solver = make(1, { rtol: 1e-8, atol: 1e-12, peak });
    const y = Float64Array.of(1);
    const reached = solver.solve(growth, 0, y, 5, (step) => (step.t0 < 1 && step.t1 >= 1 ? 1 : undefined));
    expect(reached).toBe(1);
    expect(peak[0]).toBe(y[0]);
    expect(peak[0]).toBeCloseTo(Math.E, 6);
  });

  it("rejects a peak of the wrong length or with a negative or non-finite entry", () => {
    expect(() => make(2, { rtol: 1e-6, atol: 1e-9, peak: new Float64Array(1) })).toThrow(
      /peak has 1 entries but the system has n=2 states/,
    );
    expect(() => make(1, { rtol: 1e-6, atol: 1e-9, peak: Float64Array.of(-1) })).toThrow(/peak\[0\]/);
    expect(() => make(1, { rtol: 1e-6, atol: 1e-9, peak: Float64Array.of(Number.NaN) })).toThrow(/peak\[0\]/);
  });
});
