import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseScenario, ScenarioError, type ScenarioIo } from "../../src/scenario/index.ts";
import type { ResolvedScenario } from "../../src/scenario/types.ts";

/** Folder of the committed example files. */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

/** Real files, resolved the way the CLI resolves them. */
export const fileIo: ScenarioIo = {
  readText: (path) => readFileSync(path, "utf8"),
  resolvePath: (from, rel) => join(dirname(from), rel),
};

/** In-memory files keyed by name; relative paths resolve to the bare name. */
export function memoryIo(files: Readonly<Record<string, string>>): ScenarioIo {
  return {
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`no such file: ${path}`);
      return text;
    },
    resolvePath: (_from, rel) => rel,
  };
}

/** Parses a fixture by name. */
export function parseFixture(name: string): ResolvedScenario {
  const file = join(FIXTURES, name);
  return parseScenario(readFileSync(file, "utf8"), file, fileIo);
}

/** The message lines of the ScenarioError that parsing `text` throws (fails the test if nothing is thrown). */
export function errorLines(text: string, file = "scenario.yaml", io: ScenarioIo = memoryIo({})): string[] {
  try {
    parseScenario(text, file, io);
  } catch (e) {
    if (e instanceof ScenarioError) return e.message.split("\n");
    throw e;
  }
  throw new Error("expected a ScenarioError");
}
