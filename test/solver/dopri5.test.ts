import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dopri5 } from "../../src/solver/dopri5.ts";
import type { DenseStep, OdeSystem, SolverOptions, StepCallback } from "../../src/solver/types.ts";
import {
  arenstorf,
  decay,
  nonstiffProblems,
  oscillator,
  type ReferenceProblem,
  threeCompartment,
} from "./problems/nonstiff.ts";

const exactProblems = nonstiffProblems().filter((p) => p.exact !== undefined);

function run(p: ReferenceProblem, options: SolverOptions, onStep?: StepCallback) {
  const solver = dopri5(p.system.n, options);
  const y = p.initial();
  const t = solver.solve(p.system, p.t0, y, p.t1, onStep);
  return { solver, y, t };
}

/** Largest error in units of the tolerance, max_i |y_i − ref_i| / (atol + rtol·|ref_i|). */
function errorInTol(y: Float64Array, ref: Float64Array, rtol: number, atol: number): number {
  let worst = 0;
  for (let i = 0; i < y.length; i++)
    worst = Math.max(worst, Math.abs(y[i] - ref[i]) / (atol + rtol * Math.abs(ref[i])));
  return worst;
}

function maxAbsError(y: Float64Array, ref: Float64Array): number {
  return Math.max(...y.map((v, i) => Math.abs(v - ref[i])));
}

/** Options that fix the step at h: loose enough that no step is rejected or shrunk, hMax caps growth. */
const fixedStep = (h: number): SolverOptions => ({ rtol: 1, atol: 1e6, hInit: h, hMax: h });

describe("dopri5 accuracy against exact solutions", () => {
  // Hairer's controller bounds the local error per step, so the global error at t1 is a modest multiple of
  // the tolerance: measured ≤ 8.3 (the oscillator, over 6 periods), ≤ 0.25 for the damped problems.
  for (const p of exactProblems) {
    it(`${p.name}: global error at t1 within 20 tolerances, shrinking as rtol tightens`, () => {
      let previous = Infinity;
      for (const rtol of [1e-3, 1e-6, 1e-9, 1e-12]) {
        const { y } = run(p, { rtol, atol: rtol });
        expect(errorInTol(y, p.yEnd, rtol, rtol)).toBeLessThan(20);
        const err = maxAbsError(y, p.yEnd);
        expect(err).toBeLessThan(previous);
        previous = err;
      }
    });
  }

  it("arenstorf: reproduces dopri5.f step for step (rtol = atol = 1e-7, h0 = 1e-4)", () => {
    // dopri5.f's statistics and end state for this run, as recorded by cpmech/russell
    // (russell_ode/tests/test_dopri5_arenstorf_debug.rs): 217 accepted, 21 rejected, 1429 evaluations.
    const { solver, y } = run(arenstorf(), { rtol: 1e-7, atol: 1e-7, hInit: 1e-4 });
    expect(solver.stats.steps).toBe(217);
    expect(solver.stats.rejected).toBe(21);
    expect(solver.stats.rhsEvals).toBe(1429);
    const fortran = [0.9940021704030663, 9.040891036151961e-6, 1.459758305600828e-3, -2.001245515834718];
    // Same algorithm, different rounding order: agreement to ~1e-10 on an orbit this sensitive.
    for (const [i, v] of fortran.entries()) expect(Math.abs(y[i] - v)).toBeLessThan(1e-9);
  });

  it("arenstorf: returns to its start after one period, more closely as rtol tightens", () => {
    const p = arenstorf();
    const errors = [1e-4, 1e-7, 1e-10].map((rtol) => maxAbsError(run(p, { rtol, atol: rtol }).y, p.yEnd));
    // The orbit passes close to the Earth and amplifies local errors ~10⁴-fold, hence the loose bounds.
    expect(errors[0]).toBeLessThan(1);
    expect(errors[1]).toBeLessThan(errors[0] / 50);
    expect(errors[2]).toBeLessThan(errors[1] / 50);
    expect(errors[2]).toBeLessThan(1e-5);
  });

  it("property: y' = −ky stays within 10 tolerances of e^(−kt) for random k, t1 and rtol", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.integer({ min: 3, max: 11 }),
        (k, t1, digits) => {
          const rtol = 10 ** -digits;
          const p = decay(k, t1);
          const { y, t } = run(p, { rtol, atol: rtol });
          expect(t).toBe(t1);
          // The solution decays from 1, so rtol is also the scale of the absolute error allowed. Worst seen
          // over 5000 random cases: 1.06·rtol.
          expect(Math.abs(y[0] - Math.exp(-k * t1))).toBeLessThan(10 * rtol);
        },
      ),
      { seed: 20240601, numRuns: 200 },
    );
  });
});

