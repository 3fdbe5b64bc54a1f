import { describe, expect, it } from "vitest";
import { createRosenbrock, rodas4, rodas5p, ros34pw2 } from "../../src/solver/rosenbrock.ts";
import { RODAS4, RODAS5P, ROS34PW2 } from "../../src/solver/rosenbrock-tableaus.ts";
import type { DenseStep, OdeSolver, OdeSystem, SolverOptions } from "../../src/solver/types.ts";
import { hires } from "./problems/stiff.ts";

const factories: readonly { name: string; make: (n: number, o: SolverOptions) => OdeSolver }[] = [
  { name: "rodas4", make: rodas4 },
  { name: "rodas5p", make: rodas5p },
  { name: "ros34pw2", make: ros34pw2 },
];

const decay: OdeSystem = {
  n: 1,
  rhs: (_t, y, dy) => {
    dy[0] = -y[0]!;
  },
};

/**
 * A smooth, nonlinear, non-autonomous test system with a closed form (exercises ∂f/∂t):
 * y1' = −y1 + y2², y2' = −2·y2, y3' = −(y3 − sin t) + cos t, y(0) = (1, 1, 1):
 * y1 = (4/3)e^−t − e^−4t/3, y2 = e^−2t, y3 = sin t + e^−t.
 */
const smooth: OdeSystem = {
  n: 3,
  rhs: (t, y, dy) => {
    dy[0] = -y[0]! + y[1]! * y[1]!;
    dy[1] = -2 * y[1]!;
    dy[2] = -(y[2]! - Math.sin(t)) + Math.cos(t);
  },
  jacobian: (_t, y, j) => {
    j[0] = -1;
    j[1] = 2 * y[1]!;
    j[4] = -2;
    j[8] = -1;
  },
};
const smoothExact = (t: number) => [
  (4 / 3) * Math.exp(-t) - Math.exp(-4 * t) / 3,
  Math.exp(-2 * t),
  Math.sin(t) + Math.exp(-t),
];

describe.each([RODAS4, RODAS5P, ROS34PW2])("$name observed convergence order", (tab) => {
  // Fixed steps: hInit = hMax = H with tolerances so loose that no step is rejected or shrunk.
  const errorAt = (steps: number, system: OdeSystem) => {
    const H = 2 / steps;
    const solver = createRosenbrock(3, { rtol: 1e3, atol: 1e3, hInit: H, hMax: H }, tab);
    const y = Float64Array.of(1, 1, 1);
    solver.solve(system, 0, y, 2);
    expect(solver.stats.steps).toBe(steps);
    return Math.max(...smoothExact(2).map((e, i) => Math.abs(e - y[i]!)));
  };

  it(`converges with order ${tab.order} (analytic and finite-difference Jacobian)`, () => {
    for (const system of [smooth, { n: 3, rhs: smooth.rhs }]) {
      const e1 = errorAt(16, system);
      const e2 = errorAt(32, system);
      const e3 = errorAt(64, system);
      const slope = Math.log2(e2 / e3);
      // Pre-asymptotic drift is visible for Rodas5P (4.8 → 4.9 over these h); the slope must be settled.
      expect(slope).toBeGreaterThan(tab.order - 0.2);
      expect(slope).toBeLessThan(tab.order + 0.3);
      expect(Math.log2(e1 / e2)).toBeGreaterThan(tab.order - 0.3);
    }
  });
});

