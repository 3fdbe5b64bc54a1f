import { z } from "zod";
import { ROUTES } from "../pharmacology/types.ts";
import {
  checkDose,
  checkRepeat,
  checkScenarioFields,
  checkWhen,
  MAX_DURATION_H,
  WHEN_OBJECT,
} from "./schema-rules.ts";

/*
 * The scenario file as users write it (see shared/contract.md). Only structure and cross-field rules live
 * here; whether a drug, route or form exists is checked against the catalog in `catalog-check.ts`, so
 * adding a drug never touches the schema. Every object is strict: a misspelt key is an error.
 */

/** Largest amount accepted in one administration, mg (a guard against unit slips, not a pharmacological limit). */
export const MAX_AMOUNT_MG = 100_000;
/** Largest `repeat.count` (and NONMEM ADDL): keeps expansion bounded. */
export const MAX_REPEATS = 100_000;

const hours = (what: string) => z.number().min(0).describe(`${what}, hours.`);
const minutes = (what: string) => z.number().min(0).describe(`${what}, minutes.`);

const repeatSchema = z
  .strictObject({
    every_h: z.number().gt(0).optional().describe("Interval between administrations, hours."),
    every_min: z.number().gt(0).optional().describe("Interval between administrations, minutes."),
    count: z.number().int().min(1).max(MAX_REPEATS).describe("Further administrations after the first."),
  })
  .superRefine(checkRepeat, WHEN_OBJECT)
  .describe("Give the dose again: `count` more times, `every_h` (or `every_min`) apart.");

const whenSchema = z
  .strictObject({
    ventilation_below_fraction_of_baseline: z
      .number()
      .gt(0)
      .lt(1)
      .optional()
      .describe("Trigger when minute ventilation falls below this fraction of its value at the start."),
    output: z
      .string()
      .regex(/^[a-z0-9_]+$/)
      .optional()
      .describe("Name of a timeseries.csv column to watch, e.g. sao2_pct."),
    below: z
      .number()
      .optional()
      .describe("Trigger when `output` falls below this value (its column's unit)."),
    above: z
      .number()
      .optional()
      .describe("Trigger when `output` rises above this value (its column's unit)."),
    delay_s: z
      .number()
      .min(0)
      .optional()
      .describe("Time from the condition first holding to the dose, seconds."),
    delay_min: z
      .number()
      .min(0)
      .optional()
      .describe("Time from the condition first holding to the dose, minutes."),
  })
  .superRefine(checkWhen, WHEN_OBJECT)
  .describe("Give the dose when a condition on the simulated state first holds, instead of at a fixed time.");

const doseSchema = z
  .strictObject({
    drug: z.string().min(1).describe("Drug id, as listed by `accumbens drugs` (e.g. morphine)."),
    route: z.enum(ROUTES).describe("Route of administration; each drug supports a subset."),
    form: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Salt or base form the amount refers to (e.g. sulfate, base); default: the drug's default form.",
      ),
    amount_mg: z
      .number()
      .gt(0)
      .max(MAX_AMOUNT_MG)
      .describe("Amount of the named form per administration, mg."),
    at_h: hours("Time of the dose after the start").optional(),
    at_min: minutes("Time of the dose after the start").optional(),
    duration_h: hours("Length of the zero-order input (route iv_infusion only)").optional(),
    duration_min: minutes("Length of the zero-order input (route iv_infusion only)").optional(),
    repeat: repeatSchema.optional(),
    when: whenSchema.optional(),
  })
  .superRefine(checkDose, WHEN_OBJECT)
  .describe("One administration (or a repeated series). Give at_h or at_min, or `when`.");

const subjectSchema = z
  .strictObject({
    weight_kg: z.number().min(20).max(300).default(70).describe("Body weight, kg."),
    height_cm: z
      .number()
      .min(100)
      .max(230)
      .optional()
      .describe(
        "Height, cm (default: the adult mean for the sex, 175.4 or 161.7). With weight and sex it sets fat-free mass.",
      ),
    sex: z.enum(["male", "female"]).default("male").describe("Sex."),
    opioid_history: z
      .enum(["naive", "chronic"])
      .default("naive")
      .describe("Initial tolerance and dependence state."),
    tolerance_fold: z
      .number()
      .min(1)
      .max(100)
      .optional()
      .describe(
        "Respiratory tolerance at the start: how many times more fentanyl it takes to halve this person's ventilation than an opioid-naive person's (default 1 when naive, 4.3 when chronic: Algera 2020). It rescales breathing tolerance only; the other endpoints follow opioid_history.",
      ),
    days_abstinent: z
      .number()
      .min(0)
      .max(3650)
      .optional()
      .describe(
        "Days without opioids since the chronic pattern of use stopped (with opioid_history: chronic): tolerance and dependence decay at their own rates, so the old dose becomes dangerous.",
      ),
  })
  .prefault({})
  .describe("The simulated person.");

/**
 * Default relative tolerance (dimensionless, applied to each state's running peak), and the looser one for
 * runs longer than {@link LONG_RUN_MIN_H} hours. 5e-4 was measured, not assumed: on 10 days of 4 × 25 mg IV
 * heroin a day every level output stays within 0.3 % of its peak of an rtol 1e-9 reference, and the rate of
 * dopamine rise (a difference of two states) within 1.7 % (README, "Solvers"; test/scenario/default-rtol.test.ts).
 */
