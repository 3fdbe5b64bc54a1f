import { useComputed } from "@preact/signals";
import { useRef } from "preact/hooks";
import { type Shown, type Status as StatusValue, shown, status, timeUnit } from "../state/store.ts";
import { clock } from "../state/time.ts";
import type { WireEvent } from "../worker/protocol.ts";

function statusText(s: StatusValue, r: Shown | null): string {
  if (s.state === "starting") return "Loading the model…";
  if (s.state === "error") return "The model could not run this scenario (see the message above).";
  if (s.state === "preview") {
    const pct = s.progress !== undefined ? ` ${Math.round(s.progress * 100)} %` : "";
    return `Preview — full breathing model computing…${pct}`;
  }
  return `Full model${r ? ` · simulated in ${Math.round(r.wall_ms)} ms` : ""}`;
}

/**
 * What the curves are: a preview while the full breathing model computes, or the full model. Reads the
 * result through its text only, so a new preview does not re-render it.
 */
export function Status() {
  const text = useComputed(() => statusText(status.value, shown.value));
  const state = status.value.state;
  return (
    <p class={`status ${state}`} role="status" data-testid="status" data-state={state}>
      {text.value}
    </p>
  );
}

/** What happened during the run: doses given, cardiac arrest… */
export function Events() {
  // Successive previews usually list the same events: re-render only when the text shown changes.
  const memo = useRef<{ key: string; events: readonly WireEvent[] }>({ key: "", events: [] });
  const list = useComputed(() => {
    const events = shown.value?.events ?? [];
    const unit = timeUnit.value;
    const key = `${unit}|${events.length}|${events
      .slice(0, 12)
      .map((e) => `${e.type} ${clock(e.time_h, unit)} ${e.detail}`)
      .join("|")}`;
    if (key !== memo.current.key) memo.current = { key, events };
    return memo.current.events;
  });
  const events = list.value;
  const unit = timeUnit.value;
  const arrest = events.some((e) => e.type === "cardiac_arrest");
  // Said only once the full model (which decides arrest) has run this scenario: status turns ready only
  // when its result is shown.
  const survived = !arrest && status.value.state === "ready";
  const note = survived && (
    <p class="survival-note" data-testid="no-arrest-note">
      No cardiac arrest in this run — that does not make the dose safe: people differ widely in how they
      respond, and street supply varies in strength and often contains fentanyl.
    </p>
  );
  if (events.length === 0) return note || null;
  const shownEvents = events.slice(0, 12);
  return (
    <>
      <details class="events" open={arrest}>
        <summary>
          Events ({events.length}){arrest ? " — cardiac arrest" : ""}
        </summary>
        <ul>
          {shownEvents.map((e, i) => (
            <li key={i} class={e.type === "cardiac_arrest" ? "alarm" : ""}>
              {clock(e.time_h, unit)}: {e.type.replace(/_/g, " ")}
              {e.detail ? ` — ${e.detail}` : ""}
            </li>
          ))}
          {events.length > shownEvents.length && <li>… {events.length - shownEvents.length} more</li>}
        </ul>
      </details>
      {note}
    </>
  );
}
