/**
 * Messages between the page and the simulation workers. Every run carries a sequence number; the page
 * drops replies older than what it already shows ("latest wins").
 */

/** Which tier a run belongs to: `preview` while a control moves (no breathing physiology, coarse grid),
 * `full` once input settles (the scenario as written). */
export type Tier = "preview" | "full";

export interface RunRequest {
  readonly type: "run";
  readonly seq: number;
  readonly tier: Tier;
  /**
   * The scenario as its file holds it (an object, as YAML or JSON would read): the worker validates it
   * with the engine's schema, and parses its JSON text only to locate what the schema rejects.
   */
  readonly scenario: unknown;
  /**
   * The text the student wrote or the link carried, when `scenario` was read from it unchanged: a
   * scenario the schema rejects is re-parsed from it, so line:column point into what they see.
   */
  readonly text?: string;
  /** Output columns to compute (`SimulateOptions.columns`); every column when absent. */
  readonly columns?: readonly string[];
}

export type WorkerRequest = RunRequest;

/** One output column, values transferred (not copied). */
export interface WireColumn {
  readonly name: string;
  readonly unit: string;
  readonly label: string;
  readonly values: Float64Array;
}

export interface WireEvent {
  readonly type: string;
  readonly time_h: number;
  readonly detail: string;
}

export interface RunResult {
  readonly type: "result";
  readonly seq: number;
  readonly tier: Tier;
  readonly time_h: Float64Array;
  readonly columns: readonly WireColumn[];
  /** Only the requested columns were computed (a preview of the open plots and the picture). */
  readonly partial: boolean;
  readonly events: readonly WireEvent[];
  readonly finals: Readonly<Record<string, number>>;
  /** Simulation wall time in the worker, ms. */
  readonly wall_ms: number;
  /** Whole request in the worker (parse, simulate, pack), ms. */
  readonly worker_ms: number;
  /**
   * When the worker started and finished the request, ms since the epoch (performance.timeOrigin + now():
   * one clock for the page and the worker), so the latency record can tell waiting in the queue and
   * waiting for the page to take the reply from running.
   */
  readonly started_epoch_ms: number;
  readonly finished_epoch_ms: number;
  readonly steps: number;
  /** Answered from the page's cache of earlier previews (no run; the times are the original run's). */
  readonly cached?: boolean;
  /** Answered by a computed-ahead run that was already under way when the edit came (the times are its). */
  readonly adopted?: boolean;
}

export interface RunFailure {
  readonly type: "error";
  readonly seq: number;
  readonly tier: Tier;
  /** `scenario`: the text is not a valid scenario (ScenarioError's message); `runtime`: the model failed. */
  readonly kind: "scenario" | "runtime";
  readonly message: string;
}

export interface RunProgress {
  readonly type: "progress";
  readonly seq: number;
  readonly tier: Tier;
  /** Fraction of simulated time done, 0–1. */
  readonly fraction: number;
}

export interface DrugInfo {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly routes: readonly string[];
  readonly defaultForm: string;
}

/** Sent once when the worker has loaded the engine. */
export interface Hello {
  readonly type: "hello";
  readonly engineVersion: string;
  readonly drugs: readonly DrugInfo[];
}

export type WorkerReply = RunResult | RunFailure | RunProgress | Hello;
