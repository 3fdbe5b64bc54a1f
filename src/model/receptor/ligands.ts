import { ENDOGENOUS_OPIOID_TONE } from "../../pharmacology/endogenous.ts";
import type { SpeciesData } from "../../pharmacology/types.ts";
import type { PoolLigand } from "./pool.ts";

/**
 * The pool ligand of a species that acts at the mu-opioid receptor, reading its brain concentration
 * (nM) from state `brainState`; undefined when the species has no `mor` data.
 *
 * Equilibrium-only data (an affinity Kd) become kinetics with n = 1 and kon = koff/Kd, so that every
 * ligand competes through the same free fraction (see `MorBinding` in src/pharmacology/types.ts).
 */
export function speciesLigand(species: SpeciesData, brainState: number): PoolLigand | undefined {
  const mor = species.mor;
  if (!mor) return undefined;
  const b = mor.binding;
  const kinetics =
    b.kind === "kinetic"
      ? { kon_per_nm_n_h: b.kon_per_nm_n_h.value, koff_per_h: b.koff_per_h.value, hill: b.hill.value }
      : { kon_per_nm_n_h: b.koff_per_h.value / b.kd_nm.value, koff_per_h: b.koff_per_h.value, hill: 1 };
  return { id: species.id, ...kinetics, efficacy: mor.efficacy.value, concentrationState: brainState };
}

/**
 * The endogenous opioid tone (endorphins, enkephalins) as a ligand at a constant concentration of 1 (an
 * arbitrary unit) whose affinity makes it occupy `ENDOGENOUS_OPIOID_TONE.occupancy` of a drug-free pool:
 * with n = 1, Occ = r/(1 + r) and r = kon/koff, so kon = koff·occ/(1 − occ). Drugs displace it like any
 * other ligand (naloxone in a drug-free person removes the tone).
 */
export function endogenousLigand(): PoolLigand {
  const occ = ENDOGENOUS_OPIOID_TONE.occupancy.value;
  const koff = ENDOGENOUS_OPIOID_TONE.koff_per_h.value;
  return {
    id: "endogenous",
    kon_per_nm_n_h: (koff * occ) / (1 - occ),
    koff_per_h: koff,
    hill: 1,
    efficacy: ENDOGENOUS_OPIOID_TONE.efficacy.value,
    concentrationState: -1,
    constant_nM: 1,
  };
}
