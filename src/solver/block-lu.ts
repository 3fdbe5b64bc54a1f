/**
 * Linear algebra of W = d·I − J for Jacobians that are block lower-triangular up to a permutation, which
 * is what a network of one-way couplings gives (the PK chain heroin → 6-MAM → morphine feeds the brain,
 * the brain feeds the receptors, the receptors feed reward; nothing feeds back). The strongly connected
 * components of J's sparsity pattern are the diagonal blocks; each is factored densely with partial
 * pivoting, and W·x = b is solved block by block in dependency order, so the work grows with the sizes of
 * the blocks and the number of couplings instead of n³. A fully coupled J is one block in the original
 * order, where this is exactly the dense LU of lu.ts.
 *
 * The pattern is the union of every Jacobian seen: an entry that breaks the current structure makes
 * {@link BlockLu.prepare} rebuild it (allocating; rare), so the structure can only coarsen and no
 * coupling is ever dropped because it happened to be zero when the structure was built.
 *
 * @example
 * const w = new BlockLu(n);
 * if (w.prepare(jac) >= 0) throw …;      // a non-finite entry
 * if (w.factor(jac, 1 / (h * gamma))) w.solve(rhs); // rhs becomes W⁻¹·rhs
 */
import { luFactorAt } from "./lu.ts";

export class BlockLu {
  /** Union of the non-zero pattern of every Jacobian seen (row-major n×n, 1 = non-zero). */
  private readonly pattern: Uint8Array;
  /** 1 where a non-zero would break the current structure (a coupling between blocks not yet seen). */
  private outside = new Uint8Array(0);
  /** Block of each state; blocks are numbered in solve order (the blocks a state depends on first). */
  private blockOf = new Int32Array(0);
  /** States of block b (ascending) are order[start[b] … start[b+1]). */
  private order = new Int32Array(0);
  private start = new Int32Array(1);
  /** Offsets of each block's dense factors in `factors` and its pivots in `piv`. */
  private luAt = new Int32Array(1);
  private factors = new Float64Array(0);
  private piv = new Int32Array(0);
  /**
   * Couplings between blocks, grouped by the block of their row: entries offAt[b] … offAt[b+1] are
   * (offRow, offCol) with J values offVal, copied at each factorisation.
   */
  private offAt = new Int32Array(1);
  private offRow = new Int32Array(0);
  private offCol = new Int32Array(0);
  private offVal = new Float64Array(0);
  /** Number of structure analyses so far (1 after the first factorisation in a typical run). */
  analyses = 0;

  constructor(readonly n: number) {
    this.pattern = new Uint8Array(n * n);
  }

  /** Number of diagonal blocks of the current structure (0 before the first factorisation). */
  get blocks(): number {
    return this.start.length - 1;
  }

  /**
   * Takes in a new Jacobian J (row-major n×n): checks that every entry is finite and that the block
   * structure still holds, rebuilding it if not. Returns the index of the first non-finite entry, or −1.
   * Call once per Jacobian, before {@link factor}.
   */
  prepare(jac: Float64Array): number {
    const { n, outside } = this;
    let fits = outside.length === n * n;
    for (let k = 0; k < n * n; k++) {
      const v = jac[k];
      if (v === 0) continue;
      // v − v is NaN exactly when v is ±∞ or NaN.
      if (v - v !== 0) return k;
      if (outside[k] !== 0) fits = false;
    }
    if (!fits) this.analyse(jac);
    return -1;
  }

  /**
   * Factors W = d·I − J for the J last given to {@link prepare} (and unchanged since). False when a
   * diagonal block of W is singular or not finite; the factors must then not be used.
   */
  factor(jac: Float64Array, d: number): boolean {
    const { order, start, luAt, factors, piv } = this;
    const n = this.n;
    const nb = start.length - 1;
    for (let b = 0; b < nb; b++) {
      const s0 = start[b];
      const m = start[b + 1] - s0;
      const at = luAt[b];
      if (m === 1) {
        // A 1×1 block keeps its reciprocal: the solve then multiplies.
        const i = order[s0];
        const v = d - jac[i * n + i];
        if (v === 0 || !Number.isFinite(v)) return false;
        factors[at] = 1 / v;
        continue;
      }
      for (let r = 0; r < m; r++) {
        const row = order[s0 + r] * n;
        for (let c = 0; c < m; c++) factors[at + r * m + c] = -jac[row + order[s0 + c]];
        factors[at + r * m + r] += d;
      }
      if (!luFactorAt(factors, at, m, piv, s0)) return false;
    }
    const { offRow, offCol, offVal } = this;
    for (let k = 0; k < offVal.length; k++) offVal[k] = jac[offRow[k] * n + offCol[k]];
    return true;
  }

