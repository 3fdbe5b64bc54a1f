import type { RouteId } from "../pharmacology/types.ts";

/**
 * A scenario after validation and normalisation at the edge: every time in hours, repeats expanded,
 * defaults filled, forms resolved. The engine only ever sees this shape, so inner code never checks for
 * missing options or converts units.
 */
export interface ResolvedScenario {
  readonly name: string;
  readonly description: string;
  readonly duration_h: number;
  readonly output_step_h: number;
  readonly subject: ResolvedSubject;
  /** Fixed-time doses, repeats expanded, sorted by time (stable: file order breaks ties). */
  readonly doses: readonly ResolvedDose[];
  /** Doses given when a condition on the model state first holds. */
  readonly triggered: readonly TriggeredDose[];
  /**
   * Arms of a comparison (empty for a single run). Each arm's doses already include the shared ones;
   * {@link armScenario} turns an arm into a single-run scenario.
   */
  readonly arms?: readonly ResolvedArm[];
  readonly model: ModelOptions;
  readonly solver: ResolvedSolver;
}

/** Which parts of the model run (scenario key `model`, resolved). */
export interface ModelOptions {
  /** Simulate breathing, blood gases and circulation. */
  readonly breathing: boolean;
  /** Accumbens dopamine calibration. */
  readonly dopamine: "measured" | "popular";
}

/** One arm: the same person, with the shared doses plus the arm's own. */
export interface ResolvedArm {
  readonly name: string;
  readonly description: string;
  readonly doses: readonly ResolvedDose[];
  readonly triggered: readonly TriggeredDose[];
  /** The arm's subject when it overrides the scenario's (history, tolerance, days abstinent). */
  readonly subject?: ResolvedSubject;
}

export interface ResolvedSubject {
  readonly weight_kg: number;
  /** Given, or the default adult height for the sex. */
  readonly height_cm: number;
  readonly sex: "male" | "female";
  readonly opioid_history: "naive" | "chronic";
  /** Respiratory tolerance as a fold shift of fentanyl's C50; absent: 1 when naive, 4.3 when chronic. */
  readonly tolerance_fold?: number;
  /** Days without opioids after the chronic pattern (chronic only; absent: 0). */
  readonly days_abstinent?: number;
}

/** What is given, independent of when. */
export interface DoseSpec {
  readonly drug: string;
  readonly route: RouteId;
  /** Form id of the drug ("hcl", "base", "sulfate"…), the drug's default when the file left it out. */
  readonly form: string;
  /** Amount of the named form per administration. */
  readonly amount_mg: number;
  /** Zero-order input duration; 0 for a bolus (and for every non-infusion route). */
  readonly duration_h: number;
  /** Position of the originating entry in the file's `doses` list (or CSV row), for messages. */
  readonly source: string;
}

export interface ResolvedDose extends DoseSpec {
  readonly time_h: number;
}

/**
 * A condition on a named model signal. `fractionOfBaseline` means the threshold is `threshold × the
 * signal's value at t = 0`.
 */
export interface DoseCondition {
  readonly signal: string;
  readonly direction: "below" | "above";
  readonly threshold: number;
  readonly fractionOfBaseline: boolean;
}

export interface TriggeredDose extends DoseSpec {
  readonly when: DoseCondition;
  /** Time from the condition first holding to the first administration. */
  readonly delay_h: number;
  /** Further administrations after the first: `count` more, `every_h` apart. */
  readonly repeat: { readonly every_h: number; readonly count: number };
}

/** `auto`: DOPRI5 handing over to Rodas4 within a segment when the problem turns stiff (src/solver/auto.ts). */
export type SolverMethod = "rodas4" | "rodas5p" | "ros34pw2" | "dopri5" | "auto";

export interface ResolvedSolver {
  readonly method: SolverMethod;
  readonly rtol: number;
  readonly atol: number;
  readonly max_steps: number;
}
