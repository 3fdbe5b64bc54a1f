import type { Hello, RunFailure, RunProgress, RunRequest, RunResult, Tier, WorkerReply } from "./protocol.ts";

function spawn(): Worker {
  return new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module", name: "accumbens-sim" });
}

export interface SimHandlers {
  readonly hello: (hello: Hello) => void;
  readonly result: (result: RunResult) => void;
  readonly failure: (failure: RunFailure) => void;
  readonly progress: (progress: RunProgress) => void;
}

/**
 * Two workers, one per tier. The preview worker has at most one run in flight and keeps only the newest
 * waiting request (latest wins). A full run is cancelled by terminating its worker as soon as newer input
 * arrives, so a long breathing run never delays the live curves.
 */
function runRequest(
  seq: number,
  tier: Tier,
  scenario: unknown,
  columns: readonly string[] | undefined,
  text: string | undefined,
): RunRequest {
  return {
    type: "run",
    seq,
    tier,
    scenario,
    ...(columns ? { columns } : {}),
    ...(text !== undefined ? { text } : {}),
  };
}

export class SimClient {
  private readonly preview: Worker;
  /** Created on demand: a cancelled run's worker is dropped, and the next full run starts a fresh one. */
  private full: Worker | undefined;
  private previewBusy = false;
  private waiting: RunRequest | undefined;
  private fullInFlight = -1;
  private helloSeen = false;

  constructor(private readonly on: SimHandlers) {
    this.preview = this.attach(spawn(), "preview");
    this.full = this.attach(spawn(), "full");
  }

  private attach(worker: Worker, tier: Tier): Worker {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      // A terminated worker's last messages may still arrive: they belong to no run in flight.
      if (tier === "full" && worker !== this.full) return;
      this.receive(event.data, tier);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.on.failure({
        type: "error",
        seq: -1,
        tier,
        kind: "runtime",
        message: `simulation worker failed: ${event.message}`,
      });
    };
    return worker;
  }

  private receive(reply: WorkerReply, tier: Tier): void {
    if (reply.type === "hello") {
      if (!this.helloSeen) this.on.hello(reply);
      this.helloSeen = true;
      return;
    }
    if (reply.type === "progress") {
      this.on.progress(reply);
      return;
    }
    if (tier === "preview") {
      this.previewBusy = false;
      const next = this.waiting;
      this.waiting = undefined;
      if (next) this.post(this.preview, next);
    } else {
      this.fullInFlight = -1;
    }
    if (reply.type === "result") this.on.result(reply);
    else this.on.failure(reply);
  }

  private post(worker: Worker, request: RunRequest): void {
    if (request.tier === "preview") this.previewBusy = true;
    else this.fullInFlight = request.seq;
    worker.postMessage(request);
  }

  /**
   * Queues a live-tier run; an older waiting request is replaced.
   *
   * @param columns - the output columns to compute (every column when undefined)
   */
  runPreview(seq: number, scenario: unknown, columns?: readonly string[], text?: string): void {
    this.cancelFull();
    const request = runRequest(seq, "preview", scenario, columns, text);
    if (this.previewBusy) this.waiting = request;
    else this.post(this.preview, request);
  }

  /** Starts a full run, cancelling one still computing. */
  runFull(seq: number, scenario: unknown, text?: string): void {
    this.cancelFull();
    this.full ??= this.attach(spawn(), "full");
    this.post(this.full, runRequest(seq, "full", scenario, undefined, text));
  }

  /** Drops the full run in flight, if any (its worker is replaced by a fresh one). */
  cancelFull(): void {
    if (this.fullInFlight < 0) return;
    this.full?.terminate();
    this.full = undefined;
    this.fullInFlight = -1;
  }

  dispose(): void {
    this.preview.terminate();
    this.full?.terminate();
  }
}
