import { describe, expect, it } from "vitest";
import { BlockLu, stronglyConnected } from "../../src/solver/block-lu.ts";
import { luFactor, luSolve } from "../../src/solver/lu.ts";

function lcg(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31 - 0.5;
  };
}

/** Dense reference: x = (d·I − J)⁻¹·b by lu.ts. */
function denseSolve(jac: Float64Array, n: number, d: number, b: Float64Array): Float64Array {
  const w = jac.map((v) => -v);
  for (let i = 0; i < n; i++) w[i * n + i] += d;
  const piv = new Int32Array(n);
  expect(luFactor(w, n, piv)).toBe(true);
  const x = b.slice();
  luSolve(w, n, piv, x);
  return x;
}

/**
 * A Jacobian shaped like the model's: states shuffled, grouped into coupled blocks (a 2-state PK
 * compartment pair, a 3-state pool, single states) that feed each other one way only.
 */
function oneWayJacobian(rand: () => number): { jac: Float64Array; n: number } {
  const n = 9;
  // Blocks in dependency order, by state index (deliberately not sorted).
  const blocks = [[4, 7], [0], [2, 8, 5], [1], [6, 3]];
  const jac = new Float64Array(n * n);
  blocks.forEach((members, b) => {
    for (const i of members) {
      for (const j of members) jac[i * n + j] = rand() + (i === j ? -3 : 0);
      // Couplings from earlier blocks only.
      for (let e = 0; e < b; e++) if (rand() > 0) jac[i * n + blocks[e]![0]!] = rand() * 50;
    }
  });
  return { jac, n };
}

describe("BlockLu", () => {
  it("solves a one-way (block-triangular) system like the dense LU", () => {
    const rand = lcg(7);
    const { jac, n } = oneWayJacobian(rand);
    const w = new BlockLu(n);
    expect(w.prepare(jac)).toBe(-1);
    expect(w.blocks).toBe(5);
    for (const d of [1e-3, 0.7, 40, 1e6]) {
      expect(w.factor(jac, d)).toBe(true);
      const b = Float64Array.from({ length: n }, rand);
      const x = b.slice();
      w.solve(x);
      const ref = denseSolve(jac, n, d, b);
      x.forEach((v, i) => {
        expect(Math.abs(v - ref[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(ref[i]!)));
      });
    }
  });

  it("is the dense LU, bit for bit, when every state is coupled to every other", () => {
    const rand = lcg(3);
    const n = 6;
    const jac = Float64Array.from({ length: n * n }, rand);
    const w = new BlockLu(n);
    w.prepare(jac);
    expect(w.blocks).toBe(1);
    expect(w.factor(jac, 2)).toBe(true);
    const b = Float64Array.from({ length: n }, rand);
    const x = b.slice();
    w.solve(x);
    expect(Array.from(x)).toEqual(Array.from(denseSolve(jac, n, 2, b)));
  });

  it("rebuilds the structure when a coupling appears that closes a loop between blocks", () => {
    // x0 → x1 one way at first (two blocks); then x1 also feeds x0 (one block). A structure kept from the
    // first Jacobian would drop the new coupling and solve the wrong system.
    const n = 2;
    const first = Float64Array.of(-1, 0, 2, -3);
    const w = new BlockLu(n);
    w.prepare(first);
    expect(w.blocks).toBe(2);
    const second = Float64Array.of(-1, 5, 2, -3);
    expect(w.prepare(second)).toBe(-1);
    expect(w.blocks).toBe(1);
    expect(w.analyses).toBe(2);
    expect(w.factor(second, 1)).toBe(true);
    const x = Float64Array.of(1, 1);
    w.solve(x);
    const ref = denseSolve(second, n, 1, Float64Array.of(1, 1));
    expect(x[0]).toBeCloseTo(ref[0]!, 14);
    expect(x[1]).toBeCloseTo(ref[1]!, 14);
    // The loop stays in the pattern: a later Jacobian where it is zero again keeps one block, no rebuild.
    w.prepare(first);
    expect(w.blocks).toBe(1);
    expect(w.analyses).toBe(2);
  });

  it("keeps the structure when a one-way coupling first seen later fits it", () => {
    // Three states, x2 reads x0 only later on: still one-way, the blocks stay, the coupling is recorded.
    const n = 3;
    const w = new BlockLu(n);
    w.prepare(Float64Array.of(-1, 0, 0, 1, -2, 0, 0, 1, -3));
    const later = Float64Array.of(-1, 0, 0, 1, -2, 0, 4, 1, -3);
    w.prepare(later);
    expect(w.blocks).toBe(3);
    w.factor(later, 1);
    const x = Float64Array.of(1, 2, 3);
    w.solve(x);
    const ref = denseSolve(later, n, 1, Float64Array.of(1, 2, 3));
    x.forEach((v, i) => {
      expect(v).toBeCloseTo(ref[i]!, 14);
    });
  });

  it("names the first non-finite Jacobian entry", () => {
    const w = new BlockLu(2);
    expect(w.prepare(Float64Array.of(1, 0, Number.NaN, Number.POSITIVE_INFINITY))).toBe(2);
    expect(w.prepare(Float64Array.of(1, Number.NEGATIVE_INFINITY, 0, 1))).toBe(1);
  });

  it("reports a singular diagonal block", () => {
    // d·I − J is singular when d is an eigenvalue of a block: here J = diag(2, [[1, 1], [1, 1]]).
    const n = 3;
    const jac = Float64Array.of(2, 0, 0, 0, 1, 1, 0, 1, 1);
    const w = new BlockLu(n);
    w.prepare(jac);
    expect(w.factor(jac, 2)).toBe(false); // the 1×1 block
    expect(w.factor(jac, 0)).toBe(false); // the 2×2 block (eigenvalues 0 and 2)
    expect(w.factor(jac, 1)).toBe(true);
  });
});

describe("stronglyConnected", () => {
  it("lists components with the ones each depends on first", () => {
    // 0 reads 1, 1 reads 0 (a loop), 2 reads 1, 3 reads nothing, 4 reads 3 and 2.
    const n = 5;
    const p = new Uint8Array(n * n);
    for (const [i, j] of [
      [0, 1],
      [1, 0],
      [2, 1],
      [4, 3],
      [4, 2],
    ]) {
      p[i! * n + j!] = 1;
    }
    const comps = stronglyConnected(p, n).map((c) => [...c].sort());
    expect(comps).toHaveLength(4);
    const rank = (i: number) => comps.findIndex((c) => c.includes(i));
    expect(comps[rank(0)]).toEqual([0, 1]);
    expect(rank(1)).toBeLessThan(rank(2));
    expect(rank(2)).toBeLessThan(rank(4));
    expect(rank(3)).toBeLessThan(rank(4));
  });
});
