import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as engine from "../src/index.ts";

const SRC = resolve(import.meta.dirname, "../src");
/** Folders that form the pure engine (the CLI and the Node-only figure code are outside it). */
const ENGINE_DIRS = ["solver", "pharmacology", "model", "scenario", "validation"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("public API", () => {
  it("exports the engine from one entry point", () => {
    for (const name of [
      "simulate",
      "parseScenario",
      "runSchedule",
      "rodas4",
      "dopri5",
      "closedFormPk",
      "DRUGS",
    ]) {
      expect(engine).toHaveProperty(name);
    }
  });

  it("keeps the engine isomorphic: no node:, DOM or plotting imports", () => {
    const offenders = [
      ...ENGINE_DIRS.flatMap((d) => files(join(SRC, d))),
      join(SRC, "simulate.ts"),
      join(SRC, "index.ts"),
    ]
      .filter((f) => /from "(node:|jsdom|@observablehq|@resvg)/.test(readFileSync(f, "utf8")))
      .map((f) => f.slice(SRC.length + 1));
    expect(offenders).toEqual([]);
  });
});
