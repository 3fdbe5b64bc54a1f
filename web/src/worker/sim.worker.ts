/**
 * The simulation worker: parses a scenario with the engine's own parser and runs it, posting the columns
 * back as transferred Float64Arrays. The engine is pure, so it runs here unchanged.
 */
import {
  DRUGS,
  ENGINE_VERSION,
  ModelInputError,
  parseScenario,
  ScenarioError,
  simulate,
} from "../../../src/index.ts";
import { showPath } from "../../../src/scenario/index.ts";
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

function run(request: RunRequest): void {
  const { seq, tier } = request;
  const started = performance.now();
  let lastPost = 0;
  try {
    const scenario = parseScenario(request.text, "scenario.yaml", io);
    const result = simulate(scenario, {
      onProgress: (t) => {
        const now = performance.now();
        if (tier !== "full" || now - lastPost < 100) return;
        lastPost = now;
        post({ type: "progress", seq, tier, fraction: t / scenario.duration_h });
      },
    });
    const reply: { -readonly [K in keyof RunResult]: RunResult[K] } = {
      type: "result",
      seq,
      tier,
      time_h: result.time_h,
      columns: result.columns.map(({ name, unit, label, values }) => ({ name, unit, label, values })),
      events: result.events.map((e) => ({ type: e.type, time_h: e.time, detail: e.detail })),
      finals: result.finals,
      wall_ms: result.wall_ms,
      worker_ms: 0,
      steps: result.stats.steps,
    };
    reply.worker_ms = performance.now() - started;
    post(reply, [result.time_h.buffer, ...result.columns.map((c) => c.values.buffer)]);
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
