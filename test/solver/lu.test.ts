import { describe, expect, it } from "vitest";
import { luFactor, luSolve } from "../../src/solver/lu.ts";

/** y = A·x for a row-major n×n A. */
function matVec(a: readonly number[], x: readonly number[]): number[] {
  const n = x.length;
  return x.map((_, i) => x.reduce((s, xj, j) => s + a[i * n + j]! * xj, 0));
}

describe("luFactor / luSolve", () => {
  it("solves a known 3×3 system that needs pivoting", () => {
    // A zero leading pivot forces a row swap; the solution is x = (1, 2, 3).
    const a = [0, 2, 1, 1, 1, 1, 2, 1, 3];
    const b = Float64Array.from(matVec(a, [1, 2, 3])); // (7, 6, 13)
    const lu = Float64Array.from(a);
    const piv = new Int32Array(3);
    expect(luFactor(lu, 3, piv)).toBe(true);
    luSolve(lu, 3, piv, b);
    expect(Array.from(b)).toEqual([1, 2, 3].map((v) => expect.closeTo(v, 14)));
  });

  it("solves random well-conditioned systems to near machine precision", () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31 - 0.5;
    };
    for (const n of [1, 2, 5, 20, 50]) {
      // Diagonally dominant, so the condition number is small and the residual test is meaningful.
      const a = Array.from({ length: n * n }, (_, k) => rand() + (k % (n + 1) === 0 ? n : 0));
      const x = Array.from({ length: n }, rand);
      const b = Float64Array.from(matVec(a, x));
      const lu = Float64Array.from(a);
      const piv = new Int32Array(n);
      expect(luFactor(lu, n, piv)).toBe(true);
      luSolve(lu, n, piv, b);
      const err = Math.max(...x.map((xi, i) => Math.abs(xi - b[i]!)));
      expect(err).toBeLessThan(1e-13);
    }
  });

  it("reuses one factorisation for several right-hand sides", () => {
    const a = [4, -2, 1, -2, 4, -2, 1, -2, 4];
    const lu = Float64Array.from(a);
    const piv = new Int32Array(3);
    luFactor(lu, 3, piv);
    for (const x of [
      [1, 0, 0],
      [0, -1, 2],
      [3, 3, 3],
    ]) {
      const b = Float64Array.from(matVec(a, x));
      luSolve(lu, 3, piv, b);
      x.forEach((xi, i) => {
        expect(b[i]).toBeCloseTo(xi, 13);
      });
    }
  });

  it("detects an exactly singular matrix", () => {
    const piv = new Int32Array(3);
    // Row 2 = 2·row 1: elimination is exact in binary, so the zero pivot is exactly zero. (A matrix singular
    // only in exact arithmetic may leave a pivot of 1e-16 instead; the solver then sees a huge step error.)
    expect(luFactor(Float64Array.of(2, 1, 1, 4, 2, 2, 1, 3, 5), 3, piv)).toBe(false);
    expect(luFactor(Float64Array.of(0, 0, 0, 0), 2, new Int32Array(2))).toBe(false);
  });

  it("reports NaN or infinite entries as a failed factorisation", () => {
    expect(luFactor(Float64Array.of(Number.NaN, 1, 1, 1), 2, new Int32Array(2))).toBe(false);
    expect(luFactor(Float64Array.of(1, 0, 0, Number.POSITIVE_INFINITY), 2, new Int32Array(2))).toBe(false);
  });
});
