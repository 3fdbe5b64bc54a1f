import { describe, expect, it } from "vitest";
import { findRoot } from "../../src/solver/roots.ts";

describe("findRoot (Illinois)", () => {
  it("finds √2 to the requested tolerance", () => {
    expect(findRoot((t) => t * t - 2, 0, 2, 1e-13)).toBeCloseTo(Math.SQRT2, 12);
  });

  it("returns the right end of the final bracket, where the condition holds", () => {
    const g = (t: number) => 1 - t; // holds (≤ 0) from t = 1 on
    const r = findRoot(g, 0, 3, 1e-10);
    expect(g(r)).toBeLessThanOrEqual(0);
    expect(r - 1).toBeLessThan(1e-9);
  });

  it("does not stall on a very asymmetric function (the Illinois halving)", () => {
    let calls = 0;
    const g = (t: number) => {
      calls++;
      return Math.exp(20 * t) - 2;
    };
    const r = findRoot(g, 0, 1, 1e-12);
    expect(r).toBeCloseTo(Math.log(2) / 20, 11);
    expect(calls).toBeLessThan(60);
  });

  it("returns an end point that is an exact root", () => {
    expect(findRoot((t) => t - 1, 0, 1, 1e-12)).toBe(1);
    expect(findRoot((t) => t, 0, 1, 1e-12)).toBe(0);
  });
});
