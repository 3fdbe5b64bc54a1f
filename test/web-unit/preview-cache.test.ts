import { describe, expect, it } from "vitest";
import { PreviewCache } from "../../web/src/worker/preview-cache.ts";
import type { RunResult } from "../../web/src/worker/protocol.ts";

const result = (seq: number): RunResult => ({
  type: "result",
  seq,
  tier: "preview",
  time_h: new Float64Array(0),
  columns: [],
  partial: true,
  events: [],
  finals: {},
  wall_ms: 1,
  worker_ms: 1,
  started_epoch_ms: 0,
  finished_epoch_ms: 1,
  steps: 1,
});

describe("PreviewCache", () => {
  it("keys a request by its scenario and its columns", () => {
    const a = PreviewCache.key({ dose: 1 }, ["x"]);
    expect(PreviewCache.key({ dose: 1 }, ["x"])).toBe(a);
    expect(PreviewCache.key({ dose: 2 }, ["x"])).not.toBe(a);
    expect(PreviewCache.key({ dose: 1 }, ["x", "y"])).not.toBe(a);
    expect(PreviewCache.key({ dose: 1 }, undefined)).not.toBe(a);
  });

  it("drops the least recently used entry beyond its capacity", () => {
    const cache = new PreviewCache(2);
    cache.put("a", result(1));
    cache.put("b", result(2));
    expect(cache.get("a")?.seq).toBe(1); // a is now the most recent
    cache.put("c", result(3));
    expect(cache.has("b")).toBe(false);
    expect(cache.has("a")).toBe(true);
    expect(cache.get("c")?.seq).toBe(3);
  });
});