  /** Solves W·x = b in place (`b` becomes x) with the factors of the last successful {@link factor}. */
  solve(b: Float64Array): void {
    const { order, start, luAt, factors, piv, offAt, offCol, offVal } = this;
    const nb = start.length - 1;
    let k = 0;
    for (let blk = 0; blk < nb; blk++) {
      const s0 = start[blk];
      const s1 = start[blk + 1];
      const kEnd = offAt[blk + 1];
      // W = d·I − J, so moving the known couplings to the right-hand side adds J_ij·x_j.
      if (s1 - s0 === 1) {
        const i = order[s0];
        let v = b[i];
        for (; k < kEnd; k++) v += offVal[k] * b[offCol[k]];
        b[i] = v * factors[luAt[blk]];
        continue;
      }
      const offRow = this.offRow;
      for (; k < kEnd; k++) b[offRow[k]] += offVal[k] * b[offCol[k]];
      solveBlock(factors, luAt[blk], s1 - s0, piv, order, s0, b);
    }
  }

  /** Rebuilds the block structure from the pattern of `jac` united with every earlier one (allocates). */
  private analyse(jac: Float64Array): void {
    const { n, pattern } = this;
    this.analyses++;
    for (let k = 0; k < n * n; k++) if (jac[k] !== 0) pattern[k] = 1;
    const blocks = stronglyConnected(pattern, n);
    const nb = blocks.length;
    this.blockOf = new Int32Array(n);
    this.order = new Int32Array(n);
    this.start = new Int32Array(nb + 1);
    this.luAt = new Int32Array(nb + 1);
    let s = 0;
    for (let b = 0; b < nb; b++) {
      const members = blocks[b];
      members.sort((x, y) => x - y);
      this.start[b] = s;
      this.luAt[b + 1] = this.luAt[b] + members.length * members.length;
      for (const i of members) {
        this.blockOf[i] = b;
        this.order[s++] = i;
      }
    }
    this.start[nb] = s;
    this.factors = new Float64Array(this.luAt[nb]);
    this.piv = new Int32Array(n);
    const rows: number[] = [];
    const cols: number[] = [];
    this.offAt = new Int32Array(nb + 1);
    for (let b = 0; b < nb; b++) {
      this.offAt[b] = rows.length;
      for (let r = this.start[b]; r < this.start[b + 1]; r++) {
        const i = this.order[r];
        for (let j = 0; j < n; j++) {
          if (pattern[i * n + j] !== 0 && this.blockOf[j] !== b) {
            rows.push(i);
            cols.push(j);
          }
        }
      }
    }
    this.offAt[nb] = rows.length;
    this.outside = new Uint8Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (pattern[i * n + j] === 0 && this.blockOf[i] !== this.blockOf[j]) this.outside[i * n + j] = 1;
      }
    }
    this.offRow = Int32Array.from(rows);
    this.offCol = Int32Array.from(cols);
    this.offVal = new Float64Array(rows.length);
  }
}

/**
 * Strongly connected components of the graph with an edge i → j for every non-zero pattern[i·n + j]
 * (state i depends on state j), by Tarjan's algorithm. Components come out in dependency order: every
 * component a state depends on precedes the state's own. Deterministic: states and edges are visited in
 * index order.
 */
export function stronglyConnected(pattern: Uint8Array, n: number): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  let next = 0;
  // Iterative DFS: frames of (state, next column to look at).
  const frameNode: number[] = [];
  const frameCol: number[] = [];
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    frameNode.push(root);
    frameCol.push(0);
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (frameNode.length > 0) {
      const top = frameNode.length - 1;
      const v = frameNode[top];
      let j = frameCol[top];
      let descended = false;
      for (; j < n; j++) {
        if (j === v || pattern[v * n + j] === 0) continue;
        if (index[j] < 0) {
          frameCol[top] = j + 1;
          index[j] = low[j] = next++;
          stack.push(j);
          onStack[j] = 1;
          frameNode.push(j);
          frameCol.push(0);
          descended = true;
          break;
        }
        if (onStack[j]) low[v] = Math.min(low[v], index[j]);
      }
      if (descended) continue;
      frameNode.pop();
      frameCol.pop();
      if (frameNode.length > 0) {
        const parent = frameNode[frameNode.length - 1];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        out.push(component);
      }
    }
  }
  return out;
}

/**
 * luSolve of lu.ts for one diagonal block: the m×m factors at `lu[at …]`, pivots at `piv[s0 …]`, and the
 * block's entries of `b` at b[order[s0 + r]], solved in place.
 */
function solveBlock(
  lu: Float64Array,
  at: number,
  m: number,
  piv: Int32Array,
  order: Int32Array,
  s0: number,
  b: Float64Array,
): void {
  for (let k = 0; k < m; k++) {
    const p = piv[s0 + k];
    if (p !== k) {
      const ik = order[s0 + k];
      const ip = order[s0 + p];
      const tmp = b[ik];
      b[ik] = b[ip];
      b[ip] = tmp;
    }
  }
  for (let i = 1; i < m; i++) {
    const ri = at + i * m;
    let sum = b[order[s0 + i]];
    for (let j = 0; j < i; j++) sum -= lu[ri + j] * b[order[s0 + j]];
    b[order[s0 + i]] = sum;
  }
  for (let i = m - 1; i >= 0; i--) {
    const ri = at + i * m;
    let sum = b[order[s0 + i]];
    for (let j = i + 1; j < m; j++) sum -= lu[ri + j] * b[order[s0 + j]];
    b[order[s0 + i]] = sum / lu[ri + i];
  }
}
