import { describe, expect, it } from "vitest";
import { RODAS4, RODAS5P, ROS34PW2, type RosenbrockTableau } from "../../src/solver/rosenbrock-tableaus.ts";
import {
  type ClassicalCoefficients,
  orderDefect,
  rootedTrees,
  stabilityFunction,
  toClassical,
} from "./order-conditions.ts";

// The tables carry 16 significant digits; rodas.f's were computed from rounded free parameters, so its
// conditions hold to about 1e-13. A wrong digit in any coefficient shows up far above this.
const TOL = 1e-11;

const tableaus: readonly RosenbrockTableau[] = [RODAS4, RODAS5P, ROS34PW2];

/**
 * ROS3P (Lang & Verwer, BIT 41 (2001) 731–738) in transformed form, with the embedded weights used by Julia's
 * OrdinaryDiffEqRosenbrock and by MESA/KPP. Kept here, not shipped: its embedded stability function equals
 * R(z) on the real axis, so the error estimate is zero on linear autonomous problems (a linear PK model would
 * get arbitrarily large steps). It is the counterexample the "error estimate sees linear problems" test must
 * reject.
 */
const ROS3P_IG = 1 / (0.5 + Math.sqrt(3) / 6);
const ROS3P_C32 = -ROS3P_IG * (2 - 0.5 * ROS3P_IG);
const ROS3P_B2 = ROS3P_IG * (2 / 3 - ROS3P_IG / 6);
const ROS3P_B = [ROS3P_IG * (1 + ROS3P_B2), ROS3P_B2, ROS3P_IG / 3];
const ROS3P_BHAT = [2.113248654051871, 1.0, 0.4226497308103742];
const ROS3P: RosenbrockTableau = {
  name: "ros3p",
  order: 3,
  embeddedOrder: 2,
  gamma: 0.5 + Math.sqrt(3) / 6,
  a: [[], [ROS3P_IG], [ROS3P_IG, 0]],
  c: [[], [-ROS3P_IG * ROS3P_IG], [-ROS3P_IG * (1 - ROS3P_C32), ROS3P_C32]],
  alpha: [0, 1, 1],
  gammaSum: [0.7886751345948129, -0.2113248654051871, -1.077350269189626],
  b: ROS3P_B,
  bErr: ROS3P_B.map((bj, j) => bj - ROS3P_BHAT[j]!),
  dense: [],
  denseOrder: 3,
};

/** Largest |R(z) − R̂(z)| over a range of real z ≤ 0: zero means the error estimate is blind to linear decay. */
function embeddedGap(cl: ClassicalCoefficients): number {
  const hat = { ...cl, b: cl.bHat };
  return Math.max(
    ...[-0.1, -1, -10, -100, -1e4].map((z) => Math.abs(stabilityFunction(cl, z) - stabilityFunction(hat, z))),
  );
}

describe("rooted trees", () => {
  it("counts 1, 1, 2, 4, 9, 20 trees of orders 1..6", () => {
    const trees = rootedTrees(6);
    const counts = [1, 2, 3, 4, 5, 6].map((k) => trees.filter((t) => t.order === k).length);
    expect(counts).toEqual([1, 1, 2, 4, 9, 20]);
  });
});

describe.each(tableaus)("$name coefficients", (tab) => {
  const cl = toClassical(tab);
  const s = tab.a.length;

  it("has consistent shapes", () => {
    for (const v of [tab.alpha, tab.gammaSum, tab.b, tab.bErr]) expect(v).toHaveLength(s);
    tab.a.forEach((row, i) => {
      expect(row).toHaveLength(i);
    });
    tab.c.forEach((row, i) => {
      expect(row).toHaveLength(i);
    });
    for (const row of tab.dense) expect(row).toHaveLength(s);
  });

  it("has stage times α_i = Σ_j α_ij and γ_i = Σ_j γ_ij matching the table", () => {
    for (let i = 0; i < s; i++) {
      const alphaI = cl.alpha[i]!.reduce((x, y) => x + y, 0);
      const gammaI = cl.gammaMatrix[i]!.reduce((x, y) => x + y, 0);
      expect(Math.abs(alphaI - tab.alpha[i]!)).toBeLessThan(TOL);
      expect(Math.abs(gammaI - tab.gammaSum[i]!)).toBeLessThan(TOL);
    }
  });

  it(`satisfies the order conditions up to order ${tab.order} and not all of order ${tab.order + 1}`, () => {
    for (let p = 1; p <= tab.order; p++) expect(orderDefect(cl.b, cl, p)).toBeLessThan(TOL);
    expect(orderDefect(cl.b, cl, tab.order + 1)).toBeGreaterThan(1e-6);
  });

  it(`has an embedded method of order ${tab.embeddedOrder}`, () => {
    for (let p = 1; p <= tab.embeddedOrder; p++) expect(orderDefect(cl.bHat, cl, p)).toBeLessThan(TOL);
    expect(orderDefect(cl.bHat, cl, tab.embeddedOrder + 1)).toBeGreaterThan(1e-6);
  });

  it("has an error estimate that sees linear problems (R̂ ≠ R on the negative axis)", () => {
    expect(embeddedGap(cl)).toBeGreaterThan(1e-3);
  });

  it("has a stability function that is 1 + z + … and bounded on the negative axis", () => {
    for (const z of [-1e-3, -1e-2]) {
      // R(z) − e^z = O(z^(p+1)).
      expect(Math.abs(stabilityFunction(cl, z) - Math.exp(z))).toBeLessThan(
        10 * Math.abs(z) ** (tab.order + 1),
      );
    }
    for (const z of [-0.5, -1, -10, -100, -1e4, -1e8])
      expect(Math.abs(stabilityFunction(cl, z))).toBeLessThan(1);
  });

  if (tab.dense.length > 0) {
    it(`has a dense output of order ${tab.denseOrder} that reproduces both step ends`, () => {
      const w = cl.denseWeights!;
      for (const theta of [0.2, 0.5, 0.9]) {
        for (let p = 1; p <= tab.denseOrder; p++)
          expect(orderDefect(w(theta), cl, p, theta)).toBeLessThan(TOL);
      }
      expect(orderDefect(w(1), cl, tab.order, 1)).toBeLessThan(TOL);
      for (const wi of w(0)) expect(Math.abs(wi)).toBeLessThan(TOL);
    });
  }
});

describe("stiff decay at z → −∞", () => {
  it("is L-stable for every shipped method (R(∞) = 0)", () => {
    for (const tab of tableaus) {
      expect(Math.abs(stabilityFunction(toClassical(tab), -1e12))).toBeLessThan(1e-9);
    }
  });
  it("gives ROS34PW2 a strongly damping embedded method (R̂(∞) ≈ 0.48, Rang & Angermann)", () => {
    const cl = toClassical(ROS34PW2);
    expect(Math.abs(stabilityFunction({ ...cl, b: cl.bHat }, -1e12))).toBeCloseTo(0.48, 2);
  });
});

describe("ROS3P (not shipped)", () => {
  const cl = toClassical(ROS3P);
  it("is a correct order-3(2) pair", () => {
    for (let p = 1; p <= 3; p++) expect(orderDefect(cl.b, cl, p)).toBeLessThan(TOL);
    for (let p = 1; p <= 2; p++) expect(orderDefect(cl.bHat, cl, p)).toBeLessThan(TOL);
  });
  it("has an error estimate blind to linear problems, which is why it is not shipped", () => {
    expect(embeddedGap(cl)).toBeLessThan(1e-12);
    expect(Math.abs(stabilityFunction(cl, -1e12))).toBeCloseTo(Math.sqrt(3) - 1, 6);
  });
});
