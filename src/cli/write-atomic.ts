import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes a set of files into `dir` whole or not at all: every file is first written under a temporary
 * name in the same directory, then all are renamed into place. A failure before the renames removes the
 * temporaries, so a reader never sees a half-written output set. `staleNames` that this set does not
 * contain are removed afterwards, so the folder never mixes two runs.
 */
export function writeFilesAtomically(
  dir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  staleNames: readonly string[] = [],
): void {
  mkdirSync(dir, { recursive: true });
  const tag = `.tmp-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  try {
    for (const [name, content] of files) {
      const tmp = join(dir, name + tag);
      writeFileSync(tmp, content);
      written.push(tmp);
    }
  } catch (err) {
    for (const tmp of written) rmSync(tmp, { force: true });
    throw err;
  }
  for (const [name] of files) renameSync(join(dir, name + tag), join(dir, name));
  // Outputs of an earlier run that this run does not produce (figure.png without --png) would mislead.
  for (const name of staleNames) if (!files.has(name)) rmSync(join(dir, name), { force: true });
}
