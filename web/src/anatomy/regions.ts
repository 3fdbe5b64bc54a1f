/**
 * Which model output colours which region of the brain-and-body picture, over what range, and why. Pure
 * data and small functions: the components only draw what `regionState` returns.
 *
 * Every quantity maps to an intensity t in [0, 1]: 0 at rest, 1 at the far end of its range (a drug's
 * strongest effect or the deepest withdrawal), in whichever direction it moves. Values are the model's
 * output columns (timeseries.csv names, without an arm prefix).
 */

import { NEUTRAL_GREY, viridis } from "./scale.ts";

/** One output column shown on a region. */
export interface QuantitySpec {
  readonly column: string;
  /** What it is, in a few words ("accumbens dopamine"). */
  readonly name: string;
  /** Unit as written after the number ("L/min", "× baseline", "(0–1)" for fractions). */
  readonly unit: string;
  /** The value at rest (t = 0). */
  readonly rest: number;
  /** Value at which t reaches 1 below rest (omit if falling below rest is not shown). */
  readonly low?: number;
  /** Value at which t reaches 1 above rest (omit if rising above rest is not shown). */
  readonly high?: number;
  /** Decimals shown. */
  readonly digits: number;
}

export type RegionGroup = "brain" | "body";

/** A region of the picture and the model outputs behind it. */
export interface RegionSpec {
  readonly id: string;
  readonly label: string;
  /** Its part in the story ("reward", "withdrawal"). */
  readonly role: string;
  readonly group: RegionGroup;
  /** The quantities shown; empty when the model does not simulate this region. */
  readonly quantities: readonly QuantitySpec[];
  /** Why these quantities stand for this region, or why there are none. */
  readonly why: string;
  /** Said when none of the quantities is in the run (e.g. breathing switched off). */
  readonly missing?: string;
}

const NOT_YET =
  "The model does not simulate this region yet; cue-driven craving and memory arrive with a later issue.";
const NO_BREATHING = "not in this run (breathing is simulated in runs up to 48 h, or when switched on)";

const VENTILATION: QuantitySpec = {
  column: "ventilation_l_min",
  name: "breathing (minute ventilation)",
  unit: "L/min",
  rest: 6.8,
  low: 0,
  digits: 1,
};

/** The regions, brain first, in the order the captions list them. */
export const REGIONS: readonly RegionSpec[] = Object.freeze([
  {
    id: "vta",
    label: "Ventral tegmental area (VTA)",
    role: "reward",
    group: "brain",
    quantities: [
      {
        column: "mor_activation",
        name: "mu-opioid receptor activation",
        unit: "(0–1)",
        rest: 0.05,
        high: 1,
        digits: 2,
      },
    ],
    why: "Opioids activate mu receptors on VTA GABA neurons, releasing the dopamine neurons from inhibition; the model has one receptor pool, shown here.",
  },
  {
    id: "nacc",
    label: "Nucleus accumbens",
    role: "reward",
    group: "brain",
    quantities: [
      { column: "dopamine_nacc_rel", name: "dopamine", unit: "× baseline", rest: 1, high: 3, digits: 2 },
    ],
    why: "Accumbens dopamine relative to baseline, calibrated to rat microdialysis (peaks 1.5–3×).",
  },
  {
    id: "vp",
    label: "Ventral pallidum",
    role: "reward, liking",
    group: "brain",
    quantities: [{ column: "euphoria_frac", name: "euphoria", unit: "(0–1)", rest: 0, high: 1, digits: 2 }],
    why: "The model computes euphoria from receptor stimulus, not from pallidal circuits; it is shown here because the pallidum's opioid hotspot is where 'liking' is thought to arise.",
  },
  {
    id: "pfc",
    label: "Orbitofrontal and prefrontal cortex",
    role: "motivation, control",
    group: "brain",
    quantities: [],
    why: NOT_YET,
  },
  { id: "amygdala", label: "Amygdala", role: "memory, cues", group: "brain", quantities: [], why: NOT_YET },
  {
    id: "hippocampus",
    label: "Hippocampus",
    role: "memory, cues",
    group: "brain",
    quantities: [],
    why: NOT_YET,
  },
  {
    id: "lc",
    label: "Locus coeruleus",
    role: "withdrawal",
    group: "brain",
    quantities: [
      {
        column: "lc_activity_rel",
        name: "noradrenergic activity",
        unit: "× rest",
        rest: 1,
        high: 2.5,
        digits: 2,
      },
    ],
    why: "Counter-adaptation in the locus coeruleus, unopposed when the drug wears off, drives the withdrawal signs.",
  },
  {
    id: "prebotc",
    label: "Brainstem breathing centres (pre-Bötzinger complex)",
    role: "breathing",
    group: "brain",
    quantities: [VENTILATION],
    why: "Opioids slow the breathing rhythm generated here; the model shows the ventilation that results.",
    missing: NO_BREATHING,
  },
  {
    id: "pupils",
    label: "Pupils",
    role: "a sign of opioid effect and of withdrawal",
    group: "body",
    quantities: [
      { column: "pupil_mm", name: "pupil diameter", unit: "mm", rest: 4.5, low: 2, high: 6.5, digits: 1 },
    ],
    why: "Pinpoint pupils with the drug, wide pupils in withdrawal; drawn to scale.",
  },
  {
    id: "lungs",
    label: "Lungs",
    role: "breathing",
    group: "body",
    quantities: [
      VENTILATION,
      { column: "paco2_mmhg", name: "arterial CO2", unit: "mmHg", rest: 40, high: 80, digits: 0 },
    ],
    why: "Minute ventilation and the carbon dioxide it fails to clear; bright means breathing most depressed.",
    missing: NO_BREATHING,
  },
  {
    id: "blood",
    label: "Blood oxygen",
    role: "breathing",
    group: "body",
    quantities: [
      { column: "sao2_pct", name: "oxygen saturation", unit: "%", rest: 96, low: 40, digits: 0 },
      { column: "pao2_mmhg", name: "arterial oxygen", unit: "mmHg", rest: 93, low: 15, digits: 0 },
    ],
    why: "Arterial oxygen falls as breathing fails; bright means the least oxygen, the most dangerous state. At 15 mmHg the model starts the countdown to circulatory collapse.",
    missing: NO_BREATHING,
  },
  {
    id: "heart",
    label: "Heart",
    role: "circulation, withdrawal",
    group: "body",
    quantities: [
      { column: "heart_rate_bpm", name: "heart rate", unit: "bpm", rest: 70, high: 110, digits: 0 },
      {
        column: "cardiac_output_l_min",
        name: "cardiac output",
        unit: "L/min",
        rest: 4.9,
        low: 0,
        high: 10,
        digits: 1,
      },
    ],
    why: "Heart rate rises in withdrawal; cardiac output (with breathing on) rises with low oxygen and falls to zero at cardiac arrest.",
  },
  {
    id: "gut",
    label: "Gut",
    role: "nausea, withdrawal",
    group: "body",
    quantities: [
      { column: "nausea_frac", name: "nausea", unit: "(0–1)", rest: 0, high: 1, digits: 2 },
      {
        column: "cows_gi_upset",
        name: "withdrawal gut upset",
        unit: "(COWS item, 0–5)",
        rest: 0,
        high: 5,
        digits: 1,
      },
    ],
    why: "Nausea with the drug, gut upset in withdrawal. Constipation is not modelled.",
  },
] satisfies RegionSpec[]);

