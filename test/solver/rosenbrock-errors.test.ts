import { describe, expect, it } from "vitest";
import { SolverError } from "../../src/solver/errors.ts";
import { rodas4, rodas5p, ros34pw2 } from "../../src/solver/rosenbrock.ts";
import type { OdeSolver, OdeSystem, SolverOptions } from "../../src/solver/types.ts";
import { rober } from "./problems/stiff.ts";

const factories: readonly { name: string; make: (n: number, o: SolverOptions) => OdeSolver }[] = [
  { name: "rodas4", make: rodas4 },
  { name: "rodas5p", make: rodas5p },
  { name: "ros34pw2", make: ros34pw2 },
];

/** Runs `fn`, which must throw a SolverError, and returns it. */
function solverError(fn: () => unknown): SolverError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SolverError);
    return e as SolverError;
  }
  throw new Error("expected a SolverError");
}

describe.each(factories)("$name failure modes", ({ name, make }) => {
  it("reports step-size underflow where the solution blows up (y' = y², y(0) = 1, blow-up at t = 1)", () => {
    const solver = make(1, { rtol: 1e-6, atol: 1e-9 });
    const y = Float64Array.of(1);
    const system: OdeSystem = {
      n: 1,
      rhs: (_t, y, dy) => {
        dy[0] = y[0]! * y[0]!;
      },
      jacobian: (_t, y, j) => {
        j[0] = 2 * y[0]!;
      },
    };
    const e = solverError(() => solver.solve(system, 0, y, 2));
    expect(e.code).toBe("step_underflow");
    expect(e.t).toBeCloseTo(1, 4);
    expect(e.h).toBeLessThan(1e-13);
    expect(e.message).toMatch(new RegExp(`^${name}: step size underflow at t=1 \\(h=.*\\): .*blows up`));
    // y holds the last accepted state: large, finite, and consistent with 1/(1 − t).
    expect(y[0]).toBeGreaterThan(1e6);
    expect(Number.isFinite(y[0])).toBe(true);
  });

  it("reports too many steps with the place it got to and what to change", () => {
    const solver = make(3, { rtol: 1e-6, atol: 1e-10, maxSteps: 20 });
    const y = Float64Array.from(rober.y0);
    const e = solverError(() => solver.solve(rober.system, 0, y, rober.t1));
    expect(e.code).toBe("max_steps");
    expect(e.t).toBeGreaterThan(0);
    expect(e.t).toBeLessThan(rober.t1);
    expect(e.message).toContain(`${name}: maximum number of steps (20) reached at t=`);
    expect(e.message).toMatch(/raise maxSteps \(solver.max_steps in a scenario\) or loosen rtol\/atol/);
    expect(solver.stats.steps + solver.stats.rejected).toBe(20);
  });

  it("names the state whose derivative became NaN, whatever the step size", () => {
    const solver = make(2, { rtol: 1e-6, atol: 1e-9 });
    // x' is NaN once w has decayed below 0.5 (t > ln 2): a state-dependent domain error.
    const system: OdeSystem = {
      n: 2,
      stateNames: ["w", "x"],
      rhs: (_t, y, dy) => {
        dy[0] = -y[0]!;
        dy[1] = y[0]! < 0.5 ? Number.NaN : -y[1]!;
      },
    };
    const y = Float64Array.of(1, 1);
    const e = solverError(() => solver.solve(system, 0, y, 2));
    expect(e.code).toBe("non_finite");
    expect(e.state).toBe("x");
    expect(e.t).toBeCloseTo(Math.LN2, 4);
    expect(e.message).toMatch(/non-finite value in state `x`/);
  });

  it("names the state when the derivative is NaN at the start", () => {
    const solver = make(2, { rtol: 1e-6, atol: 1e-9 });
    const system: OdeSystem = {
      n: 2,
      stateNames: ["w", "x"],
      rhs: (_t, y, dy) => {
        dy[0] = -y[0]!;
        dy[1] = Math.log(y[1]! - 1);
      },
    };
    const e = solverError(() => solver.solve(system, 0, Float64Array.of(1, 0.5), 1));
    expect(e.code).toBe("non_finite");
    expect(e.state).toBe("x");
    expect(e.message).toMatch(/the derivative of state `x` is NaN at t=0/);
  });

  it("names the state of a non-finite initial value, and falls back to y[i] without names", () => {
    const solver = make(2, { rtol: 1e-6, atol: 1e-9 });
    const rhs = (_t: number, y: Float64Array, dy: Float64Array) => dy.set(y);
    const named = solverError(() =>
      solver.solve({ n: 2, rhs, stateNames: ["w", "x"] }, 0, Float64Array.of(1, Number.POSITIVE_INFINITY), 1),
    );
    expect(named.state).toBe("x");
    expect(named.message).toMatch(/initial value of state `x` is Infinity/);
    const unnamed = solverError(() => solver.solve({ n: 2, rhs }, 0, Float64Array.of(Number.NaN, 1), 1));
    expect(unnamed.state).toBe("y[0]");
  });

  it("names the entry of an analytic Jacobian that is not finite", () => {
    const solver = make(2, { rtol: 1e-6, atol: 1e-9 });
    const system: OdeSystem = {
      n: 2,
      stateNames: ["w", "x"],
      rhs: (_t, y, dy) => {
        dy[0] = -y[0]!;
        dy[1] = -y[1]!;
      },
      jacobian: (_t, _y, j) => {
        j[0] = -1;
        j[1] = Number.NaN;
        j[3] = -1;
      },
    };
    const e = solverError(() => solver.solve(system, 0, Float64Array.of(1, 1), 1));
    expect(e.code).toBe("non_finite");
    expect(e.message).toMatch(/analytic Jacobian returned NaN for ∂f\(`w`\)\/∂`x`/);
  });

  it("rejects a y of the wrong length with the expected length", () => {
    const solver = make(3, { rtol: 1e-6, atol: 1e-9 });
    expect(() => solver.solve(rober.system, 0, Float64Array.of(1, 0), 1)).toThrow(
      new RangeError(
        `${name}: invalid size of y: expected a length-3 Float64Array (one entry per state), got length 2`,
      ),
    );
  });

  it("rejects a system of another size and a reversed interval", () => {
    const solver = make(2, { rtol: 1e-6, atol: 1e-9 });
    expect(() => solver.solve(rober.system, 0, Float64Array.of(1, 0), 1)).toThrow(/created for n=2 states/);
    const two: OdeSystem = { n: 2, rhs: (_t, y, dy) => dy.set(y) };
    expect(() => solver.solve(two, 1, Float64Array.of(1, 0), 0)).toThrow(/need finite t0 ≤ t1/);
  });

  it("rejects invalid options up front", () => {
    expect(() => make(2, { rtol: -1, atol: 1e-9 })).toThrow(/rtol must be a finite number ≥ 0/);
    expect(() => make(2, { rtol: 0, atol: 0 })).toThrow(/cannot both be zero/);
    expect(() => make(2, { rtol: 1e-6, atol: Float64Array.of(1e-9) })).toThrow(/atol has 1 entries/);
    expect(() => make(2, { rtol: 1e-6, atol: 1e-9, maxSteps: 0 })).toThrow(
      /maxSteps must be a positive integer/,
    );
    expect(() => make(2, { rtol: 1e-6, atol: 1e-9, hInit: 0 })).toThrow(/hInit must be/);
  });
});
