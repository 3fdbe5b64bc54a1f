import { effect, useComputed, useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { evidenceCount, openEvidence } from "../evidence/evidence.ts";
import { lastFull, shown } from "../state/store.ts";
import { columnsFor, feed } from "./feed.ts";
import { PlotPanel } from "./PlotPanel.tsx";
import { layoutPanels, type PanelLayout } from "./panels.ts";

interface Props {
  /** Panel ids open (focus of the story); the student can open and close the rest. */
  readonly open: readonly string[];
}

export function Plots({ open }: Props) {
  // A new object only when the series set changes, so a new result alone does not re-render the panels.
  const memo = useRef<{ layouts: PanelLayout[]; key: string }>({ layouts: [], key: "" });
  const layoutKey = useComputed(() => {
    const layouts = layoutPanels(columnsFor(shown.value, lastFull.value));
    const key = layouts.map((l) => l.key).join("|");
    if (key !== memo.current.key) memo.current = { layouts, key };
    return memo.current;
  });
  const extra = useSignal<readonly string[]>([]);
  const closed = useSignal<readonly string[]>([]);

  // A plain effect runs synchronously when a result arrives (useSignalEffect would wait for a frame).
  useEffect(() => effect(() => feed(shown.value, lastFull.value)), []);

  const layouts = layoutKey.value.layouts;
  const isOpen = (l: PanelLayout) =>
    !closed.value.includes(l.def.id) && (open.includes(l.def.id) || extra.value.includes(l.def.id));
  const toggle = (l: PanelLayout) => {
    if (isOpen(l)) {
      closed.value = [...closed.value, l.def.id];
      extra.value = extra.value.filter((x) => x !== l.def.id);
    } else {
      closed.value = closed.value.filter((x) => x !== l.def.id);
      extra.value = [...extra.value, l.def.id];
    }
  };
  if (layouts.length === 0) return <p class="muted">Computing the first run…</p>;
  // Open panels first (in panel order), closed ones after them as a compact row of headers.
  const ordered = [...layouts.filter(isOpen), ...layouts.filter((l) => !isOpen(l))];
  return (
    <div class="plots">
      {ordered.map((l) => {
        const opened = isOpen(l);
        const n = evidenceCount(l.series.map((s) => s.name));
        return (
          <section
            class={`panel ${opened ? "open" : "closed"}`}
            key={l.def.id}
            aria-labelledby={`panel-${l.def.id}`}
          >
            <header class="panel-head">
              <h3 id={`panel-${l.def.id}`}>
                <button
                  type="button"
                  class="panel-toggle"
                  aria-expanded={opened}
                  aria-controls={`panel-body-${l.def.id}`}
                  onClick={() => toggle(l)}
                >
                  <span aria-hidden="true">{opened ? "▾" : "▸"}</span> {l.def.title}
                </button>
              </h3>
              <span class="units">{l.units.join(" · ")}</span>
              <button
                type="button"
                class="link evidence-link"
                onClick={() =>
                  openEvidence(
                    l.series.map((s) => s.name),
                    l.def.title,
                  )
                }
                title="Published observations this model is checked against for these quantities"
              >
                Evidence ({n})
              </button>
            </header>
            <div id={`panel-body-${l.def.id}`} hidden={!opened}>
              <p class="panel-what">{l.def.what}</p>
              {opened && <PlotPanel layout={l} key={l.key} />}
              <p class="stale-note" aria-live="polite">
                Preview: these curves are from the last full run; the breathing model is computing…
              </p>
            </div>
          </section>
        );
      })}
    </div>
  );
}