describe("dopri5 convergence order with fixed steps", () => {
  // With a huge tolerance no step is rejected and hMax = hInit = h pins every step to h, so the error at
  // t1 is the method's global error: ≈ C·h⁵. Measured slopes: 5.09–5.53 over N = 64…256 (beyond that the
  // three-compartment error at t1 reaches rounding level).
  for (const p of exactProblems) {
    it(`${p.name}: error at t1 and at interior dense points falls like h⁵`, () => {
      const endErrors: number[] = [];
      const denseErrors: number[] = [];
      for (const N of [64, 128, 256]) {
        const exact = new Float64Array(p.system.n);
        const out = new Float64Array(p.system.n);
        let dense = 0;
        const { solver, y } = run(p, fixedStep((p.t1 - p.t0) / N), (step) => {
          const t = 0.5 * (step.t0 + step.t1);
          step.interpolate(t, out);
          p.exact?.(t, exact);
          dense = Math.max(dense, maxAbsError(out, exact));
          return undefined;
        });
        expect(solver.stats.steps).toBe(N);
        expect(solver.stats.rejected).toBe(0);
        endErrors.push(maxAbsError(y, p.yEnd));
        denseErrors.push(dense);
      }
      for (const errors of [endErrors, denseErrors]) {
        for (let i = 1; i < errors.length; i++) {
          const slope = Math.log2(errors[i - 1] / errors[i]);
          expect(slope).toBeGreaterThan(4.7);
          expect(slope).toBeLessThan(5.8);
        }
      }
    });
  }
});

describe("dopri5 dense output", () => {
  for (const p of exactProblems) {
    it(`${p.name}: interior points are within 50 tolerances of the exact solution`, () => {
      // Measured worst: 20 (oscillator at rtol 1e-4, mostly accumulated global error) and 13 (logistic near
      // its inflection point, where the error estimate underrates the interpolation error).
      for (const rtol of [1e-4, 1e-7, 1e-10]) {
        const out = new Float64Array(p.system.n);
        const exact = new Float64Array(p.system.n);
        let worst = 0;
        run(p, { rtol, atol: rtol }, (step) => {
          for (const theta of [0.1, 0.3, 0.5, 0.7, 0.9]) {
            const t = step.t0 + theta * (step.t1 - step.t0);
            step.interpolate(t, out);
            p.exact?.(t, exact);
            worst = Math.max(worst, errorInTol(out, exact, rtol, rtol));
          }
          return undefined;
        });
        expect(worst).toBeLessThan(50);
      }
    });
  }

  it("is exact at the step ends: y0 at t0, each step's end is the next one's start, the last is y(t1)", () => {
    const p = threeCompartment();
    const y0 = p.initial();
    const a = new Float64Array(p.system.n);
    const b = new Float64Array(p.system.n);
    const ends: Float64Array[] = [];
    const { y } = run(p, { rtol: 1e-6, atol: 1e-6 }, (step) => {
      step.interpolate(step.t0, a);
      expect(Array.from(a)).toEqual(Array.from(ends.length === 0 ? y0 : ends[ends.length - 1]));
      step.interpolate(step.t1, b);
      ends.push(b.slice());
      return undefined;
    });
    expect(Array.from(y)).toEqual(Array.from(ends[ends.length - 1]));
  });

  it("snapshot() stays valid after the solver has moved on; the live step object does not", () => {
    const p = decay();
    const snaps: DenseStep[] = [];
    const during: number[] = [];
    const out = new Float64Array(1);
    run(p, { rtol: 1e-6, atol: 1e-9 }, (step) => {
      const t = 0.5 * (step.t0 + step.t1);
      step.interpolate(t, out);
      during.push(out[0]);
      snaps.push(step.snapshot());
      return undefined;
    });
    snaps.forEach((s, i) => {
      s.interpolate(0.5 * (s.t0 + s.t1), out);
      expect(out[0]).toBe(during[i]);
    });
  });

  it("refuses to extrapolate outside the step", () => {
    run(decay(), { rtol: 1e-6, atol: 1e-9 }, (step) => {
      expect(() => step.interpolate(step.t1 + (step.t1 - step.t0), new Float64Array(1))).toThrow(RangeError);
      return undefined;
    });
  });
});

