import { z } from "zod";

/** Multiplies the measured value, to convert units (ng/mL → nmol/L is 1000 / molar mass). */
const scale = z.number().positive().optional().describe("multiplies the measured value (unit conversion)");
const column = z.string().describe("an output column, e.g. mam6_brain_nm");
const window = z.number().nonnegative().optional().describe("limits the search to this time window (h)");

/** What is measured on a simulation to compare with the published observation. */
export const metricSchema = z.discriminatedUnion("kind", [
  z
    .strictObject({ kind: z.literal("clearance_l_h"), drug: z.string(), scale })
    .describe("dose of the drug's parent species reaching the blood / its plasma AUC over the run"),
  z
    .strictObject({ kind: z.literal("final"), name: z.string(), scale })
    .describe("a quantity of the final state, e.g. morphine_auc_ng_h_ml (AUC over the whole run)"),
  z
    .strictObject({ kind: z.literal("peak"), column, from_h: window, to_h: window, scale })
    .describe("largest value on the output grid (within [from_h, to_h] when given)"),
  z
    .strictObject({ kind: z.literal("time_of_peak_h"), column, from_h: window, to_h: window, scale })
    .describe("first output time at which the largest value is reached"),
  z
    .strictObject({ kind: z.literal("value_at"), column, time_h: z.number().nonnegative(), scale })
    .describe("the value at an output time"),
  z
    .strictObject({
      kind: z.literal("auc"),
      column,
      from_h: z.number().nonnegative().optional(),
      to_h: z.number().positive().optional(),
      scale,
    })
    .describe("trapezoidal area under the column over [from_h, to_h] (default the whole run)"),
  z.strictObject({ kind: z.literal("minimum"), column, scale }).describe("smallest value on the output grid"),
  z
    .strictObject({ kind: z.literal("time_of_minimum_h"), column, scale })
    .describe("first output time at which the smallest value is reached"),
  z
    .strictObject({ kind: z.literal("value_at_peak"), column, peak_of: column, scale })
    .describe("the value of `column` when `peak_of` peaks (e.g. 6-MAM's share when dopamine peaks)"),
  z
    .strictObject({ kind: z.literal("hours_below"), column, threshold: z.number(), scale })
    .describe("time the column spends below the threshold (crossings interpolated between output times)"),
  z
    .strictObject({ kind: z.literal("event_time_h"), event: z.string(), scale })
    .describe("time of the first event of this type (e.g. cardiac_arrest); NaN when none happened"),
  z
    .strictObject({ kind: z.literal("event_count"), event: z.string(), scale })
    .describe("how many events of this type happened (0 = it did not)"),
  z
    .strictObject({
      kind: z.literal("fentanyl_c50_ng_ml"),
      paco2_mmhg: z.number().positive().optional().describe("isohypercapnic clamp (default 52.5 mmHg)"),
      scale,
    })
    .describe(
      "fentanyl's effect-site concentration that halves isohypercapnic ventilation for the scenario's subject",
    ),
  z
    .strictObject({
      kind: z.literal("isohypercapnic_nadir_frac"),
      paco2_mmhg: z.number().positive().optional().describe("isohypercapnic clamp (default 52.5 mmHg)"),
      scale,
    })
    .describe(
      "lowest ventilation at a fixed PaCO2 the run's receptor activation would allow, as a fraction of the drug-free value (Dahan 2005's measure)",
    ),
  z
    .strictObject({
      kind: z.literal("withdrawal"),
      field: z.enum(["onset_h", "onset_after_last_agonist_h", "peak", "peak_time_h", "resolution_h"]),
      since_h: z.number().nonnegative().default(0),
      scale,
    })
    .describe(
      "withdrawal from the COWS (onset = first COWS ≥ 5, resolution = last fall below 5); times minus since_h",
    ),
  z
    .strictObject({
      kind: z.literal("half_life_h"),
      column,
      from_h: z.number().nonnegative(),
      to_h: z.number().positive(),
      scale,
    })
    .describe(
      "ln 2 / −(least-squares slope of ln value over [from_h, to_h]), as non-compartmental analysis does",
    ),
]);

/** One published observation: the scenario that reproduces its design, the number, and how close is close. */
export const targetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string(),
  source: z.string().describe("authors, year, journal, and what in it was read"),
  confidence: z.enum(["direct-abs", "direct-file", "direct-label", "secondary", "derived"]),
  scenario: z.string().describe("scenario file, relative to the target file"),
  metric: metricSchema,
  relative_to: z
    .strictObject({
      scenario: z.string().describe("reference scenario, relative to the target file"),
      metric: metricSchema.optional().describe("default: the same metric"),
      dose_normalised: z
        .boolean()
        .optional()
        .describe("divide each side by its total dose of base in mg (bioavailability from unequal doses)"),
    })
    .optional()
    .describe(
      "report metric(scenario) / metric(reference scenario): bioavailability, potency and AUC ratios",
    ),
  observed: z.number(),
  unit: z.string(),
  tolerance: z.strictObject({
    low: z.number(),
    high: z.number(),
    basis: z.string().describe("why this range: a 95% CI, the study's SD, a range of studies…"),
  }),
  known_gap: z
    .string()
    .optional()
    .describe("set, with the reason, when the model is known not to reproduce this yet"),
  note: z.string().optional(),
});

export type ValidationTarget = z.infer<typeof targetSchema>;
export type Metric = z.infer<typeof metricSchema>;

/** The verdict on one target. */
export interface TargetResult {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly passed: boolean;
  readonly knownGap: boolean;
  readonly observed: number;
  readonly simulated: number;
  readonly unit: string;
  readonly tolerance: { readonly low: number; readonly high: number; readonly basis: string };
  readonly note: string;
}
