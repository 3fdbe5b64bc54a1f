import { PreviewCache } from "./preview-cache.ts";
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

/** Preview results kept: a slider's two neighbours and the way back along the last few steps. */
const CACHE_ENTRIES = 8;
/** Sequence number sent with speculative requests (never an edit's, which count up from 1, nor −1). */
const SPECULATIVE_SEQ = -2;

interface Queued {
  readonly request: RunRequest;
  readonly key: string;
  /** Computed ahead, for no edit yet: its answer only fills the cache, unless an edit takes it over. */
  readonly speculative: boolean;
}

/**
 * Two workers, one per tier. The preview worker has at most one run in flight and keeps only the newest
 * waiting request (latest wins). A full run is cancelled by terminating its worker as soon as newer input
 * arrives, so a long breathing run never delays the live curves.
 *
 * While the preview worker is idle it computes the requests it was told are likely next (a slider's
 * neighbouring steps, {@link SimClient.speculate}); those and every answered preview are kept in a small
 * cache, so the next keyboard step is drawn without waiting for a run. A speculative run never delays a real
 * request by more than the one run in flight, and a real request for the run in flight takes its answer.
 */
export class SimClient {
  private readonly preview: Worker;
  private readonly cache = new PreviewCache(CACHE_ENTRIES);
  /** The preview run in flight (the preview worker is busy while it is set): its cache key, and whether it was speculative. */
  private inFlight: { key: string; speculative: boolean } | undefined;
  /** A real request whose answer is the speculative run in flight. */
  private adopted: RunRequest | undefined;
  /** Speculative requests for the newest edit's neighbours, run in order while the worker is idle. */
  private speculation: Queued[] = [];
  /** Created on demand: a cancelled run's worker is dropped, and the next full run starts a fresh one. */
  private full: Worker | undefined;
  private waiting: Queued | undefined;
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
      // The run in flight is lost: free the queue, and say nothing of a speculation no edit had taken over.
      if (tier === "preview") {
        const ran = this.inFlight;
        const adopted = this.adopted;
        this.inFlight = undefined;
        this.adopted = undefined;
        this.pump();
        if (ran?.speculative && !adopted) return;
      }
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
      const ran = this.inFlight;
      this.inFlight = undefined;
      if (ran && reply.type === "result") this.cache.put(ran.key, reply);
      if (ran?.speculative) {
        const adopted = this.adopted;
        this.adopted = undefined;
        this.pump();
        // Answered for the edit that took it over, failure included (a slider edit carries no text whose
        // lines a message could point into).
        if (adopted) {
          if (reply.type === "result") this.on.result({ ...reply, seq: adopted.seq, adopted: true });
          else this.on.failure({ ...reply, seq: adopted.seq });
        }
        return;
      }
      this.pump();
    } else {
      this.fullInFlight = -1;
    }
    if (reply.type === "result") this.on.result(reply);
    else this.on.failure(reply);
  }

  /** Starts the next preview run if the worker is idle: the waiting request, else the next speculation. */
  private pump(): void {
    if (this.inFlight) return;
    let next = this.waiting;
    this.waiting = undefined;
    // A speculation whose answer arrived meanwhile (two neighbours rounding to one dose) is skipped.
    while (!next && this.speculation.length > 0) {
      const spec = this.speculation.shift()!;
      if (!this.cache.has(spec.key)) next = spec;
    }
    if (!next) return;
    this.inFlight = { key: next.key, speculative: next.speculative };
    this.preview.postMessage(next.request);
  }

  /**
   * Queues a live-tier run; an older waiting request is replaced.
   *
   * @param columns - the output columns to compute (every column when undefined)
   */
  runPreview(seq: number, scenario: unknown, columns?: readonly string[], text?: string): void {
    this.cancelFull();
    this.speculation = [];
    const key = PreviewCache.key(scenario, columns);
    const hit = this.cache.get(key);
    if (hit) {
      // Newer than anything waiting, so that is dropped; answered after the caller has finished its edit.
      this.waiting = undefined;
      queueMicrotask(() => this.on.result({ ...hit, seq, cached: true }));
      return;
    }
    const request = runRequest(seq, "preview", scenario, columns, text);
    if (this.inFlight?.speculative && this.inFlight.key === key) {
      this.waiting = undefined;
      this.adopted = request;
      return;
    }
    this.waiting = { request, key, speculative: false };
    this.pump();
  }

  /**
   * Computes likely next previews while the worker is idle (a slider's neighbouring steps), replacing the
   * previous list; a later edit drops what has not started.
   */
  speculate(requests: readonly { scenario: unknown; columns?: readonly string[] | undefined }[]): void {
    this.speculation = [];
    for (const { scenario, columns } of requests) {
      const key = PreviewCache.key(scenario, columns);
      if (this.cache.has(key) || this.inFlight?.key === key) continue;
      const request = runRequest(SPECULATIVE_SEQ, "preview", scenario, columns, undefined);
      this.speculation.push({ request, key, speculative: true });
    }
    this.pump();
  }

  /** Starts a full run, cancelling one still computing. */
  runFull(seq: number, scenario: unknown, text?: string): void {
    this.cancelFull();
    this.full ??= this.attach(spawn(), "full");
    this.fullInFlight = seq;
    this.full.postMessage(runRequest(seq, "full", scenario, undefined, text));
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