describe.each(factories)("$name", ({ make }) => {
  it("tracks the tolerance on the smooth problem (error shrinks as rtol tightens)", () => {
    const errs = [1e-4, 1e-6, 1e-8].map((rtol) => {
      const solver = make(3, { rtol, atol: rtol });
      const y = Float64Array.of(1, 1, 1);
      expect(solver.solve(smooth, 0, y, 5)).toBe(5);
      return Math.max(...smoothExact(5).map((e, i) => Math.abs(e - y[i]!)));
    });
    expect(errs[0]).toBeLessThan(1e-3);
    expect(errs[1]).toBeLessThan(errs[0]! / 10);
    expect(errs[2]).toBeLessThan(errs[1]! / 10);
  });

  it("ends exactly at t1 and never steps past it", () => {
    const solver = make(1, { rtol: 1e-6, atol: 1e-9 });
    const ends: number[] = [];
    const t1 = 3.7;
    const reached = solver.solve(decay, 0.1, Float64Array.of(1), t1, (step) => {
      ends.push(step.t1);
      return undefined;
    });
    expect(reached).toBe(t1);
    expect(ends.at(-1)).toBe(t1);
    expect(Math.max(...ends)).toBe(t1);
    for (let i = 1; i < ends.length; i++) expect(ends[i]).toBeGreaterThan(ends[i - 1]!);
  });

  it("gives the same result with the analytic and the finite-difference Jacobian (HIRES)", () => {
    const run = (system: OdeSystem) => {
      const solver = make(8, { rtol: 1e-7, atol: 1e-11 });
      const y = Float64Array.from(hires.y0);
      solver.solve(system, 0, y, hires.t1);
      return { y, stats: { ...solver.stats } };
    };
    const a = run(hires.system);
    const { jacobian: _omit, ...withoutJac } = hires.system;
    const f = run(withoutJac);
    a.y.forEach((v, i) => {
      expect(Math.abs(v - f.y[i]!)).toBeLessThan(1e-6 * Math.abs(v) + 1e-11);
    });
    // Finite differences cost n = 8 extra evaluations per Jacobian; the analytic run costs none.
    expect(f.stats.rhsEvals - a.stats.rhsEvals).toBeGreaterThanOrEqual(
      8 * f.stats.jacEvals - 8 * a.stats.jacEvals,
    );
  });

  it("counts statistics consistently and restarts cold (same result twice)", () => {
    const solver = make(3, { rtol: 1e-6, atol: 1e-9 });
    const y = Float64Array.of(1, 1, 1);
    solver.solve(smooth, 0, y, 2);
    const s = { ...solver.stats };
    expect(s.steps).toBeGreaterThan(5);
    // One Jacobian per accepted point; one LU per attempt (accepted or rejected).
    expect(s.jacEvals).toBe(s.steps);
    expect(s.luDecomps).toBe(s.steps + s.rejected);
    const y2 = Float64Array.of(1, 1, 1);
    solver.solve(smooth, 0, y2, 2);
    expect(Array.from(y2)).toEqual(Array.from(y));
    // Counters accumulate over the life of the solver.
    expect(solver.stats.steps).toBe(2 * s.steps);
  });

  it("returns t0 and leaves y alone when t1 = t0", () => {
    const solver = make(1, { rtol: 1e-6, atol: 1e-9 });
    const y = Float64Array.of(0.25);
    expect(solver.solve(decay, 2, y, 2)).toBe(2);
    expect(y[0]).toBe(0.25);
    expect(solver.stats.rhsEvals).toBe(0);
  });

  describe("dense output", () => {
    it("reproduces both step ends exactly", () => {
      const solver = make(3, { rtol: 1e-5, atol: 1e-8 });
      const y = Float64Array.of(1, 1, 1);
      const atStart = new Float64Array(3);
      const atEnd = new Float64Array(3);
      let previousEnd: number[] | undefined;
      let steps = 0;
      solver.solve(smooth, 0, y, 3, (step) => {
        step.interpolate(step.t0, atStart);
        step.interpolate(step.t1, atEnd);
        if (previousEnd) expect(Array.from(atStart)).toEqual(previousEnd);
        else expect(Array.from(atStart)).toEqual([1, 1, 1]);
        previousEnd = Array.from(atEnd);
        steps++;
        return Number.NaN;
      });
      expect(steps).toBe(solver.stats.steps);
      expect(Array.from(y)).toEqual(previousEnd);
    });

    it("is accurate inside the steps on y' = −y (within a few times the tolerance)", () => {
      const rtol = 1e-6;
      const atol = 1e-9;
      const solver = make(1, { rtol, atol });
      const out = new Float64Array(1);
      let worst = 0;
      solver.solve(decay, 0, Float64Array.of(1), 8, (step) => {
        for (let k = 1; k < 10; k++) {
          const t = step.t0 + (k / 10) * (step.t1 - step.t0);
          step.interpolate(t, out);
          const exact = Math.exp(-t);
          worst = Math.max(worst, Math.abs(out[0]! - exact) / (atol + rtol * exact));
        }
        return undefined;
      });
      // Global error plus the interpolant's own error, in tolerance units (observed 0.3–2.2).
      expect(worst).toBeLessThan(5);
    });

    it("gives each step its own dense output when earlier steps were never interpolated", () => {
      // The dense rows are filled on a step's first interpolation; a skipped step must not leave the
      // previous step's rows (or none) behind for the next one.
      const solver = make(1, { rtol: 1e-8, atol: 1e-12 });
      const out = new Float64Array(1);
      let k = 0;
      let worst = 0;
      solver.solve(decay, 0, Float64Array.of(1), 6, (step) => {
        if (k++ % 3 !== 2) return undefined;
        const mid = 0.5 * (step.t0 + step.t1);
        step.interpolate(mid, out);
        worst = Math.max(worst, Math.abs(out[0]! - Math.exp(-mid)));
        return undefined;
      });
      expect(k).toBeGreaterThan(6);
      expect(worst).toBeLessThan(1e-7);
    });

    it("stops at the time onStep returns and sets y to the interpolated state there", () => {
      const solver = make(1, { rtol: 1e-8, atol: 1e-12 });
      const y = Float64Array.of(1);
      const tStop = 1.2345;
      let calls = 0;
      const reached = solver.solve(decay, 0, y, 10, (step) => {
        calls++;
        return step.t0 < tStop && tStop <= step.t1 ? tStop : Number.NaN;
      });
      expect(reached).toBe(tStop);
      expect(calls).toBe(solver.stats.steps);
      expect(Math.abs(y[0]! - Math.exp(-tStop))).toBeLessThan(1e-7);
    });

    it("rejects a stop time outside the step", () => {
      const solver = make(1, { rtol: 1e-6, atol: 1e-9 });
      expect(() => solver.solve(decay, 0, Float64Array.of(1), 5, (step) => step.t1 + 1)).toThrow(
        /onStep returned stop time .* outside the step/,
      );
    });

    it("keeps a snapshot valid after the step", () => {
      const solver = make(1, { rtol: 1e-8, atol: 1e-12 });
      const kept: DenseStep[] = [];
      solver.solve(decay, 0, Float64Array.of(1), 4, (step) => {
        if (kept.length < 3) kept.push(step.snapshot());
        return undefined;
      });
      const out = new Float64Array(1);
      for (const s of kept) {
        const mid = 0.5 * (s.t0 + s.t1);
        s.interpolate(mid, out);
        expect(Math.abs(out[0]! - Math.exp(-mid))).toBeLessThan(1e-7);
      }
      expect(kept[1]!.t0).toBe(kept[0]!.t1);
    });
  });
});

