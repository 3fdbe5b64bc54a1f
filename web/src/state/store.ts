import { computed, signal } from "@preact/signals";
import { previewOf } from "../scenario/edit.ts";
import { type RawScenario, toYaml } from "../scenario/raw.ts";
import { SimClient } from "../worker/client.ts";
import type { DrugInfo, RunResult, Tier, WireColumn } from "../worker/protocol.ts";

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
export const perf = {
  latencies: [] as number[],
  frameLatencies: [] as number[],
  workerMs: [] as number[],
  workerTotalMs: [] as number[],
  /** Per drawn preview: [input → posted, posted → received, received → drawn], ms. */
  stages: [] as [number, number, number][],
};
/** When each preview request was posted and its reply received, by sequence number. */
const stamps = new Map<number, { input: number; posted: number; received?: number }>();
(globalThis as { __accumbensPerf?: typeof perf }).__accumbensPerf = perf;

/** Called by the plots once a result's curves are drawn. */
export function markDrawn(seq: number): void {
  const now = performance.now();
  const stamp = stamps.get(seq);
  if (stamp?.received !== undefined) {
    perf.stages.push([stamp.posted - stamp.input, stamp.received - stamp.posted, now - stamp.received]);
    stamps.delete(seq);
  }
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
    if (list.length > 5000) list.splice(0, list.length - 5000);
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
export const SETTLE_MS = 150;

const client = new SimClient({
  hello: (h) => {
    drugs.value = h.drugs;
    engineVersion.value = h.engineVersion;
  },
  result: (r) => {
    const stamp = stamps.get(r.seq);
    if (stamp && r.tier === "preview") stamp.received = performance.now();
    const current = shown.value;
    const newer = !current || r.seq > current.seq || (r.seq === current.seq && r.tier === "full");
    if (r.tier === "preview") {
      perf.workerMs.push(r.wall_ms);
      perf.workerTotalMs.push(r.worker_ms);
    }
    if (!newer) return;
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

/**
 * Sets the scenario and simulates it: the live tier at once, the full model when input settles (`live`:
 * a slider still moving) or straight away (a discrete change).
 *
 * @param inputTime - when the user's input happened (performance.now()), for the latency record
 */
export function setScenario(next: RawScenario, live: boolean, inputTime = performance.now()): void {
  scenario.value = next;
  seq += 1;
  const mine = seq;
  pendingInputs.push({ seq: mine, t: inputTime });
  client.runPreview(mine, JSON.stringify(previewOf(next)));
  stamps.set(mine, { input: inputTime, posted: performance.now() });
  if (stamps.size > 200) stamps.delete(stamps.keys().next().value!);
  setStatus({ state: "preview" });
  clearTimeout(settleTimer);
  pendingFull = () => client.runFull(mine, JSON.stringify(next));
  settleTimer = setTimeout(settle, live ? SETTLE_MS : 0);
}

let pendingFull: (() => void) | undefined;

/** Runs the full model now for the newest edit (a slider was let go), if it has not started yet. */
export function settle(): void {
  clearTimeout(settleTimer);
  const run = pendingFull;
  pendingFull = undefined;
  run?.();
}
