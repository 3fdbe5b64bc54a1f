/**
 * The simulation worker: parses a scenario with the engine's own parser and runs it, posting the columns
 * back as transferred Float64Arrays. The engine is pure, so it runs here unchanged.
 */
import {
  DRUGS,
  ENGINE_VERSION,
  ModelCache,
  ModelInputError,
  parseScenario,
  type ResolvedScenario,
  ScenarioError,
  simulate,
} from "../../../src/index.ts";
import { resolveObject, showPath } from "../../../src/scenario/index.ts";
import type { Hello, RunFailure, RunRequest, RunResult, WorkerReply, WorkerRequest } from "./protocol.ts";

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const post = (reply: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

/** Scenario files may name a NONMEM table (`doses_csv`); the browser has no files to read. */
const io = {
  readText(): string {
    throw new Error("event tables are not available in the Explorer; list the doses in the scenario instead");
  },
  resolvePath: (_from: string, rel: string) => rel,
};

/**
 * The scenario resolved without parsing text on every slider step (the engine's `resolveObject`). Anything
 * the schema or the catalog rejects, and an event table, goes through `parseScenario`, so messages are the
 * engine's own, with line and column: of `text`, the YAML the student wrote or the link carried, when there is one
 * (a JSON copy of the object is one line long, so every error would read `scenario.yaml:1:<column>`).
 */
function resolve(raw: unknown, text: string | undefined): ResolvedScenario {
  const resolved = resolveObject(raw);
  if (resolved) return resolved;
  // The text can still parse when the fault is in what was made of it (one arm, a preview's settings).
  if (text !== undefined) parseScenario(text, "scenario.yaml", io);
  return parseScenario(JSON.stringify(raw), "scenario.yaml", io);
}

/** The model of the last run, reused while a slider changes only amounts and times (see ModelCache). */
const models = new ModelCache();

/** Least time between progress messages of a full run, ms: often enough for a moving bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 100;

function run(request: RunRequest): void {
  const { seq, tier } = request;
  const started = performance.now();
  let lastPost = 0;
  try {
    const scenario = resolve(request.scenario, request.text);
    const result = simulate(scenario, {
      models,
      ...(request.columns ? { columns: request.columns } : {}),
      onProgress: (t) => {
        const now = performance.now();
        if (tier !== "full" || now - lastPost < PROGRESS_EVERY_MS) return;
        lastPost = now;
        post({ type: "progress", seq, tier, fraction: t / scenario.duration_h });
      },
    });
    const columns = result.columns.map(({ name, unit, label, values }) => ({ name, unit, label, values }));
    const events = result.events.map((e) => ({ type: e.type, time_h: e.time, detail: e.detail }));
    const reply: RunResult = {
      type: "result",
      seq,
      tier,
      time_h: result.time_h,
      columns,
      partial: request.columns !== undefined,
      events,
      finals: result.finals,
      wall_ms: result.wall_ms,
      worker_ms: performance.now() - started,
      started_epoch_ms: performance.timeOrigin + started,
      finished_epoch_ms: performance.timeOrigin + performance.now(),
      steps: result.stats.steps,
    };
    post(reply, [result.time_h.buffer, ...columns.map((c) => c.values.buffer)]);
  } catch (err) {
    const scenarioFault = err instanceof ScenarioError || err instanceof ModelInputError;
    const failure: RunFailure = {
      type: "error",
      seq,
      tier,
      kind: scenarioFault ? "scenario" : "runtime",
      message: describeError(err),
    };
    post(failure);
  }
}

function describeError(err: unknown): string {
  if (err instanceof ModelInputError) {
    const where = err.path.length > 0 ? ` (${showPath(err.path)})` : "";
    return `${err.message}${where}${err.accepted ? `; ${err.accepted}` : ""}`;
  }
  return err instanceof Error ? err.message : String(err);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  if (event.data.type === "run") run(event.data);
};

const hello: Hello = {
  type: "hello",
  engineVersion: ENGINE_VERSION,
  drugs: DRUGS.map((d) => ({
    id: d.id,
    name: d.name,
    summary: d.summary,
    routes: d.routes.map((r) => r.route),
    defaultForm: d.defaultForm,
  })),
};
post(hello);
