import { beforeEach, describe, expect, it } from "vitest";
import type { RunFailure, RunRequest, RunResult } from "../../web/src/worker/protocol.ts";

/** A stand-in for the browser's Worker: records what is posted; the test replies for it. */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  posted: RunRequest[] = [];
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(r: RunRequest) {
    this.posted.push(r);
  }
  terminate() {}
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
}
(globalThis as { Worker?: unknown }).Worker = FakeWorker;
const { SimClient } = await import("../../web/src/worker/client.ts");

const result = (seq: number, dose: number): RunResult => ({
  type: "result",
  seq,
  tier: "preview",
  time_h: new Float64Array([0]),
  columns: [],
  partial: true,
  events: [],
  finals: { dose },
  wall_ms: 1,
  worker_ms: 1,
  started_epoch_ms: 0,
  finished_epoch_ms: 1,
  steps: 1,
});
const failure = (seq: number): RunFailure => ({
  type: "error",
  seq,
  tier: "preview",
  kind: "runtime",
  message: "bad",
});

let results: RunResult[];
let failures: RunFailure[];
let worker: FakeWorker;
let client: InstanceType<typeof SimClient>;
/** The last request posted to the preview worker. */
const last = () => worker.posted.at(-1)!;
const tick = () => new Promise((r) => queueMicrotask(() => r(undefined)));

beforeEach(() => {
  FakeWorker.all = [];
  results = [];
  failures = [];
  client = new SimClient({
    hello() {},
    progress() {},
    result: (r) => results.push(r),
    failure: (f) => failures.push(f),
  });
  worker = FakeWorker.all[0]!; // the preview worker (the full-run worker is the second)
});

describe("SimClient's preview queue, cache and speculation", () => {
  it("runs an edit at once, keeps only the newest while busy, and answers a repeat from the cache", async () => {
    client.runPreview(1, { dose: 1 });
    client.runPreview(2, { dose: 2 });
    client.runPreview(3, { dose: 3 });
    expect(worker.posted.map((r) => r.seq)).toEqual([1]);
    worker.reply(result(1, 1));
    expect(worker.posted.map((r) => r.seq)).toEqual([1, 3]);
    worker.reply(result(3, 3));
    client.runPreview(4, { dose: 1 });
    await tick();
    expect(worker.posted).toHaveLength(2); // no run
    expect(results.at(-1)).toMatchObject({ seq: 4, cached: true, finals: { dose: 1 } });
  });

  it("computes neighbours only when idle, never ahead of a waiting edit", () => {
    client.runPreview(1, { dose: 1 });
    client.speculate([{ scenario: { dose: 2 } }, { scenario: { dose: 0 } }]);
    expect(worker.posted).toHaveLength(1);
    client.runPreview(2, { dose: 5 }); // waits; the speculation list is dropped by a newer edit
    client.speculate([{ scenario: { dose: 6 } }]); // as the store does right after an edit
    worker.reply(result(1, 1));
    expect(last().seq).toBe(2);
    worker.reply(result(2, 5));
    expect(last()).toMatchObject({ seq: -2, scenario: { dose: 6 } });
    client.speculate([{ scenario: { dose: 6 } }, { scenario: { dose: 4 } }]); // 6 is in flight: only 4 queues
    worker.reply(result(-2, 6));
    expect(last()).toMatchObject({ seq: -2, scenario: { dose: 4 } });
    expect(results.map((r) => r.seq)).toEqual([1, 2]); // speculations are not shown
  });

  it("lets an edit take over the speculation in flight, and a later edit still runs", () => {
    client.runPreview(1, { dose: 1 });
    worker.reply(result(1, 1));
    client.speculate([{ scenario: { dose: 2 } }]);
    client.runPreview(2, { dose: 2 }); // the speculation in flight is this request
    client.runPreview(3, { dose: 3 }); // newer: waits
    worker.reply(result(-2, 2));
    expect(results.at(-1)).toMatchObject({ seq: 2, adopted: true, finals: { dose: 2 } });
    expect(last().seq).toBe(3);
  });

  it("reports a failed speculation to the edit that took it over, without dropping a newer one", () => {
    client.runPreview(1, { dose: 1 });
    worker.reply(result(1, 1));
    client.speculate([{ scenario: { dose: 2 } }]);
    client.runPreview(2, { dose: 2 });
    client.speculate([{ scenario: { dose: 3 } }]);
    client.runPreview(3, { dose: 9 });
    worker.reply(failure(-2));
    expect(failures.at(-1)).toMatchObject({ seq: 2, message: "bad" });
    expect(last().seq).toBe(3);
  });

  it("never caches a failure", () => {
    client.runPreview(1, { dose: 1 });
    worker.reply(failure(1));
    client.runPreview(2, { dose: 1 });
    expect(last().seq).toBe(2);
  });

  it("recovers from a worker error during a speculation, saying nothing of it", () => {
    client.runPreview(1, { dose: 1 });
    worker.reply(result(1, 1));
    client.speculate([{ scenario: { dose: 2 } }]);
    worker.onerror!({ message: "boom", preventDefault() {} });
    expect(failures).toHaveLength(0);
    client.runPreview(2, { dose: 5 });
    expect(last().seq).toBe(2);
  });
});
