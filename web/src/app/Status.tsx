import { shown, status } from "../state/store.ts";

/** What the curves are: a preview while the full breathing model computes, or the full model. */
export function Status() {
  const s = status.value;
  const r = shown.value;
  let text: string;
  if (s.state === "starting") text = "Loading the model…";
  else if (s.state === "error") text = "The model could not run this scenario (see the message above).";
  else if (s.state === "preview") {
    const pct = s.progress !== undefined ? ` ${Math.round(s.progress * 100)} %` : "";
    text = `Preview — full breathing model computing…${pct}`;
  } else text = `Full model${r ? ` · simulated in ${Math.round(r.wall_ms)} ms` : ""}`;
  return (
    <p class={`status ${s.state}`} role="status" data-testid="status" data-state={s.state}>
      {text}
    </p>
  );
}

/** What happened during the run: doses given, cardiac arrest… */
export function Events() {
  const r = shown.value;
  if (!r || r.events.length === 0) return null;
  const label = (h: number) => (h < 2 ? `${(h * 60).toFixed(1)} min` : `${h.toFixed(2)} h`);
  const shownEvents = r.events.slice(0, 12);
  return (
    <details class="events" open={r.events.some((e) => e.type === "cardiac_arrest")}>
      <summary>
        Events ({r.events.length})
        {r.events.some((e) => e.type === "cardiac_arrest") ? " — cardiac arrest" : ""}
      </summary>
      <ul>
        {shownEvents.map((e, i) => (
          <li key={i} class={e.type === "cardiac_arrest" ? "alarm" : ""}>
            {label(e.time_h)}: {e.type.replace(/_/g, " ")}
            {e.detail ? ` — ${e.detail}` : ""}
          </li>
        ))}
        {r.events.length > shownEvents.length && <li>… {r.events.length - shownEvents.length} more</li>}
      </ul>
    </details>
  );
}
