import { describe, expect, it } from "vitest";
import { DOPRI5_TABLEAU as T } from "../../src/solver/dopri5-tableau.ts";

// The Butcher tableau as dense arrays (stages 1…7), rebuilt from the named coefficients the stepper uses.
const c = [0, T.c2, T.c3, T.c4, T.c5, 1, 1];
const A = [
  [0, 0, 0, 0, 0, 0, 0],
  [T.a21, 0, 0, 0, 0, 0, 0],
  [T.a31, T.a32, 0, 0, 0, 0, 0],
  [T.a41, T.a42, T.a43, 0, 0, 0, 0],
  [T.a51, T.a52, T.a53, T.a54, 0, 0, 0],
  [T.a61, T.a62, T.a63, T.a64, T.a65, 0, 0],
  [T.a71, 0, T.a73, T.a74, T.a75, T.a76, 0],
];
const b = A[6];
const e = [T.e1, 0, T.e3, T.e4, T.e5, T.e6, T.e7];
const bHat = b.map((bi, i) => bi - e[i]);

const dot = (u: number[], v: number[]) => u.reduce((s, ui, i) => s + ui * v[i], 0);
const mul = (u: number[], v: number[]) => u.map((ui, i) => ui * v[i]);
const Ax = (v: number[]) => A.map((row) => dot(row, v));
const pow = (k: number) => c.map((ci) => ci ** k);

/** Order conditions (rooted trees) up to order 5: [order, Φ(t), 1/γ(t)], weights applied later. */
const Ac = Ax(c);
const conditions: Array<[number, number[], number]> = [
  [1, pow(0), 1],
  [2, c, 1 / 2],
  [3, pow(2), 1 / 3],
  [3, Ac, 1 / 6],
  [4, pow(3), 1 / 4],
  [4, mul(c, Ac), 1 / 8],
  [4, Ax(pow(2)), 1 / 12],
  [4, Ax(Ac), 1 / 24],
  [5, pow(4), 1 / 5],
  [5, mul(pow(2), Ac), 1 / 10],
  [5, mul(c, Ax(pow(2))), 1 / 15],
  [5, mul(c, Ax(Ac)), 1 / 30],
  [5, mul(Ac, Ac), 1 / 20],
  [5, Ax(pow(3)), 1 / 20],
  [5, Ax(mul(c, Ac)), 1 / 40],
  [5, Ax(Ax(pow(2))), 1 / 60],
  [5, Ax(Ax(Ac)), 1 / 120],
];

describe("DOPRI5 tableau", () => {
  it("has row sums equal to c (c_i = Σ_j a_ij)", () => {
    for (const [i, row] of A.entries()) expect(row.reduce((s, a) => s + a, 0)).toBeCloseTo(c[i], 14);
  });

  it("satisfies all 17 order conditions up to order 5 with the weights b", () => {
    for (const [, phi, rhs] of conditions) expect(Math.abs(dot(b, phi) - rhs)).toBeLessThan(1e-14);
  });

  it("has embedded weights b̂ = b − e of order exactly 4", () => {
    for (const [order, phi, rhs] of conditions.filter(([p]) => p <= 4)) {
      expect(Math.abs(dot(bHat, phi) - rhs), `order ${order}`).toBeLessThan(1e-14);
    }
    const worst5 = Math.max(
      ...conditions.filter(([p]) => p === 5).map(([, phi, rhs]) => Math.abs(dot(bHat, phi) - rhs)),
    );
    expect(worst5).toBeGreaterThan(1e-4);
  });

  it("is FSAL: stage 7 is evaluated at t + h on the fifth-order solution", () => {
    expect(c[6]).toBe(1);
    expect(b[6]).toBe(0);
  });

  it("has dense-output weights d that sum to zero", () => {
    // For y' = const every stage is the same k, so the correction r5 = h·k·Σd_i: Σd_i must vanish for the
    // interpolant to reproduce straight-line solutions exactly.
    const d = [T.d1, 0, T.d3, T.d4, T.d5, T.d6, T.d7];
    expect(Math.abs(d.reduce((s, di) => s + di, 0))).toBeLessThan(1e-13);
  });
});
