import { Command, Option } from "commander";
import { ScenarioError, scenarioJsonSchema } from "../scenario/index.ts";
import { ModelInputError } from "../simulate.ts";
import { ENGINE_VERSION } from "../version.ts";
import { drugsJson, formatDrugs } from "./drugs.ts";
import { formatRunSummary, runCommand } from "./run.ts";
import { formatTable, loadTargets, runTarget } from "./validate.ts";

/** Exit codes of the contract. */
export const EXIT = { ok: 0, runtime: 1, badScenario: 2 } as const;

/** Builds the `accumbens` command; `main` runs it. Exported so tests can drive it in-process. */
export function buildProgram(): Command {
  // exitOverride before the subcommands are added, so they inherit it (usage errors exit 2, not 1).
  const program = new Command("accumbens")
    .description("Mechanistic simulator of heroin and opioid pharmacology (educational and research use).")
    .version(ENGINE_VERSION)
    .exitOverride()
    .showHelpAfterError();

  program
    .command("run")
    .description("simulate one scenario; write timeseries.csv, summary.json and figure.svg")
    .argument("<file>", "scenario file (YAML or JSON)")
    .option("--out <dir>", "output folder (default out/<scenario name>)")
    .option("--png", "also write figure.png")
    .option("--json", "print summary.json to stdout instead of the human summary")
    .action(async (file: string, opts: { out?: string; png?: boolean; json?: boolean }) => {
      const outcome = await runCommand(file, opts);
      process.stdout.write(
        opts.json ? `${JSON.stringify(outcome.summary, null, 2)}\n` : `${formatRunSummary(outcome)}\n`,
      );
    });

  program
    .command("validate")
    .description("run every published observation in validation/ against the model")
    .option("--json", "print an array of {id, source, passed, observed, simulated, tolerance, note}")
    .option("--only <id>", "run only this target")
    .action((opts: { json?: boolean; only?: string }) => {
      let targets = loadTargets();
      if (opts.only) {
        targets = targets.filter((t) => t.target.id === opts.only);
        if (targets.length === 0) throw new UsageError(`no validation target with id "${opts.only}"`);
      }
      const results = targets.map(runTarget);
      if (opts.json) {
        const rows = results.map((r) => ({
          id: r.id,
          source: r.source,
          passed: r.passed,
          known_gap: r.knownGap,
          observed: r.observed,
          simulated: r.simulated,
          unit: r.unit,
          tolerance: r.tolerance,
          note: r.note,
        }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        process.stdout.write(`${formatTable(results)}\n`);
      }
      if (results.some((r) => !r.passed && !r.knownGap)) process.exitCode = EXIT.runtime;
    });

  program
    .command("drugs")
    .description("list drugs, routes and forms with the sources of their parameters")
    .addOption(new Option("--json", "machine-readable output"))
    .action((opts: { json?: boolean }) => {
      process.stdout.write(opts.json ? `${JSON.stringify(drugsJson(), null, 2)}\n` : formatDrugs());
    });

  program
    .command("schema")
    .description("print the JSON Schema of scenario files (for editor completion)")
    .action(() => {
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
  return program;
}

/** A command-line mistake that is not about a scenario file (exit 2). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Runs the CLI; never throws: errors become a message on stderr and the contract's exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (err) {
    return reportError(err);
  }
}

function reportError(err: unknown): number {
  const e = err as { code?: string; exitCode?: number; message?: string };
  if (typeof e.code === "string" && e.code.startsWith("commander.")) {
    // commander has already printed help or the usage error.
    return e.exitCode === 0 ? EXIT.ok : EXIT.badScenario;
  }
  if (err instanceof ScenarioError || err instanceof ModelInputError || err instanceof UsageError) {
    process.stderr.write(`error: ${(err as Error).message}\n`);
    return EXIT.badScenario;
  }
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  return EXIT.runtime;
}
