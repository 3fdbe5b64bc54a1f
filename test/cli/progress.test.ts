import { afterEach, describe, expect, it, vi } from "vitest";
import { makeProgress } from "../../src/cli/progress.ts";

describe("progress on stderr", () => {
  afterEach(() => vi.restoreAllMocks());

  it("stays silent for runs shorter than the quiet period", () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const p = makeProgress("short", 10);
    p.update(5);
    p.update(10);
    p.stop();
    expect(write).not.toHaveBeenCalled();
  });

  it("prints plain lines (not a bar) when stderr is not a terminal", () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const tty = process.stderr.isTTY;
    Object.defineProperty(process.stderr, "isTTY", { value: false, configurable: true });
    try {
      const p = makeProgress("long", 100, 0, 0);
      p.update(25);
      p.stop();
    } finally {
      Object.defineProperty(process.stderr, "isTTY", { value: tty, configurable: true });
    }
    expect(write).toHaveBeenCalledWith("long: 25% (25.0 of 100 h)\n");
  });
});
