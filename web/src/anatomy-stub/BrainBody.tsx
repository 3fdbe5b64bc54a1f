import type { JSX } from "preact";

const SHOWN = [
  ["mor_occupancy_total", "receptors bound", 1],
  ["dopamine_nacc_rel", "accumbens dopamine (× baseline)", 1],
  ["ventilation_l_min", "breathing (L/min)", 1],
  ["pupil_mm", "pupil (mm)", 1],
  ["cows_total", "COWS", 1],
] as const;

/** Stand-in for web/src/anatomy/BrainBody.tsx while it is not there: the same values as a short list. */
export function BrainBody(props: { values: Readonly<Record<string, number>> }): JSX.Element {
  return (
    <dl class="stub-values" aria-label="Model state at the playhead">
      {SHOWN.filter(([name]) => props.values[name] !== undefined).map(([name, label]) => (
        <div key={name}>
          <dt>{label}</dt>
          <dd>{Number(props.values[name]!.toPrecision(3))}</dd>
        </div>
      ))}
    </dl>
  );
}
