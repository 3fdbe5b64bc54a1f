import { bindingRates, type KineticLigand } from "./kinetic-binding.ts";

/**
 * One ligand of the receptor pool as the composite model uses it: its binding kinetics, its intrinsic
 * efficacy relative to fentanyl, and where its concentration comes from.
 */
export interface PoolLigand extends KineticLigand {
  /** Intrinsic efficacy relative to fentanyl: 1 full agonist, 0–1 partial agonist, 0 antagonist. */
  readonly efficacy: number;
  /**
   * Index of the ligand's brain concentration (nM) in the full state vector, or −1 for a ligand held at a
   * constant concentration (`constant_nM`), such as the endogenous opioid tone.
   */
  readonly concentrationState: number;
  /** Concentration used when `concentrationState` is −1. */
  readonly constant_nM?: number;
}

/**
 * The one competitive mu-opioid receptor pool of the composite model: one occupancy state per ligand at
 * `offset`, kinetic binding (see kinetic-binding.ts), and the pool's stimulus
 *
 *   S = reserve · Σ_i efficacy_i · Occ_i      (0–1; 1 = every receptor held by fentanyl at full reserve)
 *
 * the Ariëns intrinsic-activity sum the breathing model takes as its activation and the effect endpoints
 * amplify with their own receptor reserve (src/model/effects). `reserve` is the fraction of functional
 * receptors (1 in a naive person; tolerance will lower it).
 *
 * @example
 * const pool = new ReceptorPool([fentanyl, endogenous], 40);
 * pool.rhs(y, dydt);          // writes dOcc/dt at 40, 41
 * pool.stimulus(y);           // S
 */
export class ReceptorPool {
  readonly size: number;
  private readonly conc: Float64Array;

  constructor(
    readonly ligands: readonly PoolLigand[],
    readonly offset: number,
    readonly reserve = 1,
  ) {
    this.size = ligands.length;
    this.conc = new Float64Array(ligands.length);
    for (const l of ligands) {
      if (!(l.efficacy >= 0 && l.efficacy <= 1))
        throw new RangeError(`${l.id}: efficacy ${l.efficacy} is outside 0–1`);
      if (l.concentrationState < 0 && !(l.constant_nM! >= 0)) {
        throw new RangeError(`${l.id}: a ligand without a concentration state needs constant_nM ≥ 0`);
      }
    }
  }

  /** Writes dOcc_i/dt (per hour) into `dydt` at the pool's offset. */
  rhs(y: Float64Array, dydt: Float64Array): void {
    const ligands = this.ligands;
    for (let i = 0; i < ligands.length; i++) {
      const l = ligands[i]!;
      this.conc[i] = l.concentrationState >= 0 ? y[l.concentrationState]! : l.constant_nM!;
    }
    bindingRates(ligands, this.conc, y, this.offset, dydt);
  }

  /** Occupancy of ligand `i`, clamped to [0, 1] (solver round-off can leave −1e-18). */
  occupancy(y: Float64Array, i: number): number {
    return Math.min(1, Math.max(0, y[this.offset + i]!));
  }

  /** Fraction of the pool bound by any ligand, clamped to [0, 1]. */
  totalOccupancy(y: Float64Array): number {
    let sum = 0;
    for (let i = 0; i < this.size; i++) sum += y[this.offset + i]!;
    return Math.min(1, Math.max(0, sum));
  }

  /** The pool's stimulus S (see the class comment), clamped to [0, 1]. */
  stimulus(y: Float64Array): number {
    let s = 0;
    const ligands = this.ligands;
    for (let i = 0; i < ligands.length; i++) s += ligands[i]!.efficacy * y[this.offset + i]!;
    s *= this.reserve;
    // biome-ignore lint/complexity/useMathMinMax: NaN must map to 0 (no stimulus), which Math.max would not do.
    return s > 0 ? (s < 1 ? s : 1) : 0;
  }

  /**
   * The equilibrium occupancies with every concentration state at `y` and constant ligands at their
   * constant (with no drug on board this is the resting state), written at the pool's offset.
   */
  writeEquilibrium(y: Float64Array): void {
    let sum = 0;
    const ligands = this.ligands;
    const r = this.conc;
    for (let i = 0; i < ligands.length; i++) {
      const l = ligands[i]!;
      const c = l.concentrationState >= 0 ? y[l.concentrationState]! : l.constant_nM!;
      r[i] = c > 0 ? (l.kon_per_nm_n_h * c ** l.hill) / l.koff_per_h : 0;
      sum += r[i]!;
    }
    for (let i = 0; i < ligands.length; i++) y[this.offset + i] = r[i]! / (1 + sum);
  }
}
