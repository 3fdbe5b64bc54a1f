import type { z } from "zod";

/*
 * Cross-field rules of a scenario file ("exactly one of at_h, at_min", "infusions need a duration") that a
 * plain object schema cannot express. They run even when other fields of the same object failed (zod would
 * skip them by default), so one pass reports every problem; hence every field is read defensively.
 */

type Ctx = z.core.$RefinementCtx<unknown>;
type Fields = Readonly<Record<string, unknown>>;

/** Longest scenario (10 years), in hours. */
export const MAX_DURATION_H = 10 * 365.25 * 24;

/** Most output rows a scenario may ask for (10⁶ rows × ~40 columns of float64 ≈ 320 MB). */
export const MAX_OUTPUT_POINTS = 1_000_000;

/** Run a rule whenever the value is an object, even after other issues in it. */
export const WHEN_OBJECT = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

function report(ctx: Ctx, path: readonly PropertyKey[], message: string, accepted: string): void {
  ctx.addIssue({ code: "custom", path: [...path], message, params: { accepted } });
}

function given(v: Fields, key: string): boolean {
  return v[key] !== undefined;
}

/**
 * At most one of `keys`; with `required`, exactly one. The surplus key is reported (at the second one),
 * the absent one at the first key's path, where the user would add it.
 */
export function checkOneOf(
  ctx: Ctx,
  v: Fields,
  keys: readonly string[],
  required: boolean,
  what: string,
): void {
  const present = keys.filter((k) => given(v, k));
  const list = keys.join(", ");
  if (present.length > 1) {
    report(
      ctx,
      [present[1]],
      `${present.join(" and ")} both given`,
      `expected exactly one of ${list} (${what})`,
    );
  } else if (present.length === 0 && required) {
    report(ctx, [keys[0]], "missing", `expected one of ${list} (${what})`);
  }
}

/** Rules of one entry of `doses`. */
export function checkDose(value: unknown, ctx: Ctx): void {
  const v = value as Fields;
  if (given(v, "when")) {
    for (const key of ["at_h", "at_min"].filter((k) => given(v, k))) {
      report(
        ctx,
        [key],
        "cannot be combined with `when`",
        "expected either a fixed time (at_h, at_min) or `when`",
      );
    }
  } else {
    checkOneOf(
      ctx,
      v,
      ["at_h", "at_min"],
      true,
      "time of the dose after the start, or `when` for a triggered dose",
    );
  }
  checkOneOf(ctx, v, ["duration_h", "duration_min"], false, "length of the infusion");
  const durationKey = ["duration_h", "duration_min"].find((k) => given(v, k));
  const duration = durationKey === undefined ? undefined : v[durationKey];
  if (v["route"] === "iv_infusion") {
    if (durationKey === undefined) {
      report(
        ctx,
        ["duration_min"],
        "missing",
        "expected duration_min or duration_h > 0 for route iv_infusion",
      );
    } else if (duration === 0) {
      report(
        ctx,
        [durationKey],
        "0 is not allowed",
        "expected a duration > 0 for route iv_infusion (use route iv for a bolus)",
      );
    }
  } else if (typeof v["route"] === "string" && durationKey !== undefined && duration !== 0) {
    report(
      ctx,
      [durationKey],
      `${String(duration)} is not allowed for route ${v["route"]}`,
      "expected no duration (or 0) except for route iv_infusion",
    );
  }
}

/** Rules of `repeat`. */
export function checkRepeat(value: unknown, ctx: Ctx): void {
  checkOneOf(ctx, value as Fields, ["every_h", "every_min"], true, "interval between doses");
}

/** Rules of `when`: the ventilation shorthand or a generic `output` with one of below/above. */
export function checkWhen(value: unknown, ctx: Ctx): void {
  const v = value as Fields;
  checkOneOf(
    ctx,
    v,
    ["ventilation_below_fraction_of_baseline", "output"],
    true,
    "the condition that triggers the dose",
  );
  if (given(v, "output")) {
    checkOneOf(ctx, v, ["below", "above"], true, "threshold of the output");
  } else {
    for (const key of ["below", "above"].filter((k) => given(v, k))) {
      report(
        ctx,
        [key],
        "is only meaningful with `output`",
        "expected `output: <column name>` alongside, or remove it",
      );
    }
  }
  checkOneOf(ctx, v, ["delay_s", "delay_min"], false, "delay from the condition to the dose");
}

