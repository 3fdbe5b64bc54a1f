import type { Respiration } from "../respiration/model.ts";
import {
  emptyRespirationOutputs,
  type RespirationDrive,
  type RespirationOutputs,
} from "../respiration/types.ts";
import type { OutputColumn } from "../types.ts";

type Field = keyof RespirationOutputs;

const COLUMNS: readonly { field: Field; unit: string; label: string }[] = [
  { field: "ventilation_l_min", unit: "L/min", label: "Minute ventilation" },
  { field: "pao2_mmhg", unit: "mmHg", label: "Arterial PO2" },
  { field: "paco2_mmhg", unit: "mmHg", label: "Arterial PCO2" },
  { field: "sao2_pct", unit: "%", label: "Arterial O2 saturation" },
  { field: "brain_po2_mmhg", unit: "mmHg", label: "Brain PO2" },
  { field: "cardiac_output_l_min", unit: "L/min", label: "Cardiac output" },
];

/**
 * Breathing outputs (contract names). `setDrive` writes the drive (activation, tolerant exponents) for a
 * state into `drive` and returns the activation. One blood-gas evaluation serves every column of a row:
 * the observation is cached on the time, the drive and the breathing states it was computed from.
 */
export function respirationColumns(
  resp: Respiration,
  setDrive: (y: Float64Array) => number,
  drive: RespirationDrive,
): OutputColumn[] {
  const out = emptyRespirationOutputs();
  const key = new Float64Array(resp.size + 3).fill(Number.NaN);
  const observe = (t: number, y: Float64Array): RespirationOutputs => {
    const a = setDrive(y);
    let same = key[0] === t && key[1] === a && key[2] === drive.chemoreflexExponent;
    for (let i = 0; i < resp.size && same; i++) same = key[i + 3] === y[resp.offset + i];
    if (same) return out;
    key[0] = t;
    key[1] = a;
    key[2] = drive.chemoreflexExponent;
    for (let i = 0; i < resp.size; i++) key[i + 3] = y[resp.offset + i]!;
    return resp.observe(y, drive, out);
  };
  return COLUMNS.map(({ field, unit, label }) => ({
    name: field,
    unit,
    label,
    compute:
      field === "ventilation_l_min"
        ? // Cheap path (no blood gas) for the naloxone trigger, which evaluates it inside root finding.
          (_t, y) => {
            setDrive(y);
            return resp.ventilation_l_min(y, drive);
          }
        : (t, y) => observe(t, y)[field],
  }));
}