/**
 * Intensity of a value: 0 at rest, 1 at `low` or `high` (whichever side it is on), clamped; a side
 * without a limit stays 0. NaN for a non-finite value.
 *
 * @example
 * intensity({ rest: 1, high: 3 }, 2) // 0.5
 * intensity({ rest: 6.8, low: 0 }, 10) // 0 (rising is not shown)
 */
export function intensity(q: Pick<QuantitySpec, "rest" | "low" | "high">, value: number): number {
  if (!Number.isFinite(value)) return Number.NaN;
  const limit = value >= q.rest ? q.high : q.low;
  if (limit === undefined || limit === q.rest) return 0;
  return Math.min(1, Math.max(0, (value - q.rest) / (limit - q.rest)));
}

/** `2.91 × baseline`, `6.8 L/min`, `0.93 (0–1)`: the value with its unit. */
export function formatReading(q: QuantitySpec, value: number): string {
  return q.unit === "" ? value.toFixed(q.digits) : `${value.toFixed(q.digits)} ${q.unit}`;
}

/** What dark and bright mean for one quantity, for the caption list. */
export function describeRange(q: QuantitySpec): string {
  const at = (v: number) => formatReading(q, v);
  const ends = [
    q.low !== undefined ? `${at(q.low)} or less` : undefined,
    q.high !== undefined ? `${at(q.high)} or more` : undefined,
  ].filter((s) => s !== undefined);
  return `${q.name}: dark at rest (${at(q.rest)}), bright at ${ends.join(" or ")}`;
}

export type RegionStatus = "value" | "missing" | "not-modelled";

/** A region as drawn at one moment. */
export interface RegionState {
  readonly spec: RegionSpec;
  readonly status: RegionStatus;
  /** Highest intensity of the quantities present (NaN unless status is "value"). */
  readonly t: number;
  readonly fill: string;
  /** The quantities present with their values. */
  readonly readings: ReadonlyArray<{
    readonly q: QuantitySpec;
    readonly value: number;
    readonly text: string;
  }>;
  /** Region, quantities, values and units in one sentence: the title and the aria-label. */
  readonly text: string;
}

/**
 * The state of one region from a row of model outputs (column name → value at the chosen time).
 *
 * @example
 * regionState(REGIONS[1], { dopamine_nacc_rel: 2 }).text
 * // "Nucleus accumbens (reward): dopamine 2.00 × baseline"
 * regionState(REGIONS[3], {}).status // "not-modelled"
 */
export function regionState(spec: RegionSpec, values: Readonly<Record<string, number>>): RegionState {
  const head = `${spec.label} (${spec.role})`;
  if (spec.quantities.length === 0) {
    return {
      spec,
      status: "not-modelled",
      t: Number.NaN,
      fill: NEUTRAL_GREY,
      readings: [],
      text: `${head}: ${spec.why}`,
    };
  }
  const readings = spec.quantities.flatMap((q) => {
    const value = values[q.column];
    return value === undefined || !Number.isFinite(value)
      ? []
      : [{ q, value, text: `${q.name} ${formatReading(q, value)}` }];
  });
  if (readings.length === 0) {
    const names = spec.quantities.map((q) => q.name).join(" and ");
    const text = `${head}: ${names} ${spec.missing ?? "not in this run"}`;
    return { spec, status: "missing", t: Number.NaN, fill: NEUTRAL_GREY, readings, text };
  }
  const t = Math.max(...readings.map((r) => intensity(r.q, r.value)));
  return {
    spec,
    status: "value",
    t,
    fill: viridis(t),
    readings,
    text: `${head}: ${readings.map((r) => r.text).join("; ")}`,
  };
}

/** Every region's state, in `REGIONS` order. */
export function regionStates(values: Readonly<Record<string, number>>): RegionState[] {
  return REGIONS.map((spec) => regionState(spec, values));
}
