/**
 * Order conditions of Rosenbrock methods, evaluated numerically from a transformed coefficient table.
 *
 * Theory (Hairer & Wanner, Solving ODEs II, §IV.7): with β̃ = (α_ij) + Γ (Γ including its diagonal γ), the
 * elementary weight of a rooted tree t is Φ(leaf) = 1 and, for a root with subtrees t_1…t_m,
 *   Φ(t) = β̃·Φ(t_1)                 if m = 1,
 *   Φ(t) = Π_k (α·Φ(t_k))  (entrywise) if m ≥ 2,
 * and the method has order p iff b·Φ(t) = 1/γ(t) for every tree with |t| ≤ p (γ(t) the density). A dense
 * output with weights b(θ) has order q iff b(θ)·Φ(t) = θ^|t|/γ(t) for |t| ≤ q.
 */
import type { RosenbrockTableau } from "../../src/solver/rosenbrock-tableaus.ts";

type Matrix = number[][];

/** A rooted tree as the list of its root's subtrees. */
export interface Tree {
  readonly children: readonly Tree[];
  readonly order: number;
  readonly density: number;
}

function makeTree(children: readonly Tree[]): Tree {
  const order = 1 + children.reduce((s, c) => s + c.order, 0);
  const density = order * children.reduce((p, c) => p * c.density, 1);
  return { children, order, density };
}

/** All rooted trees with 1…maxOrder vertices (1, 1, 2, 4, 9, 20 of each order). */
export function rootedTrees(maxOrder: number): Tree[] {
  const all: Tree[] = [makeTree([])];
  for (let k = 2; k <= maxOrder; k++) {
    const smaller = all.slice();
    // Multisets of smaller trees with total order k − 1, as nondecreasing index sequences.
    const pick = (start: number, remaining: number, chosen: Tree[]) => {
      if (remaining === 0) {
        all.push(makeTree(chosen.slice()));
        return;
      }
      for (let i = start; i < smaller.length; i++) {
        const t = smaller[i]!;
        if (t.order > remaining) continue;
        chosen.push(t);
        pick(i, remaining - t.order, chosen);
        chosen.pop();
      }
    };
    pick(0, k - 1, []);
  }
  return all;
}

function zeros(s: number): Matrix {
  return Array.from({ length: s }, () => new Array<number>(s).fill(0));
}

function matMul(x: Matrix, y: Matrix): Matrix {
  const s = x.length;
  const r = zeros(s);
  for (let i = 0; i < s; i++)
    for (let j = 0; j < s; j++) for (let k = 0; k < s; k++) r[i]![j]! += x[i]![k]! * y[k]![j]!;
  return r;
}

function vecMat(v: readonly number[], m: Matrix): number[] {
  return m[0]!.map((_, j) => v.reduce((acc, vi, i) => acc + vi * m[i]![j]!, 0));
}

function matVec(m: Matrix, v: readonly number[]): number[] {
  return m.map((row) => row.reduce((acc, mij, j) => acc + mij * v[j]!, 0));
}

/** Inverse of a lower-triangular matrix by forward substitution. */
function invertLower(m: Matrix): Matrix {
  const s = m.length;
  const inv = zeros(s);
  for (let col = 0; col < s; col++) {
    for (let i = 0; i < s; i++) {
      let acc = i === col ? 1 : 0;
      for (let k = 0; k < i; k++) acc -= m[i]![k]! * inv[k]![col]!;
      inv[i]![col] = acc / m[i]![i]!;
    }
  }
  return inv;
}

/** The classical coefficients recovered from a transformed table. */
export interface ClassicalCoefficients {
  /** (α_ij), strictly lower. */
  readonly alpha: Matrix;
  /** Γ including its diagonal. */
  readonly gammaMatrix: Matrix;
  readonly b: number[];
  readonly bHat: number[];
  /** Dense output weights b(θ) on the classical stages; undefined for Hermite tables. */
  readonly denseWeights: ((theta: number) => number[]) | undefined;
}

/** Γ⁻¹ = diag(1/γ) − C, then (α_ij) = A·Γ and b = m·Γ. */
export function toClassical(t: RosenbrockTableau): ClassicalCoefficients {
  const s = t.a.length;
  const a = zeros(s);
  const gInv = zeros(s);
  for (let i = 0; i < s; i++) {
    gInv[i]![i] = 1 / t.gamma;
    for (let j = 0; j < i; j++) {
      a[i]![j] = t.a[i]![j] ?? 0;
      gInv[i]![j] = -(t.c[i]![j] ?? 0);
    }
  }
  const gammaMatrix = invertLower(gInv);
  const alpha = matMul(a, gammaMatrix);
  const b = vecMat(t.b, gammaMatrix);
  const bHat = vecMat(
    t.b.map((bj, j) => bj - t.bErr[j]!),
    gammaMatrix,
  );
  const denseWeights =
    t.dense.length === 0
      ? undefined
      : (theta: number) => {
          // y(θ) − y0 = θ·Σ b_j u_j + θ(1−θ)·Σ_r θ^r K_r
          const w = t.b.map((bj) => theta * bj);
          t.dense.forEach((row, r) => {
            const f = theta * (1 - theta) * theta ** r;
            row.forEach((d, j) => {
              w[j]! += f * d;
            });
          });
          return vecMat(w, gammaMatrix);
        };
  return { alpha, gammaMatrix, b, bHat, denseWeights };
}

/** Elementary weight vector Φ(t). */
export function elementaryWeights(tree: Tree, c: ClassicalCoefficients): number[] {
  const s = c.alpha.length;
  if (tree.children.length === 0) return new Array<number>(s).fill(1);
  if (tree.children.length === 1) {
    const betaTilde = c.alpha.map((row, i) => row.map((v, j) => v + c.gammaMatrix[i]![j]!));
    return matVec(betaTilde, elementaryWeights(tree.children[0]!, c));
  }
  const out = new Array<number>(s).fill(1);
  for (const child of tree.children) {
    const v = matVec(c.alpha, elementaryWeights(child, c));
    for (let i = 0; i < s; i++) out[i]! *= v[i]!;
  }
  return out;
}

/** Largest |weights·Φ(t) − scale^|t|/γ(t)| over trees of the given order. */
export function orderDefect(
  weights: readonly number[],
  c: ClassicalCoefficients,
  order: number,
  scale = 1,
): number {
  let worst = 0;
  for (const tree of rootedTrees(order)) {
    if (tree.order !== order) continue;
    const phi = elementaryWeights(tree, c);
    const lhs = weights.reduce((acc, w, i) => acc + w * phi[i]!, 0);
    worst = Math.max(worst, Math.abs(lhs - scale ** tree.order / tree.density));
  }
  return worst;
}

/** Stability function R(z) = 1 + z·b·(I − z·β̃)⁻¹·1 for real z; R(∞) via z = −1e12. */
export function stabilityFunction(c: ClassicalCoefficients, z: number): number {
  const s = c.alpha.length;
  const m = zeros(s);
  for (let i = 0; i < s; i++)
    for (let j = 0; j <= i; j++) m[i]![j] = (i === j ? 1 : 0) - z * (c.alpha[i]![j]! + c.gammaMatrix[i]![j]!);
  const x = matVec(invertLower(m), new Array<number>(s).fill(1));
  return 1 + z * c.b.reduce((acc, bi, i) => acc + bi * x[i]!, 0);
}
