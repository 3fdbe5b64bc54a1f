import { z } from "zod";

/** What is measured on a simulation to compare with the published observation. */
/** Multiplies the measured value, to convert units (ng/mL → nmol/L is 1000 / molar mass). */
const scale = z.number().positive().optional();

export const metricSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("clearance_l_h"),
    drug: z.string().describe("drug id; clearance = amount of base reaching the blood / plasma AUC"),
    scale,
  }),
  z.strictObject({
    kind: z.literal("final"),
    name: z.string().describe("a quantity of the final state, e.g. morphine_auc_ng_h_ml"),
    scale,
  }),
  z.strictObject({
    kind: z.literal("peak"),
    column: z.string(),
    scale,
  }),
  z.strictObject({
    kind: z.literal("time_of_peak_h"),
    column: z.string(),
    scale,
  }),
  z.strictObject({
    kind: z.literal("value_at"),
    column: z.string(),
    time_h: z.number().nonnegative(),
    scale,
  }),
  z.strictObject({
    kind: z.literal("half_life_h"),
    column: z.string(),
    from_h: z.number().nonnegative(),
    to_h: z.number().positive(),
    scale,
  }),
]);

/** One published observation: the scenario that reproduces its design, the number, and how close is close. */
export const targetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string(),
  source: z.string().describe("authors, year, journal, and what in it was read"),
  confidence: z.enum(["direct-abs", "direct-file", "direct-label", "secondary", "derived"]),
  scenario: z.string().describe("scenario file, relative to the target file"),
  metric: metricSchema,
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