describe("dopri5 steps and onStep", () => {
  it("never steps past t1, lands on it exactly, and respects hMax", () => {
    const p = oscillator();
    const hMax = 0.3;
    let previous = p.t0;
    let lastEnd = Number.NaN;
    const { t } = run(p, { rtol: 1e-6, atol: 1e-6, hMax }, (step) => {
      expect(step.t0).toBe(previous);
      expect(step.t1).toBeGreaterThan(step.t0);
      expect(step.t1 - step.t0).toBeLessThanOrEqual(hMax * (1 + 1e-9));
      expect(step.t1).toBeLessThanOrEqual(p.t1);
      previous = step.t1;
      lastEnd = step.t1;
      return undefined;
    });
    expect(lastEnd).toBe(p.t1);
    expect(t).toBe(p.t1);
  });

  it("calls onStep once per accepted step and continues on undefined or NaN", () => {
    const p = decay();
    let calls = 0;
    const { solver, t } = run(p, { rtol: 1e-8, atol: 1e-10 }, () =>
      ++calls % 2 === 0 ? Number.NaN : undefined,
    );
    expect(calls).toBe(solver.stats.steps);
    expect(t).toBe(p.t1);
  });

  it("stops at a time returned by onStep, with y the interpolated state there", () => {
    // Locate y = 0.5 on the decay curve by bisection on the dense output, as an event driver would.
    const k = 0.7;
    const p = decay(k);
    const out = new Float64Array(1);
    let stopStep: DenseStep | undefined;
    const { y, t, solver } = run(p, { rtol: 1e-9, atol: 1e-12 }, (step) => {
      step.interpolate(step.t1, out);
      if (out[0] > 0.5) return undefined;
      let lo = step.t0;
      let hi = step.t1;
      for (let i = 0; i < 60; i++) {
        const mid = 0.5 * (lo + hi);
        step.interpolate(mid, out);
        if (out[0] > 0.5) lo = mid;
        else hi = mid;
      }
      stopStep = step.snapshot();
      return hi;
    });
    expect(t).toBeCloseTo(Math.LN2 / k, 8);
    expect(t).toBeLessThan(p.t1);
    expect(y[0]).toBeCloseTo(0.5, 9);
    stopStep?.interpolate(t, out);
    expect(y[0]).toBe(out[0]);
    expect(solver.stats.steps).toBeGreaterThan(0);
  });

  it("stops at step.t1 with exactly the stepper's state", () => {
    const p = decay();
    const end = new Float64Array(1);
    let calls = 0;
    const { y, t } = run(p, { rtol: 1e-6, atol: 1e-9 }, (step) => {
      if (++calls < 3) return undefined;
      step.interpolate(step.t1, end);
      return step.t1;
    });
    expect(calls).toBe(3);
    expect(t).toBeLessThan(p.t1);
    expect(y[0]).toBe(end[0]);
  });

  it("rejects a stop time outside the step with a RangeError", () => {
    expect(() => run(decay(), { rtol: 1e-6, atol: 1e-9 }, (step) => step.t0)).toThrow(/outside the step/);
  });

  it("returns t0 at once when t1 = t0, leaving y alone", () => {
    const p = decay();
    const solver = dopri5(1, { rtol: 1e-6, atol: 1e-9 });
    const y = Float64Array.of(0.25);
    expect(solver.solve(p.system, 3, y, 3)).toBe(3);
    expect(y[0]).toBe(0.25);
    expect(solver.stats.rhsEvals).toBe(0);
  });
});

