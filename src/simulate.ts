import { buildModel } from "./model/assemble.ts";
import type { ModelCache } from "./model/model-cache.ts";
import type { CompiledModel } from "./model/types.ts";
import { BREATHING_SIGNALS } from "./scenario/signals.ts";
import type { ResolvedScenario, TriggeredDose } from "./scenario/types.ts";
import { createSolver } from "./solver/create.ts";
import { type EventRecord, runSchedule } from "./solver/driver.ts";
import type { ScheduledEvent, StateTrigger } from "./solver/schedule.ts";
import type { SolverStats } from "./solver/types.ts";

/** One output column over the output grid. */
export interface SeriesColumn {
  readonly name: string;
  readonly unit: string;
  readonly label: string;
  readonly values: Float64Array;
}

/** One administration the run made: a scheduled dose, or one a `when:` condition gave. */
export interface GivenDose {
  readonly drug: string;
  /** Where in the scenario it was written (e.g. `doses[1]`). */
  readonly source: string;
  /** When it was given (h); a route's lag before delivery is not included. */
  readonly time_h: number;
}

/** Everything one simulation produced. Arrays are typed, columns share the `time_h` grid. */
export interface SimulationResult {
  readonly scenario: ResolvedScenario;
  readonly time_h: Float64Array;
  readonly columns: readonly SeriesColumn[];
  /** Quantities of the final state, e.g. `morphine_auc_ng_h_ml`. */
  readonly finals: Readonly<Record<string, number>>;
  readonly events: readonly EventRecord[];
  /** Every administration, scheduled first, then those given by conditions as they fired. */
  readonly given: readonly GivenDose[];
  readonly stats: Readonly<SolverStats> & { readonly segments: number };
  readonly wall_ms: number;
}

/** A scenario the model cannot run as written (exit code 2 at the command line). */
export class ModelInputError extends Error {
  override readonly name = "ModelInputError";
  /**
   * @param path where in the scenario the problem is (e.g. `["doses", 1, "when", "output"]`), so the
   *   command line can name the file's line and column
   * @param accepted what would be accepted there
   */
  constructor(
    message: string,
    readonly path: readonly PropertyKey[] = [],
    readonly value: unknown = undefined,
    readonly accepted = "",
  ) {
    super(message);
  }
}

/** `doses[1]` or `arms[0].doses[2]` (a dose's `source`) as a path; a table row (`x.csv:4`) gives []. */
function sourcePath(source: string): PropertyKey[] {
  if (!/^[a-z_]+\[\d+\](\.[a-z_]+\[\d+\])*$/.test(source)) return [];
  return source.split(".").flatMap((part) => {
    const [, key, index] = /^([a-z_]+)\[(\d+)\]$/.exec(part)!;
    return [key!, Number(index)];
  });
}

/** A simulation that failed at run time (exit code 1): solver failure or a non-finite output. */
export class SimulationError extends Error {
  override readonly name = "SimulationError";
}

/** Options for {@link simulate}. */
export interface SimulateOptions {
  /** Called with the simulated time reached, in hours. */
  readonly onProgress?: (t_h: number) => void;
  /**
   * Output columns to compute, by name; the rest are not computed and are left out of the result. The
   * result keeps the model's column order, and names the model does not produce are ignored (a preview
   * without breathing may ask for breathing columns). Omitted: every column. The solution, events,
   * finals and state triggers do not depend on it.
   *
   * @example
   * simulate(scenario, { columns: ["dopamine_nacc_rel", "no_such_column"] }).columns.map((c) => c.name);
   * // ["dopamine_nacc_rel"]
   * simulate(scenario, { columns: [] }).columns; // [] (time_h, events and finals are still there)
   */
  readonly columns?: readonly string[];
  /**
   * Where to keep the compiled model for the next run of the same model inputs (one caller, one cache:
   * runs that share it must not overlap). Results are the same with or without it.
   */
  readonly models?: ModelCache;
}

/**
 * Runs a resolved scenario and returns its time series on the output grid.
 *
 * @example
 * const result = simulate(parseScenario(text, "first.yaml", io));
 * result.columns.find((c) => c.name === "morphine_plasma_ng_ml")?.values;
 */
