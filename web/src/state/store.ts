import { computed, signal } from "@preact/signals";
import { LIVE_PLOTS } from "../plots/registry.ts";
import { previewOf } from "../scenario/edit.ts";
import { type RawScenario, toYaml } from "../scenario/raw.ts";
import { SimClient } from "../worker/client.ts";
import type { DrugInfo, RunResult, Tier, WireColumn } from "../worker/protocol.ts";
import { ColumnMemory, pictureReads, shapeOf } from "./columns.ts";
import { timeUnitFor } from "./time.ts";

/** A simulation result as the page shows it. */
export interface Shown {
  readonly seq: number;
  readonly tier: Tier;
  readonly time_h: Float64Array;
  readonly columns: readonly WireColumn[];
  readonly byName: ReadonlyMap<string, WireColumn>;
  readonly events: RunResult["events"];
  readonly wall_ms: number;
}

export type Status =
  | { readonly state: "starting" }
  | { readonly state: "preview"; readonly progress?: number }
  | { readonly state: "ready" }
  | { readonly state: "error"; readonly message: string };

/** The scenario the controls edit (always a single run: a story's arm is flattened in). */
export const scenario = signal<RawScenario | null>(null);
export const scenarioYaml = computed(() => (scenario.value ? toYaml(scenario.value) : ""));
/** The newest result of either tier. */
export const shown = signal<Shown | null>(null);
/** The newest full-tier result (its breathing curves stand in while a preview lacks them). */
export const lastFull = signal<Shown | null>(null);
export const status = signal<Status>({ state: "starting" });
export const drugs = signal<readonly DrugInfo[]>([]);
export const engineVersion = signal("");
/** Playhead, hours. */
export const playhead = signal(0);
/** Minutes for runs of up to 6 h, hours for longer: every plot, clock and event list shows this unit. */
export const timeUnit = computed(() => timeUnitFor(scenario.value?.duration_h ?? 1));

/** Sets the status only when it changes (every reader re-renders on a new object). */
function setStatus(next: Status): void {
  const now = status.peek();
  const same =
    now.state === next.state &&
    (now.state !== "preview" || next.state !== "preview" || now.progress === next.progress) &&
    (now.state !== "error" || next.state !== "error" || now.message === next.message);
  if (!same) status.value = next;
}

function toShown(r: RunResult): Shown {
  return {
    seq: r.seq,
    tier: r.tier,
    time_h: r.time_h,
    columns: r.columns,
    byName: new Map(r.columns.map((c) => [c.name, c])),
    events: r.events,
    wall_ms: r.wall_ms,
  };
}

/**
 * Input-to-drawn latency bookkeeping (the live-tier benchmark reads it): each edit's time, resolved when
 * the first result at least as new has been drawn.
 */
const pendingInputs: { seq: number; t: number }[] = [];
/** Most latency samples kept per list: a benchmark reads at most a few hundred between resets. */
const PERF_SAMPLES = 5000;
/**
 * Most recent edits whose bookkeeping (scenario shape, request stamps) is kept: a reply older than this
 * many edits is long superseded (one preview in flight, the newest waiting).
 */
const RECENT_EDITS = 200;
export const perf = {
  latencies: [] as number[],
  frameLatencies: [] as number[],
  workerMs: [] as number[],
  workerTotalMs: [] as number[],
  /**
   * Per drawn preview that ran: [input → posted, posted → the worker starts it (queue), in the worker,
   * the worker finishes → the page receives it (the page busy), received → drawn], ms.
   */
  stages: [] as [number, number, number, number, number][],
  /** Previews shown straight from the cache of earlier and computed-ahead previews (no run). */
  cacheHits: 0,
};
/**
 * When each preview request was posted, when the worker started and finished it (on the page's clock) and
 * when its reply was received, by sequence number; dropped once the edit is drawn.
 */
const stamps = new Map<
  number,
  { input: number; posted: number; reply?: { started: number; finished: number; received: number } }
>();
(globalThis as { __accumbensPerf?: typeof perf }).__accumbensPerf = perf;

/** Called by the plots once a result's curves are drawn. */
export function markDrawn(seq: number): void {
  const now = performance.now();
  const stamp = stamps.get(seq);
  const reply = stamp?.reply;
  if (stamp && reply) {
    perf.stages.push([
      stamp.posted - stamp.input,
      reply.started - stamp.posted,
      reply.finished - reply.started,
      reply.received - reply.finished,
      now - reply.received,
    ]);
  }
  stamps.delete(seq);
  const done: number[] = [];
  while (pendingInputs.length > 0 && pendingInputs[0]!.seq <= seq) {
    const input = pendingInputs.shift()!;
    perf.latencies.push(now - input.t);
    done.push(input.t);
  }
  // The frame that shows the new curves on screen.
  if (done.length > 0)
    requestAnimationFrame(() => {
      const frame = performance.now();
      for (const t of done) perf.frameLatencies.push(frame - t);
    });
  for (const list of [perf.latencies, perf.frameLatencies, perf.workerMs, perf.workerTotalMs, perf.stages]) {
    if (list.length > PERF_SAMPLES) list.splice(0, list.length - PERF_SAMPLES);
  }
}

let seq = 0;
/** The newest edit's sequence number. */
export const currentSeq = () => seq;
/** The newest failed run (its sequence number tells which edit it belongs to). */
export const lastFailure = signal<{
  readonly seq: number;
  readonly kind: string;
  readonly message: string;
} | null>(null);
let settleTimer: ReturnType<typeof setTimeout> | undefined;
/** Idle time after the last live input before the full model runs, ms. */
const SETTLE_MS = 150;
/**
 * Pause in editing after which what only mirrors the scenario (the YAML text, the address) follows it, ms:
 * turning the scenario into YAML on every slider step would delay the live curves.
 */
