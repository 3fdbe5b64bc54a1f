/**
 * The breathing outputs (contract names). A dose triggered by one of them turns `model.breathing: auto` on
 * whatever the run's length, since the trigger could never fire without it. Kept apart from schema.ts so
 * that code without zod (the Explorer's main thread) can read it.
 */
export const BREATHING_SIGNALS: readonly string[] = [
  "ventilation_l_min",
  "pao2_mmhg",
  "paco2_mmhg",
  "sao2_pct",
  "brain_po2_mmhg",
  "cardiac_output_l_min",
];
