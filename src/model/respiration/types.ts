/**
 * What drives the breathing submodel at one instant. Pass a reused object: the right-hand side reads it
 * and keeps nothing.
 */
export interface RespirationDrive {
  /** Mu-opioid receptor activation, 0–1 (the FDA's agonist-bound fraction CAR). Clamped to [0, 1]. */
  readonly agonistActivation: number;
  /** P1: the chemoreflex gains are scaled by 1 − A^P1 (larger = more tolerant). */
  readonly chemoreflexExponent: number;
  /** P3: the wakefulness drive is scaled by 1 − A^P3 (larger = more tolerant). */
  readonly wakefulnessExponent: number;
}

/** Observable quantities of one state. */
export interface RespirationOutputs {
  /** Minute ventilation (what a spirometer would read). */
  ventilation_l_min: number;
  alveolar_ventilation_l_min: number;
  /** What is left of the wakefulness drive, after low-flow scaling. */
  wakefulness_drive_l_min: number;
  /** max(0, αH·Dp + Dc), after low-flow scaling. */
  chemoreflex_drive_l_min: number;
  pao2_mmhg: number;
  paco2_mmhg: number;
  sao2_pct: number;
  brain_po2_mmhg: number;
  brain_pco2_mmhg: number;
  cardiac_output_l_min: number;
  brain_blood_flow_l_min: number;
}

/** A zeroed {@link RespirationOutputs} to fill. */
export function emptyRespirationOutputs(): RespirationOutputs {
  return {
    ventilation_l_min: 0,
    alveolar_ventilation_l_min: 0,
    wakefulness_drive_l_min: 0,
    chemoreflex_drive_l_min: 0,
    pao2_mmhg: 0,
    paco2_mmhg: 0,
    sao2_pct: 0,
    brain_po2_mmhg: 0,
    brain_pco2_mmhg: 0,
    cardiac_output_l_min: 0,
    brain_blood_flow_l_min: 0,
  };
}