export const EDIT_PAUSE_MS = 100;

/** Column names per scenario shape, learnt from runs that computed every column. */
const columnMemory = new ColumnMemory();
/** Each recent edit's scenario shape, by sequence number. */
const shapes = new Map<number, string>();

/** A preview's request for a scenario: the live-tier settings, and the columns of the open plots and the picture. */
function previewRequest(next: RawScenario, shape = shapeOf(next)) {
  return { scenario: previewOf(next), columns: columnMemory.select(shape, previewWants) };
}

/** What a preview computes: the columns of the open plots and of the picture. */
function previewWants(name: string): boolean {
  if (pictureReads(name)) return true;
  for (const live of LIVE_PLOTS.values()) if (live.layout.def.match(name)) return true;
  return false;
}

const client = new SimClient({
  hello: (h) => {
    drugs.value = h.drugs;
    engineVersion.value = h.engineVersion;
  },
  result: (r) => {
    const shape = shapes.get(r.seq);
    if (shape !== undefined && !r.partial) {
      columnMemory.remember(
        shape,
        r.columns.map((c) => c.name),
      );
    }
    const stamp = stamps.get(r.seq);
    // A computed-ahead run taken over by this edit started before it: its stages would mislead.
    if (stamp && r.tier === "preview" && !r.cached && !r.adopted) {
      // The worker's epoch times on the page's clock.
      stamp.reply = {
        started: r.started_epoch_ms - performance.timeOrigin,
        finished: r.finished_epoch_ms - performance.timeOrigin,
        received: performance.now(),
      };
    }
    const current = shown.value;
    const newer = !current || r.seq > current.seq || (r.seq === current.seq && r.tier === "full");
    if (r.tier === "preview" && !r.cached) {
      perf.workerMs.push(r.wall_ms);
      perf.workerTotalMs.push(r.worker_ms);
    }
    if (!newer) return;
    if (r.cached) perf.cacheHits += 1;
    const s = toShown(r);
    if (r.tier === "full") lastFull.value = s;
    shown.value = s;
    if (r.seq === seq) setStatus(r.tier === "full" ? { state: "ready" } : { state: "preview" });
  },
  failure: (f) => {
    lastFailure.value = { seq: f.seq, kind: f.kind, message: f.message };
    if (f.seq !== seq && f.seq !== -1) return;
    setStatus({ state: "error", message: f.message });
  },
  progress: (p) => {
    if (p.seq === seq) setStatus({ state: "preview", progress: p.fraction });
  },
});

/** A pointer holds a control: the full model waits until it lets go. */
let dragging = false;

/**
 * Sets the scenario and simulates it: the live tier at once, the full model when input settles (`live`:
 * a slider still moving; while a pointer drags it, not before the pointer lets go) or straight away (a
 * discrete change).
 *
 * @param inputTime - when the user's input happened (performance.now()), for the latency record
 * @param text - the YAML the student wrote or the link carried, when `next` was read from it: an error is
 *   then located in that text, not in a re-serialised copy
 */
export function setScenario(
  next: RawScenario,
  live: boolean,
  inputTime = performance.now(),
  text?: string,
): void {
  seq += 1;
  const mine = seq;
  const shape = shapeOf(next);
  shapes.set(mine, shape);
  if (shapes.size > RECENT_EDITS) shapes.delete(shapes.keys().next().value!);
  pendingInputs.push({ seq: mine, t: inputTime });
  // The run goes first: what reacts to the new scenario (controls, URL, YAML text) can wait for it.
  const preview = previewRequest(next, shape);
  stamps.set(mine, { input: inputTime, posted: performance.now() });
  if (stamps.size > RECENT_EDITS) stamps.delete(stamps.keys().next().value!);
  client.runPreview(mine, preview.scenario, preview.columns, text);
  scenario.value = next;
  setStatus({ state: "preview" });
  clearTimeout(settleTimer);
  pendingFull = () => client.runFull(mine, next, text);
  if (!(live && dragging)) settleTimer = setTimeout(settle, live ? SETTLE_MS : 0);
}

/**
 * The scenarios the student is likely to ask for next (`build` at each of a slider's neighbouring `values`,
 * after a keyboard step): their previews are computed while the worker is idle, so the next step is drawn at
 * once. Not while a pointer drags (its next position is anyone's guess, and a guess would hold up the
 * worker), and then nothing is built either.
 */
export function speculate(values: readonly number[], build: (v: number) => RawScenario): void {
  if (dragging) return;
  client.speculate(values.map((v) => previewRequest(build(v))));
}

/**
 * A pointer went down on a control: until it lets go (anywhere on the page), live edits run only the
 * preview, so a full run never competes with the previews for the processor during a drag.
 */
export function holdFull(): void {
  if (dragging) return;
  dragging = true;
  const release = () => {
    removeEventListener("pointerup", release);
    removeEventListener("pointercancel", release);
    dragging = false;
    settle();
  };
  addEventListener("pointerup", release);
  addEventListener("pointercancel", release);
}

let pendingFull: (() => void) | undefined;

/** Runs the full model now for the newest edit (a slider was let go), if it has not started yet. */
function settle(): void {
  clearTimeout(settleTimer);
  const run = pendingFull;
  pendingFull = undefined;
  run?.();
}
