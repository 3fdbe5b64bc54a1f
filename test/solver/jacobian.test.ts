import { describe, expect, it } from "vitest";
import { finiteDifferenceJacobian, finiteDifferenceTimeDerivative } from "../../src/solver/jacobian.ts";
import type { Rhs } from "../../src/solver/types.ts";

// A small nonlinear, non-autonomous system with a hand-written Jacobian.
const rhs: Rhs = (t, y, dy) => {
  dy[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
  dy[1] = Math.sin(y[0]) * y[1] - Math.exp(-t) * y[2] ** 2;
  dy[2] = Math.log1p(y[0] * y[0]) + t * t * y[2];
};
function analytic(t: number, y: Float64Array): number[] {
  return [
    -0.04,
    1e4 * y[2]!,
    1e4 * y[1]!,
    Math.cos(y[0]!) * y[1]!,
    Math.sin(y[0]!),
    -2 * Math.exp(-t) * y[2]!,
    (2 * y[0]!) / (1 + y[0]! * y[0]!),
    0,
    t * t,
  ];
}

describe("finiteDifferenceJacobian", () => {
  // Expected error: truncation δ·|∂²f| plus rounding ε·|f|/δ. For a state at zero, δ = sqrt(ε·1e-5) ≈ 5e-11,
  // so rounding alone is ≈ 5e-6·|f_i|; hence 1e-5 of the row's scale (its entries and |f_i|).
  it("matches the analytic Jacobian to the accuracy forward differences allow", () => {
    const t = 0.7;
    for (const y0 of [
      [0.3, 1e-3, 2],
      [1, 0, 0],
      [-2, 5, -1e-7],
    ]) {
      const y = Float64Array.from(y0);
      const f0 = new Float64Array(3);
      rhs(t, y, f0);
      const jac = new Float64Array(9);
      finiteDifferenceJacobian(rhs, t, y, f0, 3, jac, new Float64Array(3), new Float64Array(3));
      const exact = analytic(t, y);
      for (let i = 0; i < 3; i++) {
        const rowScale = Math.max(1, Math.abs(f0[i]!), ...exact.slice(3 * i, 3 * i + 3).map(Math.abs));
        for (let j = 0; j < 3; j++) {
          expect(Math.abs(jac[3 * i + j]! - exact[3 * i + j]!)).toBeLessThan(1e-5 * rowScale);
        }
      }
      // y itself is left untouched.
      expect(Array.from(y)).toEqual(y0);
    }
  });
});

describe("finiteDifferenceTimeDerivative", () => {
  it("matches ∂f/∂t and is exactly zero for an autonomous system", () => {
    const y = Float64Array.of(0.3, 0.2, 2);
    const f0 = new Float64Array(3);
    const t = 1.3;
    rhs(t, y, f0);
    const dfdt = new Float64Array(3);
    finiteDifferenceTimeDerivative(rhs, t, y, f0, 3, dfdt, new Float64Array(3));
    const exact = [0, Math.exp(-t) * y[2]! ** 2, 2 * t * y[2]!];
    exact.forEach((e, i) => {
      expect(Math.abs(dfdt[i]! - e)).toBeLessThan(1e-6);
    });

    const autonomous: Rhs = (_t, y, dy) => {
      dy[0] = -y[0]!;
    };
    const g0 = Float64Array.of(-5);
    const out = Float64Array.of(Number.NaN);
    finiteDifferenceTimeDerivative(autonomous, 1e10, Float64Array.of(5), g0, 1, out, new Float64Array(1));
    expect(out[0]).toBe(0);
  });

  it("differences backwards at the end of the smooth interval", () => {
    // f jumps after t = 1 (the next dosing segment); the derivative at t = 1 must not see the jump.
    const jumpy: Rhs = (t, _y, dy) => {
      dy[0] = t <= 1 ? t : 1000;
    };
    const f0 = Float64Array.of(1);
    const out = new Float64Array(1);
    finiteDifferenceTimeDerivative(jumpy, 1, Float64Array.of(0), f0, 1, out, new Float64Array(1), 1);
    expect(out[0]).toBeCloseTo(1, 6);
  });
});
