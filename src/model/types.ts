import type { DoseSpec } from "../scenario/types.ts";
import type { ScheduledEvent, StateTrigger } from "../solver/schedule.ts";
import type { OdeSolver, OdeSystem } from "../solver/types.ts";

/** One output column: `name` follows the contract (`<quantity>_<unit>`). */
export interface OutputColumn {
  readonly name: string;
  /** Unit for axis labels, e.g. "ng/mL". */
  readonly unit: string;
  /** Plain-language label for figures and the Explorer. */
  readonly label: string;
  /** Computes the value from the state (t in hours). Must be finite for a finite state. */
  readonly compute: (t: number, y: Float64Array) => number;
}

/**
 * A model assembled for one scenario: the ODE system, its initial state, what it reports, and how a dose
 * enters it. Everything here is built before integration; a model without breathing may serve further runs
 * with the same model inputs (ModelCache), so what it keeps between runs is scratch and keyed caches only.
 */
export interface CompiledModel {
  readonly system: OdeSystem;
  readonly y0: Float64Array;
  readonly columns: readonly OutputColumn[];
  /** Translates one administration at `time_h` into driver events (bioavailability, lag, salt applied). */
  doseEvents(dose: DoseSpec, time_h: number): ScheduledEvent[];
  /** Summary quantities computed from the final state (e.g. AUC of each plasma concentration). */
  readonly finals: readonly OutputColumn[];
  /**
   * Largest step the solver may ever take (h): the shortest delay at the highest cardiac output, so delayed
   * states stay inside accepted history; `system.maxStep` gives the tighter cap of the current state.
   */
  readonly maxStep_h?: number;
  /**
   * Wraps the run's solver, once per run, before integration starts (the breathing model records
   * accepted steps for its transport delays).
   */
  prepareSolver?(solver: OdeSolver): OdeSolver;
  /** The model's own state triggers (circulatory collapse, cardiac arrest), run with the scenario's. */
  readonly triggers?: readonly StateTrigger[];
  /**
   * Counters of the last run that should stay 0 (delayed reads outside accepted history), for tests and
   * provenance.
   */
  diagnostics?(): Readonly<Record<string, number>>;
}
