import { describe, expect, it } from "vitest";
import { dopri5 } from "../../src/solver/dopri5.ts";
import { SolverError } from "../../src/solver/errors.ts";
import type { OdeSystem, SolverOptions } from "../../src/solver/types.ts";
import { arenstorf, threeCompartment } from "./problems/nonstiff.ts";

const tol: SolverOptions = { rtol: 1e-6, atol: 1e-9 };

/** Runs `f`, expecting a SolverError, and returns it. */
function solverError(f: () => unknown): SolverError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SolverError);
    return e as SolverError;
  }
  throw new Error("expected a SolverError");
}

describe("dopri5 failure modes", () => {
  it("step underflow: y' = y², y(0) = 1 blows up at t = 1", () => {
    const blowUp: OdeSystem = {
      n: 1,
      rhs: (_t, y, dy) => {
        dy[0] = y[0] * y[0];
      },
    };
    const y = Float64Array.of(1);
    const e = solverError(() => dopri5(1, tol).solve(blowUp, 0, y, 2));
    expect(e.code).toBe("step_underflow");
    // The numerical solution blows up where its own (slightly perturbed) singularity is.
    expect(Math.abs(e.t - 1)).toBeLessThan(1e-5);
    expect(e.h).toBeGreaterThan(0);
    expect(e.h).toBeLessThan(1e-13);
    expect(e.message).toMatch(/step size underflow at t=1 \(h=[\d.e-]+, last error norm [\d.e-]+\)/);
    expect(e.message).toContain("the problem may be stiff: use method rodas");
    // y is left at the last accepted state, y(t) = 1/(1 − t) just before the singularity.
    expect(y[0]).toBeGreaterThan(1e12);
    expect(Number.isFinite(y[0])).toBe(true);
  });

  it("max steps: too small a maxSteps names the limit, t, h and what to change", () => {
    const p = arenstorf();
    const solver = dopri5(4, { ...tol, maxSteps: 20 });
    const e = solverError(() => solver.solve(p.system, p.t0, p.initial(), p.t1));
    expect(e.code).toBe("max_steps");
    expect(e.t).toBeGreaterThan(0);
    expect(e.t).toBeLessThan(p.t1);
    expect(solver.stats.steps + solver.stats.rejected).toBe(20);
    expect(e.message).toMatch(/maximum number of steps \(20\) reached at t=[\d.]+ \(h=/);
    expect(e.message).toContain("raise maxSteps (solver.max_steps in a scenario) or loosen rtol/atol");
  });

  it("NaN from the right-hand side mid-run names the state", () => {
    const p = threeCompartment();
    const broken: OdeSystem = {
      ...p.system,
      rhs: (t, y, dy) => {
        p.system.rhs(t, y, dy);
        // A model bug that only shows up later: log of a negative number for one state.
        if (t > 2) dy[1] = Math.log(-y[1]);
      },
    };
    const y = p.initial();
    const e = solverError(() => dopri5(3, tol).solve(broken, 0, y, 24));
    expect(e.code).toBe("non_finite");
    expect(e.state).toBe("peripheral_mg");
    expect(e.t).toBeCloseTo(2, 10);
    expect(e.message).toContain("non-finite value in state `peripheral_mg`");
    expect(e.message).toContain("check the model's parameters and domain");
    expect(Array.from(y).every(Number.isFinite)).toBe(true);
  });

  it("NaN from the right-hand side at the initial state is reported at once", () => {
    const p = threeCompartment();
    const broken: OdeSystem = {
      ...p.system,
      rhs: (t, y, dy) => {
        p.system.rhs(t, y, dy);
        dy[2] = 0 / 0;
      },
    };
    const solver = dopri5(3, tol);
    const e = solverError(() => solver.solve(broken, 0, p.initial(), 24));
    expect(e.code).toBe("non_finite");
    expect(e.state).toBe("deep_mg");
    expect(e.message).toContain("derivative of state `deep_mg` is NaN at the initial state");
    expect(solver.stats.rhsEvals).toBe(1);
  });

  it("a non-finite initial value names the state; unnamed states are called y[i]", () => {
    const e = solverError(() =>
      dopri5(4, tol).solve(arenstorf().system, 0, Float64Array.of(1, 0, Infinity, 0), 1),
    );
    expect(e.code).toBe("non_finite");
    expect(e.message).toContain("initial value of state `vx` is Infinity");
    const anonymous: OdeSystem = { n: 2, rhs: (_t, _y, dy) => dy.fill(0) };
    const e2 = solverError(() => dopri5(2, tol).solve(anonymous, 0, Float64Array.of(Number.NaN, 0), 1));
    expect(e2.state).toBe("y[0]");
  });

  it("wrong-length y is a RangeError that says the expected length", () => {
    const p = threeCompartment();
    expect(() => dopri5(3, tol).solve(p.system, 0, new Float64Array(2), 1)).toThrow(
      "dopri5: invalid size of y: expected a length-3 Float64Array (one entry per state), got length 2",
    );
  });

  it("a system of another size than the solver's is a RangeError", () => {
    expect(() => dopri5(4, tol).solve(threeCompartment().system, 0, new Float64Array(3), 1)).toThrow(
      /created for n=4 states but the system has n=3/,
    );
  });

  it("t1 before t0 or non-finite times are RangeErrors", () => {
    const p = threeCompartment();
    expect(() => dopri5(3, tol).solve(p.system, 1, p.initial(), 0)).toThrow(RangeError);
    expect(() => dopri5(3, tol).solve(p.system, 0, p.initial(), Infinity)).toThrow(RangeError);
  });

  it("invalid options are RangeErrors at construction", () => {
    expect(() => dopri5(0, tol)).toThrow(/n must be a positive integer/);
    expect(() => dopri5(1, { rtol: -1, atol: 1 })).toThrow(/rtol/);
    expect(() => dopri5(1, { rtol: 0, atol: 0 })).toThrow(/both be zero/);
    expect(() => dopri5(2, { rtol: 1e-6, atol: Float64Array.of(1) })).toThrow(/one per state/);
    expect(() => dopri5(1, { ...tol, hMax: 0 })).toThrow(/hMax/);
    expect(() => dopri5(1, { ...tol, hInit: -1 })).toThrow(/hInit/);
    expect(() => dopri5(1, { ...tol, maxSteps: 1.5 })).toThrow(/maxSteps/);
  });
});
