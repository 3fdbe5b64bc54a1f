import type { JacobianFn } from "../solver/types.ts";
import type { ReceptorPool } from "./receptor/pool.ts";

/**
 * The states downstream of the receptor pool (reward, adaptation): they read the pool's stimulus S, their
 * own states and possibly a few other states (e.g. a drug concentration), and nothing reads them back
 * except each other.
 */
export interface DownstreamBlock {
  readonly offset: number;
  readonly size: number;
  /** Writes the block's derivatives (rows offset … offset + size − 1 of `dydt`) at stimulus S. */
  rhs(y: Float64Array, S: number, dydt: Float64Array): void;
  /** Other states the block reads directly (not through S). */
  readonly inputs: readonly number[];
}

/**
 * The Jacobian of the model without breathing, assembled from its blocks instead of n finite differences
 * of the whole right-hand side (which made the Rosenbrock methods spend most of a long regimen
 * differentiating the linear PK network):
 *
 * - PK rows: the network's constant matrix;
 * - receptor rows: analytic. With a_i = kon_i·C_i^n_i and free = 1 − Σ Occ,
 *   ∂(dOcc_i/dt)/∂Occ_j = −a_i − δ_ij·koff_i and ∂(dOcc_i/dt)/∂C_i = kon_i·n_i·C_i^(n_i−1)·free;
 * - downstream rows (reward, adaptation): differences of that block alone, in its own states, its extra
 *   inputs and the stimulus S (then chained through ∂S/∂Occ_j = reserve·efficacy_j).
 *
 * Row-major, `out[row·n + col] = ∂f_row/∂y_col`, like the solvers' finite-difference Jacobian.
 */
export function compositeJacobian(
  pkJacobian: Float64Array,
  nPk: number,
  pool: ReceptorPool,
  downstream: DownstreamBlock,
  n: number,
): JacobianFn {
  const base = new Float64Array(n);
  const bumped = new Float64Array(n);
  const work = new Float64Array(n);
  const po = pool.offset;
  const m = pool.size;
  const ro = downstream.offset;
  const rs = downstream.size;
  const columns = [...Array.from({ length: rs }, (_, k) => ro + k), ...downstream.inputs];
  return (_t, y, out) => {
    out.fill(0);
    for (let i = 0; i < nPk; i++) {
      for (let j = 0; j < nPk; j++) out[i * n + j] = pkJacobian[i * nPk + j]!;
    }
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
    // Downstream rows: one-sided differences of the downstream block.
    const s = pool.stimulus(y);
    downstream.rhs(y, s, base);
    const hs = 1e-7;
    downstream.rhs(y, s + hs, bumped);
    for (let r = 0; r < rs; r++) {
      const dS = (bumped[ro + r]! - base[ro + r]!) / hs;
      for (let j = 0; j < m; j++) out[(ro + r) * n + po + j] = dS * pool.reserve * pool.ligands[j]!.efficacy;
    }
    work.set(y);
    for (const k of columns) {
      const h = 1e-7 * Math.max(1, Math.abs(y[k]!));
      work[k] = y[k]! + h;
      downstream.rhs(work, s, bumped);
      work[k] = y[k]!;
      for (let r = 0; r < rs; r++) out[(ro + r) * n + k] = (bumped[ro + r]! - base[ro + r]!) / h;
    }
  };
}
