/**
 * Kinetic, competitive binding of several ligands to one mu-opioid receptor pool, as in the FDA overdose
 * model (Mann J et al. 2022, Clin Pharmacol Ther 112:1020; models.md §1.3):
 *
 *   dOcc_i/dt = kon_i · (1 − Σ_j Occ_j) · C_i^n_i − koff_i · Occ_i
 *
 * Occupancies are fractions of the pool; ligands compete through the shared free fraction, and ligand
 * depletion is ignored (about 5% of ligand bound in the in-vitro assays, per the FDA README). The
 * Hill-type exponent n applies to the concentration in its own unit, so kon carries the unit conc^−n·time⁻¹.
 *
 * Units here: C in nM, time in hours. The FDA fits use pM and seconds; {@link fromFdaUnits} converts:
 * C_pM = 1000·C_nM, so kon·C_pM^n = (kon·1000^n)·C_nM^n, and every rate is multiplied by 3600 s/h:
 *   kon [nM^−n·h⁻¹] = kon [pM^−n·s⁻¹] · 1000^n · 3600,   koff [h⁻¹] = koff [s⁻¹] · 3600.
 */

/** One ligand's kinetics at the receptor, in engine units. */
export interface KineticLigand {
  /** Species id, e.g. "fentanyl". */
  readonly id: string;
  /** Association constant, nM^−n·h⁻¹. */
  readonly kon_per_nm_n_h: number;
  /** Dissociation constant, h⁻¹. */
  readonly koff_per_h: number;
  /** Hill-type exponent n on the concentration (dimensionless). */
  readonly hill: number;
}

/** The FDA's published form: kon in pM^−n·s⁻¹, koff in s⁻¹. */
export interface FdaBindingConstants {
  readonly kon_per_pm_n_s: number;
  readonly koff_per_s: number;
  readonly hill: number;
}

/**
 * Converts FDA constants (pM, s) to engine units (nM, h).
 *
 * @example
 * // fentanyl: kon 3.081e-5 pM^-0.8439 s^-1, koff 0.004331 s^-1
 * fromFdaUnits("fentanyl", { kon_per_pm_n_s: 3.081e-5, koff_per_s: 0.004331, hill: 0.8439 })
 * // → kon ≈ 37.7 nM^-n h^-1, koff ≈ 15.6 h^-1
 */
export function fromFdaUnits(id: string, c: FdaBindingConstants): KineticLigand {
  return {
    id,
    kon_per_nm_n_h: c.kon_per_pm_n_s * 1000 ** c.hill * 3600,
    koff_per_h: c.koff_per_s * 3600,
    hill: c.hill,
  };
}

/** Ligand concentration near the receptor for binding purposes: negative solver noise counts as zero. */
function association(l: KineticLigand, conc_nM: number): number {
  return conc_nM > 0 ? l.kon_per_nm_n_h * conc_nM ** l.hill : 0;
}

/**
 * Writes dOcc_i/dt (per hour) for `ligands.length` occupancy states starting at `y[offset]` into `dydt` at
 * the same offset. `conc_nM[i]` is ligand i's concentration at the receptor (negative solver noise counts
 * as zero).
 *
 * The field points into the simplex {Occ_i ≥ 0, Σ Occ_i ≤ 1} on every face — at Occ_i = 0 the rate is
 * kon·C^n·(free) ≥ 0, and on Σ Occ = 1 only dissociation acts — so exact trajectories never leave it.
 * The free fraction is deliberately not clipped at zero: clipping would make the right-hand side kinked
 * at Σ Occ = 1 and leave a numerical overshoot to decay at koff alone; unclipped, the field is linear in
 * the occupancies and pulls an overshoot back at the (fast) association rate.
 */
export function bindingRates(
  ligands: readonly KineticLigand[],
  conc_nM: ArrayLike<number>,
  y: Float64Array,
  offset: number,
  dydt: Float64Array,
): void {
  const m = ligands.length;
  let free = 1;
  for (let i = 0; i < m; i++) free -= y[offset + i];
  for (let i = 0; i < m; i++) {
    const l = ligands[i]!;
    dydt[offset + i] = association(l, conc_nM[i]!) * free - l.koff_per_h * y[offset + i];
  }
}

/**
 * Steady-state occupancies at constant concentrations: with r_i = kon_i·C_i^n_i / koff_i,
 * Occ_i = r_i / (1 + Σ_j r_j). Each is in [0, 1) and so is their sum.
 *
 * @example
 * equilibriumOccupancy([fentanyl], [0.35], out) // out[0] ≈ 0.5 (0.35 nM is fentanyl's half-occupancy)
 */
export function equilibriumOccupancy(
  ligands: readonly KineticLigand[],
  conc_nM: ArrayLike<number>,
  out: Float64Array,
): void {
  let sum = 0;
  for (let i = 0; i < ligands.length; i++) {
    const l = ligands[i]!;
    out[i] = association(l, conc_nM[i]!) / l.koff_per_h;
    sum += out[i];
  }
  // A ratio of infinities (absurd concentrations) would be NaN; saturating ligands then share the pool.
  if (!Number.isFinite(sum)) {
    let inf = 0;
    for (let i = 0; i < ligands.length; i++) if (out[i] === Number.POSITIVE_INFINITY) inf++;
    for (let i = 0; i < ligands.length; i++) out[i] = out[i] === Number.POSITIVE_INFINITY ? 1 / inf : 0;
    return;
  }
  for (let i = 0; i < ligands.length; i++) out[i] /= 1 + sum;
}

/**
 * Concentration (nM) at which a ligand alone occupies half the pool: (koff/kon)^(1/n).
 *
 * @example
 * halfOccupancy_nM(fentanyl) // ≈ 0.35
 */
export function halfOccupancy_nM(l: KineticLigand): number {
  return (l.koff_per_h / l.kon_per_nm_n_h) ** (1 / l.hill);
}
