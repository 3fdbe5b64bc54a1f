/**
 * Dense LU factorisation with partial pivoting for the small systems (n ≤ 50) the Rosenbrock solvers
 * factor once per step. Matrices are row-major `Float64Array`s (`a[i*n + j]` is row i, column j) and are
 * factored in place, LINPACK style: the multipliers of L (unit diagonal, not stored) overwrite the strict
 * lower triangle and U the rest. Nothing here allocates.
 */

/**
 * Factors `a` (n×n, row-major) in place as P·A = L·U with row pivoting. `piv[k]` receives the row swapped
 * with row k at elimination step k.
 *
 * Returns false when a pivot is exactly zero or not finite (singular matrix, or NaN/∞ entries); `a` is
 * then partly overwritten and must not be passed to {@link luSolve}. A matrix that is singular only in exact
 * arithmetic can leave a tiny nonzero pivot instead; callers that need to know must check the solution.
 *
 * @example
 * const a = Float64Array.of(0, 1, 2, 3); // [[0, 1], [2, 3]] needs a row swap
 * const piv = new Int32Array(2);
 * luFactor(a, 2, piv); // true, piv = [1, 1]
 * luFactor(Float64Array.of(1, 2, 2, 4), 2, piv); // false: rank 1
 */
export function luFactor(a: Float64Array, n: number, piv: Int32Array): boolean {
  return luFactorAt(a, 0, n, piv, 0);
}

/**
 * {@link luFactor} of the n×n matrix stored at `a[at …]`, with its pivots at `piv[pivAt …]` (one of
 * several small matrices kept back to back, without a subarray view per call).
 */
export function luFactorAt(a: Float64Array, at: number, n: number, piv: Int32Array, pivAt: number): boolean {
  for (let k = 0; k < n; k++) {
    let p = k;
    let pMax = 0;
    for (let i = k; i < n; i++) {
      const v = Math.abs(a[at + i * n + k]);
      if (v > pMax) {
        pMax = v;
        p = i;
      }
    }
    piv[pivAt + k] = p;
    // `!(x < Infinity)` also rejects NaN, which never compares greater than pMax and would hide here.
    if (pMax === 0 || !(pMax < Infinity)) return false;
    const rk = at + k * n;
    if (p !== k) {
      const rp = at + p * n;
      for (let j = 0; j < n; j++) {
        const tmp = a[rk + j];
        a[rk + j] = a[rp + j];
        a[rp + j] = tmp;
      }
    }
    const inv = 1 / a[rk + k];
    for (let i = k + 1; i < n; i++) {
      const ri = at + i * n;
      const l = a[ri + k] * inv;
      a[ri + k] = l;
      if (l === 0) continue;
      for (let j = k + 1; j < n; j++) a[ri + j] -= l * a[rk + j];
    }
  }
  return true;
}

/**
 * Solves A·x = b in place (`b` becomes x) with the factors left in `a` by a successful {@link luFactor}.
 */
export function luSolve(a: Float64Array, n: number, piv: Int32Array, b: Float64Array): void {
  // Apply the row swaps in the order they were made, then L (unit diagonal) forward, U backward.
  for (let k = 0; k < n; k++) {
    const p = piv[k];
    if (p !== k) {
      const tmp = b[k];
      b[k] = b[p];
      b[p] = tmp;
    }
  }
  for (let i = 1; i < n; i++) {
    const ri = i * n;
    let s = b[i];
    for (let j = 0; j < i; j++) s -= a[ri + j] * b[j];
    b[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    const ri = i * n;
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= a[ri + j] * b[j];
    b[i] = s / a[ri + i];
  }
}
