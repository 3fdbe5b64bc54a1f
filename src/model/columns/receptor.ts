import type { ReceptorPool } from "../receptor/pool.ts";
import type { OutputColumn } from "../types.ts";

/**
 * Receptor outputs (contract names): `mor_occupancy_<ligand>` for each ligand in the pool (the endogenous
 * tone included), `mor_occupancy_total`, and `mor_activation`, the pool's stimulus S (0–1, at rest the
 * endogenous tone's share).
 */
export function receptorColumns(pool: ReceptorPool, restingStimulus: number): OutputColumn[] {
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
      name: "mor_activation",
      unit: "fraction",
      label: `MOR activation (rest ${restingStimulus.toFixed(3)})`,
      compute: (_t, y) => pool.stimulus(y),
    },
  ];
}