export const DEFAULT_RTOL = 1e-6;
export const LONG_RUN_RTOL = 5e-4;
export const LONG_RUN_MIN_H = 48;

const solverSchema = z
  .strictObject({
    method: z
      .enum(["auto", "rodas", "rodas4", "rodas5p", "ros34pw2", "dopri5"])
      .default("auto")
      .describe(
        "Integrator; rodas means rodas4. dopri5 is explicit (non-stiff problems only). auto: with breathing (steps capped at the shortest transport delay, a few seconds, where an explicit method is cheapest) dopri5 that hands over to rodas4 when a segment turns stiff; without breathing rodas4.",
      ),
    rtol: z
      .number()
      .min(1e-12)
      .max(1e-1)
      .optional()
      .describe(
        `Relative tolerance, applied to each state's largest value so far. Default ${DEFAULT_RTOL.toExponential()}, or ${LONG_RUN_RTOL.toExponential()} for runs longer than ${LONG_RUN_MIN_H} h (fixed schedules stay within 0.3 % of each level output's peak, the rate of dopamine rise within 2 %; a triggered dose may fire a few tens of seconds off; see README).`,
      ),
    atol: z
      .number()
      .gt(0)
      .max(1e-3)
      .default(1e-9)
      .describe("Absolute tolerance, in the states' own units (mg, nM); a looser one lets amounts go wrong."),
    max_steps: z
      .number()
      .int()
      .min(1)
      .default(100_000)
      .describe(
        "Give up when one integration segment (the time between two doses or events) needs more steps.",
      ),
  })
  .prefault({})
  .describe("Numerical integration settings (optional).");

/** Breathing is simulated by default only up to this duration (its steps are capped at about 3.6 s). */
export const AUTO_BREATHING_MAX_H = 48;

const modelSchema = z
  .strictObject({
    breathing: z
      .union([z.boolean(), z.literal("auto")])
      .default("auto")
      .describe(
        `Simulate breathing, blood gases and circulation (the FDA overdose physiology). auto: yes for runs up to ${AUTO_BREATHING_MAX_H} h; it caps solver steps at a few seconds, so long runs are slow.`,
      ),
    dopamine: z
      .enum(["measured", "popular"])
      .default("measured")
      .describe(
        "Accumbens dopamine calibration: measured (rat microdialysis, peaks 1.5–3× baseline) or popular (the 'up to 10×' claim found only on popular pages; for comparison).",
      ),
  })
  .prefault({})
  .describe("Which parts of the model run, and their calibration variants (optional).");

const armSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .describe("Short name of the arm: letters, digits, - and _. Prefixes its output columns."),
    description: z.string().default("").describe("What differs in this arm, for people."),
    doses: z
      .array(doseSchema)
      .default([])
      .describe(
        "This arm's doses, given on top of the shared `doses` (none: a control arm with the shared doses alone).",
      ),
    subject: z
      .strictObject({
        opioid_history: z.enum(["naive", "chronic"]).optional().describe("Overrides the subject's history."),
        tolerance_fold: z
          .number()
          .min(1)
          .max(100)
          .optional()
          .describe("Overrides the subject's tolerance_fold."),
        days_abstinent: z
          .number()
          .min(0)
          .max(3650)
          .optional()
          .describe("Overrides the subject's days_abstinent."),
      })
      .optional()
      .describe(
        "The same person at another point of their history (e.g. days of abstinence before relapse).",
      ),
  })
  .describe("One arm of a comparison: the same person, run again with these doses added.");

/** Zod schema of a scenario file (YAML or JSON), before resolution. */
export const scenarioSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .describe("Short name: letters, digits, - and _. Names the default output folder."),
    description: z.string().default("").describe("What the scenario shows, for people."),
    duration_h: z.number().gt(0).max(MAX_DURATION_H).describe("Simulated time, hours."),
    output_step_min: z.number().gt(0).optional().describe("Output grid step, minutes (default 1)."),
    output_step_h: z
      .number()
      .gt(0)
      .optional()
      .describe("Output grid step, hours (instead of output_step_min)."),
    subject: subjectSchema,
    doses: z
      .array(doseSchema)
      .optional()
      .describe("Doses, in any order (shared by every arm when arms are given)."),
    arms: z
      .array(armSchema)
      .min(2)
      .max(12)
      .optional()
      .describe(
        "Compare the same person under different doses (e.g. one route each); each arm is a separate run.",
      ),
    doses_csv: z
      .string()
      .min(1)
      .optional()
      .describe("NONMEM-style event table (ID,TIME,AMT,CMT,EVID,RATE,II,ADDL), relative to this file."),
    model: modelSchema,
    solver: solverSchema,
  })
  .superRefine(checkScenarioFields, WHEN_OBJECT)
  .meta({
    title: "Accumbens scenario",
    description:
      "One simulated person and what they are given. Times are hours unless the key says otherwise.",
  });

/** A scenario file after schema validation (defaults filled, units not yet converted). */
export type ScenarioInput = z.output<typeof scenarioSchema>;

/** JSON Schema (draft 2020-12) of scenario files, for `accumbens schema` and editor completion. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: "input" }) as Record<string, unknown>;
}