/** An output grid the engine can hold: a too fine step (or the 1 min default over years) is refused here. */
function checkOutputPoints(ctx: Ctx, v: Fields, end: number): void {
  const h = v["output_step_h"];
  const min = v["output_step_min"];
  const [key, step_h] =
    typeof h === "number"
      ? ["output_step_h", h]
      : typeof min === "number"
        ? ["output_step_min", min / 60]
        : ["duration_h", 1 / 60];
  if (!(step_h > 0) || end / step_h <= MAX_OUTPUT_POINTS) return;
  const rows = Math.ceil(end / step_h);
  const accepted = `expected at most ${MAX_OUTPUT_POINTS} output rows: output_step_h >= ${end / MAX_OUTPUT_POINTS}`;
  const what = key === "duration_h" ? "with the default 1 min output step" : `over ${end} h`;
  report(ctx, [key], `${rows} output rows ${what} are too many`, accepted);
}

/** Rules across the whole file: output step, at least one dose, fixed doses inside the simulated time. */
export function checkScenarioFields(value: unknown, ctx: Ctx): void {
  const v = value as Fields;
  checkOneOf(ctx, v, ["output_step_min", "output_step_h"], false, "sampling of the output grid");
  const doses = Array.isArray(v["doses"]) ? (v["doses"] as unknown[]) : [];
  const arms = Array.isArray(v["arms"]) ? (v["arms"] as unknown[]) : [];
  if (doses.length === 0 && !given(v, "doses_csv") && arms.length === 0) {
    report(ctx, ["doses"], "no doses", "expected at least one entry in doses, or doses_csv: <file>, or arms");
  }
  const armNames = arms.map((a) => (typeof a === "object" && a !== null ? (a as Fields)["name"] : undefined));
  armNames.forEach((name, i) => {
    if (typeof name === "string" && armNames.indexOf(name) !== i) {
      report(
        ctx,
        ["arms", i, "name"],
        `duplicate arm name ${JSON.stringify(name)}`,
        "expected a different name for each arm",
      );
    }
  });
  for (const [subject, path] of [
    [v["subject"], ["subject"]],
    ...arms.map((a, k) => [
      typeof a === "object" && a !== null ? (a as Fields)["subject"] : undefined,
      ["arms", k, "subject"],
    ]),
  ] as [unknown, PropertyKey[]][]) {
    const sub = (typeof subject === "object" && subject !== null ? subject : {}) as Fields;
    const history = sub["opioid_history"] ?? (v["subject"] as Fields | undefined)?.["opioid_history"];
    if (given(sub, "days_abstinent") && history !== "chronic") {
      report(
        ctx,
        [...path, "days_abstinent"],
        "days without opioids only mean something after chronic use",
        "expected opioid_history: chronic in the same subject, or remove days_abstinent",
      );
    }
  }
  const end = v["duration_h"];
  // An invalid duration is reported by the schema; comparing doses with it would only add noise.
  if (typeof end !== "number" || !(end > 0 && end <= MAX_DURATION_H)) return;
  checkOutputPoints(ctx, v, end);
  const armDoses = arms.flatMap((a, k) => {
    const list = typeof a === "object" && a !== null ? (a as Fields)["doses"] : undefined;
    return Array.isArray(list) ? list.map((dose, i) => [dose, ["arms", k, "doses", i]] as const) : [];
  });
  const allDoses = [...doses.map((dose, i) => [dose, ["doses", i]] as const), ...armDoses];
  allDoses.forEach(([dose, path]) => {
    const d = (typeof dose === "object" && dose !== null ? dose : {}) as Fields;
    for (const [key, perHour] of [
      ["at_h", 1],
      ["at_min", 60],
    ] as const) {
      const at = d[key];
      if (typeof at === "number" && at / perHour > end) {
        report(
          ctx,
          [...path, key],
          `${at} is after the end of the simulation`,
          `expected a time <= duration_h (${end} h)`,
        );
      }
    }
  });
}
