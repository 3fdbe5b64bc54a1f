import { useComputed, useSignal, useSignalEffect } from "@preact/signals";
import { useEffect, useId, useRef } from "preact/hooks";
import { BrainBody } from "../anatomy/BrainBody.tsx";
import { Synapse } from "../anatomy/Synapse.tsx";
import { lastFull, playhead, type Shown, scenario, shown, timeUnit } from "../state/store.ts";
import { clock } from "../state/time.ts";
import { valuesAt } from "./values.ts";

/** Longest wait before the picture shows a live preview, ms. */
const PICTURE_MS = 120;

/** Seconds of real time to play the whole run. */
const PLAY_SECONDS = 20;

/** The moment the picture shows: play, pause and scrub through the run. */
export function Playhead() {
  const id = useId();
  const playing = useSignal(false);
  // The duration only: a slider step that changes other fields does not re-render the picture.
  const duration = useComputed(() => scenario.value?.duration_h ?? 1).value;
  // The picture follows full runs at once and live previews at most every PICTURE_MS. Redrawing the SVG
  // takes several ms, so it runs right after a preview's curves are drawn (the next one is then furthest
  // away), never on a timer that could fire just as a result arrives; the last preview of a pause in
  // input is shown PICTURE_MS later.
  const source = useSignal<Shown | null>(shown.peek());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastShown = useRef(0);
  useSignalEffect(() => {
    const s = shown.value;
    clearTimeout(timer.current);
    const show = () => {
      lastShown.current = performance.now();
      source.value = shown.peek();
    };
    if (!s || s.tier === "full") show();
    else if (performance.now() - lastShown.current >= PICTURE_MS) timer.current = setTimeout(show, 0);
    else timer.current = setTimeout(show, PICTURE_MS);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const values = useComputed(() => valuesAt(source.value, lastFull.value, playhead.value));

  useSignalEffect(() => {
    if (!playing.value) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const d = scenario.peek()?.duration_h ?? 1;
      const next = playhead.peek() + ((now - last) / 1000) * (d / PLAY_SECONDS);
      last = now;
      if (next >= d) {
        playhead.value = d;
        playing.value = false;
        return;
      }
      playhead.value = next;
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  });

  const t = Math.min(playhead.value, duration);
  const unit = timeUnit.value;
  return (
    <section class="playhead" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="visually-hidden">
        Brain and body at the playhead
      </h2>
      <div class="playhead-bar">
        <button
          type="button"
          data-testid="play"
          aria-pressed={playing.value}
          onClick={() => {
            if (!playing.value && playhead.peek() >= duration) playhead.value = 0;
            playing.value = !playing.value;
          }}
        >
          {playing.value ? "❚❚ Pause" : "▶ Play"}
        </button>
        <label for={id}>Time</label>
        <input
          id={id}
          type="range"
          data-testid="playhead"
          min={0}
          max={duration}
          step={duration / 500}
          value={t}
          aria-valuetext={clock(t, unit)}
          onInput={(e) => {
            playing.value = false;
            playhead.value = Number(e.currentTarget.value);
          }}
        />
        <output for={id} class="clock">
          {clock(t, unit)}
        </output>
      </div>
      <div class="anatomy">
        <div class="brain-body">
          <BrainBody values={values.value} />
        </div>
        <div class="synapse">
          <Synapse values={values.value} />
        </div>
      </div>
    </section>
  );
}
