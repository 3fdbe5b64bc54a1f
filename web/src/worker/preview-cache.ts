import type { RunResult } from "./protocol.ts";

/**
 * The most recent preview results by request (the scenario and the columns asked for), oldest dropped
 * first. The engine is deterministic, so a request seen before has exactly this answer; a keyboard step onto
 * a neighbour computed ahead (see SimClient.speculate) is answered without a run.
 *
 * @example
 * const cache = new PreviewCache(2);
 * const key = PreviewCache.key({ name: "x" }, ["cows_total"]);
 * cache.put(key, result);
 * cache.get(key) === result; // true
 */
export class PreviewCache {
  private readonly entries = new Map<string, RunResult>();

  constructor(private readonly capacity: number) {}

  /** The key of a request: its scenario object and its column list, as JSON. */
  static key(scenario: unknown, columns: readonly string[] | undefined): string {
    return JSON.stringify([scenario, columns ?? null]);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The stored result, now the most recently used. */
  get(key: string): RunResult | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  put(key: string, result: RunResult): void {
    this.entries.delete(key);
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
