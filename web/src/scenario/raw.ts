import { parse, stringify } from "yaml";

/**
 * A scenario as the file holds it (before the engine resolves it): what the controls edit, what the URL
 * and the YAML download carry. The engine's parser in the worker is the only judge of validity; this
 * module only reshapes objects.
 */
export interface RawDose {
  drug: string;
  route: string;
  form?: string;
  amount_mg: number;
  at_h?: number;
  at_min?: number;
  duration_h?: number;
  duration_min?: number;
  repeat?: Record<string, number>;
  when?: Record<string, number | string>;
}

export interface RawSubject {
  weight_kg?: number;
  height_cm?: number;
  sex?: "male" | "female";
  opioid_history?: "naive" | "chronic";
  tolerance_fold?: number;
  days_abstinent?: number;
}

export interface RawArm {
  name: string;
  description?: string;
  doses?: RawDose[];
  subject?: Pick<RawSubject, "opioid_history" | "tolerance_fold" | "days_abstinent">;
}

export interface RawScenario {
  name: string;
  description?: string;
  duration_h: number;
  output_step_min?: number;
  output_step_h?: number;
  subject?: RawSubject;
  doses?: RawDose[];
  arms?: RawArm[];
  model?: { breathing?: boolean | "auto"; dopamine?: "measured" | "popular" };
  solver?: { method?: string; rtol?: number; atol?: number; max_steps?: number };
}

/** Reads scenario text into an object; throws an Error with a readable message when it is no mapping. */
export function readRaw(text: string): RawScenario {
  let value: unknown;
  try {
    value = parse(text);
  } catch (err) {
    throw new Error(`not readable as YAML or JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error("a scenario is a mapping with name, duration_h, subject and doses");
  }
  return value as RawScenario;
}

/** The scenario as YAML for the command line (`accumbens run scenario.yaml`). */
export function toYaml(raw: RawScenario): string {
  return stringify(raw, { lineWidth: 0, flowCollectionPadding: true });
}

/** The names of a scenario's arms (empty for a single run). */
export function armNames(raw: RawScenario): string[] {
  return (raw.arms ?? []).map((a) => a.name);
}

/**
 * One arm as a single-run scenario: the shared doses plus the arm's, the arm's subject overrides applied
 * (the engine's `armScenario`, at the level of the file). Controls then edit a plain scenario.
 */
export function flattenArm(raw: RawScenario, armName: string): RawScenario {
  const arm = raw.arms?.find((a) => a.name === armName);
  const { arms: _arms, ...rest } = structuredClone(raw);
  if (!arm) return rest;
  const out: RawScenario = {
    ...rest,
    doses: [...(rest.doses ?? []), ...structuredClone(arm.doses ?? [])],
    subject: { ...(rest.subject ?? {}), ...(arm.subject ?? {}) },
  };
  if (arm.description) out.description = `${rest.description ?? ""} (${arm.description})`.trim();
  return out;
}

/**
 * The scenario as one run: a comparison (`arms`) becomes its first arm (or `armName`), since the Explorer
 * shows one arm at a time.
 */
export function singleRun(raw: RawScenario, armName?: string): RawScenario {
  const arms = armNames(raw);
  if (arms.length === 0) return raw;
  return flattenArm(raw, armName && arms.includes(armName) ? armName : arms[0]!);
}