describe("stiff behaviour", () => {
  it("takes large steps on a stiff linear decay towards a slow manifold", () => {
    // y' = −1e6·(y − cos t): after a 1e-6 transient the solution follows cos t; explicit methods would need
    // ~1e6 steps for this interval.
    const system: OdeSystem = {
      n: 1,
      rhs: (t, y, dy) => {
        dy[0] = -1e6 * (y[0]! - Math.cos(t));
      },
    };
    for (const { make } of factories) {
      const solver = make(1, { rtol: 1e-6, atol: 1e-9 });
      const y = Float64Array.of(0);
      solver.solve(system, 0, y, 10);
      expect(solver.stats.steps).toBeLessThan(500);
      expect(Math.abs(y[0]! - Math.cos(10))).toBeLessThan(1e-5);
    }
  });
});

describe("ramping up from a tiny first step", () => {
  // A dose into states at zero makes the starting-step heuristic return ~1e-8 s; growth capped at 6× per
  // step would then take log₆(1e9) ≈ 12 steps to reach the steps the error allows. While the error keeps
  // asking for more than 6×, the growth cap is 10⁴ (CVODE's first-step η_max), so a few steps suffice.
  it.each(factories)("$name climbs from h = 1e-10 to the error-limited step in a few steps", ({ make }) => {
    const solver = make(1, { rtol: 1e-6, atol: 1e-9, hInit: 1e-10 });
    const sizes: number[] = [];
    const y = Float64Array.of(1);
    solver.solve(decay, 0, y, 1, (step: DenseStep) => {
      sizes.push(step.t1 - step.t0);
      return undefined;
    });
    // The step the error allows here is about 0.01–0.1; 6× per step needs ≥ 11 steps to get to 0.01.
    const reached = sizes.findIndex((h) => h > 1e-3);
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThanOrEqual(4);
    expect(Math.abs(y[0]! - Math.exp(-1))).toBeLessThan(1e-5);
    // The ramp ends once the error limits the growth below 6×: no later step grows more than that.
    const ratios = sizes.slice(1, -1).map((h, i) => h / sizes[i]!);
    const limited = ratios.findIndex((r) => r <= 6);
    expect(limited).toBeGreaterThan(0);
    for (const r of ratios.slice(limited)) expect(r).toBeLessThanOrEqual(6.0001);
  });

  it.each(factories)(
    "$name ends the ramp when a cap holds the step, so h grows at most 6× once it loosens",
    ({ make }) => {
      // A model cap of 1e-3 until t = 0.5, none after: the error alone would then allow a 10⁴-fold jump.
      const capped: OdeSystem = { ...decay, maxStep: (t) => (t < 0.5 ? 1e-3 : Number.POSITIVE_INFINITY) };
      const solver = make(1, { rtol: 1e-6, atol: 1e-9, hInit: 1e-10 });
      const steps: [number, number][] = [];
      solver.solve(capped, 0, Float64Array.of(1), 1, (step: DenseStep) => {
        steps.push([step.t0, step.t1 - step.t0]);
        return undefined;
      });
      const after = steps.findIndex(([t0]) => t0 >= 0.5);
      expect(after).toBeGreaterThan(1);
      expect(steps[after - 1]![1]).toBeCloseTo(1e-3, 12);
      expect(steps[after]![1] / steps[after - 1]![1]).toBeLessThanOrEqual(6.0001);
    },
  );
});