export function simulate(scenario: ResolvedScenario, options: SimulateOptions = {}): SimulationResult {
  const started = performance.now();
  const doses = [...scenario.doses, ...scenario.triggered];
  const model = options.models
    ? options.models.get(doses, scenario.subject, scenario.model)
    : buildModel(doses, scenario.subject, scenario.model);
  const time_h = outputGrid(scenario.duration_h, scenario.output_step_h);
  const wanted = options.columns ? new Set(options.columns) : undefined;
  const outputs = wanted ? model.columns.filter((c) => wanted.has(c.name)) : model.columns;
  checkOutputSize(time_h.length, outputs.length, scenario.output_step_h);
  const columns = outputs.map((c) => ({ ...c, values: new Float64Array(time_h.length) }));
  const events: ScheduledEvent[] = scenario.doses.flatMap((d) => model.doseEvents(d, d.time_h));
  const given: GivenDose[] = scenario.doses.map(({ drug, source, time_h }) => ({ drug, source, time_h }));
  const give = (dose: TriggeredDose, time_h: number) => {
    if (time_h <= scenario.duration_h) given.push({ drug: dose.drug, source: dose.source, time_h });
  };
  const triggers = [...(model.triggers ?? []), ...scenario.triggered.map((d) => makeTrigger(model, d, give))];
  const { method, rtol, atol, max_steps } = scenario.solver;
  const base = createSolver(method, model.system.n, {
    rtol,
    atol,
    maxSteps: max_steps,
    // rtol applies to each state's largest value so far: a dose's tail far below its peak (a thousandth of
    // the occupancy it reached) is held to rtol of that peak, not chased to rtol of itself between doses.
    peak: new Float64Array(model.system.n),
    ...(model.maxStep_h ? { hMax: model.maxStep_h } : {}),
  });
  const solver = model.prepareSolver ? model.prepareSolver(base) : base;
  const run = runSchedule({
    system: model.system,
    y0: model.y0,
    t0: 0,
    tEnd: scenario.duration_h,
    events,
    triggers,
    outputTimes: time_h,
    solver,
    record: (row, t, y) => {
      for (let c = 0; c < columns.length; c++) columns[c]!.values[row] = outputs[c]!.compute(t, y);
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const finals: Record<string, number> = {};
  for (const f of model.finals) finals[f.name] = f.compute(scenario.duration_h, run.y);
  assertFinite(columns, finals);
  return {
    scenario,
    time_h,
    columns,
    finals,
    events: run.log,
    given,
    stats: { ...run.stats, segments: run.segments },
    wall_ms: performance.now() - started,
  };
}

/**
 * Most output cells (rows × columns) a run may produce: 2·10⁷ numbers are ~160 MB as Float64Arrays and
 * ~400 MB as CSV text, near what one JavaScript string can hold.
 */
export const MAX_OUTPUT_CELLS = 20_000_000;

/** A located scenario error when the output would be too large to hold or write. */
export function checkOutputSize(rows: number, columns: number, step_h: number): void {
  if (rows * columns <= MAX_OUTPUT_CELLS) return;
  const minStep_min = (step_h * 60 * rows * columns) / MAX_OUTPUT_CELLS;
  throw new ModelInputError(
    `${rows} output rows × ${columns} columns is more than ${MAX_OUTPUT_CELLS} values`,
    ["output_step_min"],
    undefined,
    `expected output_step_min ≥ ${Number(minStep_min.toPrecision(3))} for this scenario`,
  );
}

/** 0, step, 2·step, … up to duration, plus duration itself when it is not on the grid. */
export function outputGrid(duration_h: number, step_h: number): Float64Array {
  const k = Math.floor(duration_h / step_h + 1e-9);
  const onGrid = Math.abs(k * step_h - duration_h) <= 1e-9 * Math.max(1, duration_h);
  const grid = new Float64Array(k + (onGrid ? 1 : 2));
  for (let i = 0; i <= k; i++) grid[i] = i * step_h;
  grid[grid.length - 1] = duration_h;
  return grid;
}

function makeTrigger(
  model: CompiledModel,
  dose: TriggeredDose,
  give: (dose: TriggeredDose, time_h: number) => void,
): StateTrigger {
  const { when } = dose;
  const column = model.columns.find((c) => c.name === when.signal);
  if (!column) {
    const breathingOff = BREATHING_SIGNALS.includes(when.signal);
    const available = breathingOff
      ? "set model.breathing: true or auto"
      : `available: ${model.columns.map((c) => c.name).join(", ")}`;
    const key = when.fractionOfBaseline ? "ventilation_below_fraction_of_baseline" : "output";
    throw new ModelInputError(
      breathingOff
        ? `the run has no signal "${when.signal}": breathing is off (model.breathing: false)`
        : `the model has no signal "${when.signal}" yet`,
      [...sourcePath(dose.source), "when", key],
      when.signal,
      available,
    );
  }
  const baseline = column.compute(0, model.y0);
  const threshold = when.fractionOfBaseline ? when.threshold * baseline : when.threshold;
  const sign = when.direction === "below" ? 1 : -1;
  return {
    label: `${dose.source}: ${when.signal} ${when.direction} ${threshold}`,
    g: (t, y) => sign * (column.compute(t, y) - threshold),
    fire: (t) => {
      const out: ScheduledEvent[] = [];
      for (let k = 0; k <= dose.repeat.count; k++) {
        const at = t + dose.delay_h + k * dose.repeat.every_h;
        give(dose, at);
        out.push(...model.doseEvents(dose, at));
      }
      return out;
    },
  };
}

function assertFinite(columns: readonly SeriesColumn[], finals: Record<string, number>): void {
  for (const c of columns) {
    // A plain loop: findIndex on a Float64Array boxes every value it passes to its callback.
    const v = c.values;
    for (let i = 0; i < v.length; i++) {
      if (!Number.isFinite(v[i]!)) throw new SimulationError(`output ${c.name} became ${v[i]} at row ${i}`);
    }
  }
  for (const [k, v] of Object.entries(finals)) {
    if (!Number.isFinite(v)) throw new SimulationError(`final ${k} is ${v}`);
  }
}