describe("dopri5 statistics and determinism", () => {
  it("counts six evaluations per attempted step (FSAL) plus f(t0) and the starting-step probe", () => {
    for (const p of nonstiffProblems()) {
      const { solver } = run(p, { rtol: 1e-6, atol: 1e-6 });
      const { steps, rejected, rhsEvals, jacEvals, luDecomps } = solver.stats;
      expect(rhsEvals).toBe(6 * (steps + rejected) + 2);
      expect(jacEvals).toBe(0);
      expect(luDecomps).toBe(0);
    }
    // A given hInit skips the probe.
    const { solver } = run(decay(), { rtol: 1e-6, atol: 1e-6, hInit: 0.01 });
    expect(solver.stats.rhsEvals).toBe(6 * (solver.stats.steps + solver.stats.rejected) + 1);
  });

  it("accumulates statistics over solves and starts every solve cold", () => {
    const p = arenstorf();
    const solver = dopri5(4, { rtol: 1e-6, atol: 1e-6 });
    const y1 = p.initial();
    solver.solve(p.system, p.t0, y1, p.t1);
    const first = { ...solver.stats };
    const y2 = p.initial();
    solver.solve(p.system, p.t0, y2, p.t1);
    expect(Array.from(y2)).toEqual(Array.from(y1));
    expect(solver.stats.steps).toBe(2 * first.steps);
    expect(solver.stats.rhsEvals).toBe(2 * first.rhsEvals);
  });

  it("is deterministic: two solvers give bit-identical states, step times and statistics", () => {
    const once = () => {
      const times: number[] = [];
      const r = run(arenstorf(), { rtol: 1e-8, atol: 1e-8 }, (s) => {
        times.push(s.t1);
        return undefined;
      });
      return { y: Array.from(r.y), times, stats: { ...r.solver.stats } };
    };
    expect(once()).toEqual(once());
  });

  it("accepts a per-state atol and a pure relative tolerance (atol = 0)", () => {
    const p = threeCompartment();
    const { y } = run(p, { rtol: 1e-8, atol: Float64Array.of(1e-8, 1e-6, 1e-10) });
    expect(errorInTol(y, p.yEnd, 1e-8, 1e-10)).toBeLessThan(20);
    // Starting at exactly zero with atol = 0 leaves the norm no scale at t0; the solver must still cope.
    const line: OdeSystem = {
      n: 1,
      rhs: (_t, _y, dy) => {
        dy[0] = 1;
      },
    };
    const z = Float64Array.of(0);
    dopri5(1, { rtol: 1e-6, atol: 0 }).solve(line, 0, z, 1);
    expect(z[0]).toBeCloseTo(1, 12);
  });
});

describe("dopri5 stiffness detection", () => {
  const forced: OdeSystem = {
    n: 1,
    rhs: (t, y, dy) => {
      dy[0] = -1000 * (y[0] - Math.cos(t));
    },
  };

  it("flags y' = −1000(y − cos t) as stiff, without stopping the integration", () => {
    // At rtol ≤ 1e-6 this problem's steps are partly accuracy-limited (hλ oscillates around 3 instead of
    // sitting on the stability boundary near 3.3), and dopri5.f's detector — which needs 15 hits before 6
    // misses in a row — does not confirm within t = 10. So the looser tolerances are where it must fire.
    for (const rtol of [1e-3, 1e-4, 1e-5]) {
      const solver = dopri5(1, { rtol, atol: rtol });
      const y = Float64Array.of(0);
      expect(solver.solve(forced, 0, y, 10)).toBe(10);
      expect(solver.stiffnessDetected).toBe(true);
      // Hairer's first check comes after 1000 accepted steps of h ≈ 3.3e-3.
      expect(solver.stiffnessDetectedAt).toBeGreaterThan(3);
      expect(solver.stiffnessDetectedAt).toBeLessThan(4);
      expect(Math.abs(y[0] - Math.cos(10))).toBeLessThan(2e-3);
    }
  });

  it("flags a linear fast–slow pair as stiff at tight tolerances too", () => {
    const pair: OdeSystem = {
      n: 2,
      rhs: (_t, y, dy) => {
        dy[0] = -y[0];
        dy[1] = -1000 * (y[1] - y[0]);
      },
    };
    for (const rtol of [1e-3, 1e-6, 1e-9]) {
      const solver = dopri5(2, { rtol, atol: rtol });
      solver.solve(pair, 0, Float64Array.of(1, 1), 10);
      expect(solver.stiffnessDetected).toBe(true);
    }
  });

  it("does not flag the non-stiff reference problems, and resets the flag on the next solve", () => {
    const solver = dopri5(1, { rtol: 1e-4, atol: 1e-4 });
    solver.solve(forced, 0, Float64Array.of(0), 10);
    expect(solver.stiffnessDetected).toBe(true);
    solver.solve(decay().system, 0, Float64Array.of(1), 10);
    expect(solver.stiffnessDetected).toBe(false);
    expect(solver.stiffnessDetectedAt).toBeNaN();
    for (const p of nonstiffProblems())
      expect(run(p, { rtol: 1e-10, atol: 1e-10 }).solver.stiffnessDetected).toBe(false);
  });
});
