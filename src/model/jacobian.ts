import type { JacobianFn } from "../solver/types.ts";
import type { ReceptorPool } from "./receptor/pool.ts";

/**
 * A block of states downstream of the receptor pool (reward, adaptation): it reads the pool's stimulus S,
 * its own states and possibly a few other states (e.g. a drug concentration or another downstream block's
 * states), and nothing upstream reads it back.
 */
export interface DownstreamBlock {
  readonly offset: number;
  readonly size: number;
  /** Writes the block's derivatives (rows offset … offset + size − 1 of `dydt`, only those) at stimulus S. */
  rhs(y: Float64Array, S: number, dydt: Float64Array): void;
  /**
   * The block's analytic rows: writes ∂f_r/∂y_k for the block's rows r into `jac` (row-major, `n` columns;
   * the rows are zero on entry), for its own states and any other state it reads directly, and ∂f_r/∂S
   * into `dS` (index r − offset).
   */
  jacobian(y: Float64Array, S: number, jac: Float64Array, n: number, dS: Float64Array): void;
}

/**
 * The Jacobian of the model without breathing, assembled from its blocks instead of n finite differences
 * of the whole right-hand side (which made the Rosenbrock methods spend most of a long regimen
 * differentiating the linear PK network):
 *
 * - PK rows: the network's constant matrix;
 * - receptor rows: analytic. With a_i = kon_i·C_i^n_i and free = 1 − Σ Occ,
 *   ∂(dOcc_i/dt)/∂Occ_j = −a_i − δ_ij·koff_i and ∂(dOcc_i/dt)/∂C_i = kon_i·n_i·C_i^(n_i−1)·free;
 * - downstream rows (reward, adaptation): each block's analytic rows; ∂/∂S is then chained through
 *   ∂S/∂Occ_j = reserve·efficacy_j. (test/model/jacobian.test.ts checks the whole against differences of
 *   the whole right-hand side.)
 *
 * Row-major, `out[row·n + col] = ∂f_row/∂y_col`, like the solvers' finite-difference Jacobian.
 */
export function compositeJacobian(
  pkJacobian: Float64Array,
  nPk: number,
  pool: ReceptorPool,
  blocks: readonly DownstreamBlock[],
  n: number,
): JacobianFn {
  const dS = new Float64Array(n);
  const po = pool.offset;
  const m = pool.size;
  // The PK block is constant and everything else starts at zero: one copy of this template per call.
  const template = new Float64Array(n * n);
  for (let i = 0; i < nPk; i++) {
    for (let j = 0; j < nPk; j++) template[i * n + j] = pkJacobian[i * nPk + j]!;
  }
  return (_t, y, out) => {
    out.set(template);
    let free = 1;
    for (let i = 0; i < m; i++) free -= y[po + i]!;
    for (let i = 0; i < m; i++) {
      const l = pool.ligands[i]!;
      const row = (po + i) * n;
      const c = l.concentrationState >= 0 ? y[l.concentrationState]! : l.constant_nM!;
      const a = c > 0 ? l.kon_per_nm_n_h * c ** l.hill : 0;
      for (let j = 0; j < m; j++) out[row + po + j] = -a;
      out[row + po + i] -= l.koff_per_h;
      if (l.concentrationState >= 0) {
        // C^(n−1) is unbounded at C = 0 for n < 1; a floor of 1e-9 nM keeps the entry finite.
        const cc = Math.max(c, 1e-9);
        out[row + l.concentrationState] = l.kon_per_nm_n_h * l.hill * cc ** (l.hill - 1) * free;
      }
    }
    const s = pool.stimulus(y);
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      const ro = block.offset;
      const rs = block.size;
      dS.fill(0, 0, rs);
      block.jacobian(y, s, out, n, dS);
      for (let r = 0; r < rs; r++) {
        const d = dS[r]!;
        if (d === 0) continue;
        for (let j = 0; j < m; j++)
          out[(ro + r) * n + po + j] += d * pool.reserve * pool.ligands[j]!.efficacy;
      }
    }
  };
}
