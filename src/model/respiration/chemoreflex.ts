import { parameterValues, type RespirationParameters, type Values } from "./parameters.ts";

/*
 * Ventilatory drives (Ursino M, Magosso E, Avanzolini G 2001, Clin Physiol 21:447–477, as coded in the
 * FDA model): a wakefulness drive, a peripheral (carotid-body) chemoreflex fed by delayed arterial gases,
 * a central chemoreflex fed by delayed brain PCO2, and a slow hypoxic modulation of the peripheral gain.
 * Opioid activation A ∈ [0, 1] removes A^P3 of wakefulness and scales both chemoreflex gains by 1 − A^P1.
 */

export type ChemoreflexValues = Values<RespirationParameters["chemoreflex"]>;

/** Resolves the chemoreflex constants once. */
export function chemoreflexValues(p: RespirationParameters): ChemoreflexValues {
  return parameterValues(p.chemoreflex);
}

// ln(PaCO2/Bp) diverges at zero; 0.1 mmHg is far below any PaCO2 a living subject reaches.
const MIN_CAROTID_PCO2 = 0.1;

/**
 * Carotid-body firing (spikes/s) for (delayed) arterial gases:
 * K·ln(PaCO2/Bp)·(f_max + f_min·e^((PaO2 − Pc)/Kpc)) / (1 + e^((PaO2 − Pc)/Kpc)).
 * Hypoxia moves the second factor from f_min towards f_max, so it multiplies the CO2 response
 * (the O2–CO2 interaction at the carotid body).
 */
export function carotidActivity(c: ChemoreflexValues, pao2: number, paco2: number): number {
  const pc = Math.max(paco2, MIN_CAROTID_PCO2);
  const e = Math.exp((pao2 - c.carotidPo2Midpoint_mmhg) / c.carotidPo2Slope_mmhg);
  return (
    (c.carotidGain_hz * Math.log(pc / c.carotidPco2Scale_mmhg) * (c.carotidMax_hz + c.carotidMin_hz * e)) /
    (1 + e)
  );
}

/** Target of the peripheral drive Dp (L/min): (1 − A^P1)·G_p·(f_pc − f_pc0). */
export function peripheralDriveTarget(c: ChemoreflexValues, attenuation: number, carotid_hz: number): number {
  return attenuation * c.peripheralGain_l_min_hz * (carotid_hz - c.carotidBaseline_hz);
}

/** Target of the central drive Dc (L/min): (1 − A^P1)·G_c·(P_B,CO2(delayed) − 45.27). */
export function centralDriveTarget(c: ChemoreflexValues, attenuation: number, brainPco2: number): number {
  return attenuation * c.centralGain_l_min_mmhg * (brainPco2 - c.centralSetpoint_mmhg);
}

/**
 * Target of the hypoxic gain αH: 1 + Gh·(P_B,O2 − 32)/32 with brain PO2 clamped to [29.8, 37] mmHg.
 * Lower brain PO2 lowers the gain (hypoxic ventilatory depression).
 */
export function hypoxicGainTarget(c: ChemoreflexValues, brainPo2: number): number {
  const lo = c.hypoxicGainMinPo2_mmhg;
  const hi = c.hypoxicGainMaxPo2_mmhg;
  const p = brainPo2 < lo ? lo : Math.min(brainPo2, hi);
  return 1 + (c.hypoxicGainSlope * (p - c.hypoxicGainReference_mmhg)) / c.hypoxicGainReference_mmhg;
}

/**
 * Chemoreflex ventilation (L/min): max(0, αH·Dp + Dc), where the hypoxic gain only amplifies a positive
 * peripheral drive.
 */
export function chemoreflexVentilation(peripheral: number, central: number, hypoxicGain: number): number {
  const p = peripheral >= 0 ? hypoxicGain * peripheral : peripheral;
  const v = p + central;
  return Math.max(v, 0);
}

/** Wakefulness drive (L/min) left under activation A: W·(1 − A^P3). */
export function wakefulnessDrive(c: ChemoreflexValues, activation: number, p3: number): number {
  return c.wakefulnessDrive_l_min * (1 - activation ** p3);
}
