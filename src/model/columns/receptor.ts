import type { ReceptorPool } from "../receptor/pool.ts";
import type { OutputColumn } from "../types.ts";

/**
 * Receptor outputs (contract names): `mor_occupancy_<ligand>` for each ligand in the pool (the endogenous
 * tone included), `mor_occupancy_total`, `mor_tracer_occupancy` (what a PET study reports, below), and
 * `mor_activation`, the pool's stimulus S (0–1, at rest the endogenous tone's share).
 *
 * `mor_tracer_occupancy` is the fall in free receptors relative to the drug-free state,
 * 1 − (1 − Occ_total)/(1 − Occ_rest): a tracer-dose radioligand ([11C]carfentanil) binds only free receptors,
 * and PET occupancy is the fall of its binding potential from the subject's own drug-free scan, so receptors
 * held by the endogenous tone at rest are not counted and displacing that tone counts as occupancy.
 * `restingOccupancy` is Occ_total of the drug-free pool (the endogenous tone's share).
 */
export function receptorColumns(
  pool: ReceptorPool,
  restingStimulus: number,
  restingOccupancy: number,
): OutputColumn[] {
  return [
    ...pool.ligands.map(
      (l, i): OutputColumn => ({
        name: `mor_occupancy_${l.id}`,
        unit: "fraction",
        label: `MOR bound by ${l.id === "endogenous" ? "endogenous opioids" : l.id}`,
        compute: (_t, y) => pool.occupancy(y, i),
      }),
    ),
    {
      name: "mor_occupancy_total",
      unit: "fraction",
      label: "MOR bound (all ligands)",
      compute: (_t, y) => pool.totalOccupancy(y),
    },
    {
      name: "mor_tracer_occupancy",
      unit: "fraction",
      label: "MOR occupancy as PET measures it (fall in free receptors from the drug-free state)",
      compute: (_t, y) => tracerOccupancy(pool.totalOccupancy(y), restingOccupancy),
    },
    {
      name: "mor_activation",
      unit: "fraction",
      label: `MOR activation (rest ${restingStimulus.toFixed(3)})`,
      compute: (_t, y) => pool.stimulus(y),
    },
  ];
}

/**
 * PET occupancy from the pool's total occupancy: 1 − free/free_rest, clamped to [0, 1].
 *
 * @example
 * tracerOccupancy(0.05, 0.05) // 0 (drug-free)
 * tracerOccupancy(0.525, 0.05) // 0.5 (half the free receptors taken)
 */
export function tracerOccupancy(totalOccupancy: number, restingOccupancy: number): number {
  const free = 1 - totalOccupancy;
  const freeRest = 1 - restingOccupancy;
  return Math.min(1, Math.max(0, 1 - free / freeRest));
}
