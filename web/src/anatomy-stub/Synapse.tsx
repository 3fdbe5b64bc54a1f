import type { JSX } from "preact";

/** Stand-in for web/src/anatomy/Synapse.tsx: receptor occupancy by ligand as text. */
export function Synapse(props: { values: Readonly<Record<string, number>> }): JSX.Element {
  const shares = Object.entries(props.values).filter(
    ([k, v]) => k.startsWith("mor_occupancy_") && k !== "mor_occupancy_total" && v > 0.005,
  );
  return (
    <p class="stub-values">
      Receptors bound:{" "}
      {shares.length === 0
        ? "none"
        : shares.map(([k, v]) => `${k.replace("mor_occupancy_", "")} ${(v * 100).toFixed(0)} %`).join(", ")}
    </p>
  );
}
