import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseScenario, ScenarioError } from "../scenario/index.ts";
import type { ResolvedScenario } from "../scenario/types.ts";

/** File access for the scenario parser: relative paths (doses_csv) resolve against the scenario's folder. */
export const nodeScenarioIo = {
  readText: (path: string) => readFileSync(path, "utf8"),
  resolvePath: (fromFile: string, rel: string) => resolve(dirname(fromFile), rel),
};

/** Reads and resolves a scenario file; an unreadable file is a located ScenarioError too. */
export function loadScenarioFile(path: string): ResolvedScenario {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(err);
    throw new ScenarioError([
      {
        file: path,
        line: 0,
        col: 0,
        path: "",
        value: undefined,
        message: `cannot read scenario: ${reason}`,
        accepted: "a readable YAML or JSON scenario file",
      },
    ]);
  }
  return parseScenario(text, path, nodeScenarioIo);
}
