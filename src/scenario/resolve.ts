import { DEFAULT_HEIGHT_CM } from "../pharmacology/body.ts";
import { findDrug } from "../pharmacology/catalog.ts";
import type { DoseEntry } from "./entry.ts";
import {
  AUTO_BREATHING_MAX_H,
  DEFAULT_RTOL,
  LONG_RUN_MIN_H,
  LONG_RUN_RTOL,
  type ScenarioInput,
} from "./schema.ts";
import { BREATHING_SIGNALS } from "./signals.ts";
import type {
  DoseCondition,
  DoseSpec,
  ResolvedDose,
  ResolvedScenario,
  ResolvedSubject,
  SolverMethod,
  TriggeredDose,
} from "./types.ts";

type InputDose = NonNullable<ScenarioInput["doses"]>[number];
type InputWhen = NonNullable<InputDose["when"]>;

/** Hours from a pair of alternative keys (`x_h` or `x_min`/`x_s`), `fallback` when neither is given. */
function toHours(h: number | undefined, min: number | undefined, fallback: number): number {
  if (h !== undefined) return h;
  return min !== undefined ? min / 60 : fallback;
}

function specOf(dose: InputDose, source: string): DoseSpec {
  const drug = findDrug(dose.drug);
  if (drug === undefined)
    throw new Error(`resolveScenario: unknown drug ${dose.drug} (check the catalog first)`);
  return {
    drug: dose.drug,
    route: dose.route,
    form: dose.form ?? drug.defaultForm,
    amount_mg: dose.amount_mg,
    duration_h: toHours(dose.duration_h, dose.duration_min, 0),
    source,
  };
}

function repeatOf(dose: InputDose): DoseEntry["repeat"] {
  const r = dose.repeat;
  return r === undefined
    ? { every_h: 0, count: 0 }
    : { every_h: toHours(r.every_h, r.every_min, 0), count: r.count };
}

function conditionOf(when: InputWhen): DoseCondition {
  if (when.ventilation_below_fraction_of_baseline !== undefined) {
    return {
      signal: "ventilation_l_min",
      direction: "below",
      threshold: when.ventilation_below_fraction_of_baseline,
      fractionOfBaseline: true,
    };
  }
  const below = when.below !== undefined;
  return {
    signal: when.output ?? "",
    direction: below ? "below" : "above",
    threshold: (below ? when.below : when.above) ?? Number.NaN,
    fractionOfBaseline: false,
  };
}

/**
 * Every administration of an entry up to `end_h`. Times are `first + k·every` (not a running sum) so that
 * long series do not drift; administrations after the end of the simulation are dropped because they
 * cannot happen.
 */
export function expandEntry(entry: DoseEntry, end_h: number): ResolvedDose[] {
  const { repeat, time_h, ...spec } = entry;
  const doses: ResolvedDose[] = [];
  for (let k = 0; k <= repeat.count; k++) {
    const t = time_h + k * repeat.every_h;
    if (t > end_h) break;
    doses.push({ ...spec, time_h: t });
  }
  return doses;
}

const METHODS: Readonly<Record<Exclude<ScenarioInput["solver"]["method"], "auto">, SolverMethod>> = {
  rodas: "rodas4",
  rodas4: "rodas4",
  rodas5p: "rodas5p",
  ros34pw2: "ros34pw2",
  dopri5: "dopri5",
};

/**
 * Normalises a validated scenario (schema and catalog checks passed) into what the engine consumes: hours
 * everywhere, repeats expanded, forms and solver defaults filled, doses of the file and of its event table
 * (`csvEntries`) merged and sorted by time (stable: file order, then table order, breaks ties).
 *
 * @example
 * ```ts
 * resolveScenario(scenarioSchema.parse({ name: "a", duration_h: 1,
 *   doses: [{ drug: "morphine", route: "iv", amount_mg: 10, at_min: 30 }] }));
 * // → doses: [{ drug: "morphine", route: "iv", form: "sulfate", amount_mg: 10, duration_h: 0, time_h: 0.5, … }]
 * ```
 */
export function resolveScenario(
  input: ScenarioInput,
  csvEntries: readonly DoseEntry[] = [],
): ResolvedScenario {
  const shared = resolveDoses(input.doses ?? [], "doses", csvEntries, input.duration_h);
  const breathing = input.model.breathing;
  const subject = {
    weight_kg: input.subject.weight_kg,
    height_cm: input.subject.height_cm ?? DEFAULT_HEIGHT_CM[input.subject.sex].value,
    sex: input.subject.sex,
    opioid_history: input.subject.opioid_history,
    ...(input.subject.tolerance_fold === undefined ? {} : { tolerance_fold: input.subject.tolerance_fold }),
    ...(input.subject.days_abstinent === undefined ? {} : { days_abstinent: input.subject.days_abstinent }),
  };
  const arms = (input.arms ?? []).map((arm, k) => {
    const own = resolveDoses(arm.doses, `arms[${k}].doses`, [], input.duration_h);
    return {
      name: arm.name,
      description: arm.description,
      doses: [...shared.doses, ...own.doses].sort((a, b) => a.time_h - b.time_h),
      triggered: [...shared.triggered, ...own.triggered],
      ...(arm.subject
        ? {
            subject: {
              ...subject,
              ...Object.fromEntries(Object.entries(arm.subject).filter(([, v]) => v !== undefined)),
            } as ResolvedSubject,
          }
        : {}),
    };
  });
  const watchesBreathing = [shared, ...arms].some((a) =>
    a.triggered.some((d) => BREATHING_SIGNALS.includes(d.when.signal)),
  );
  const model = {
    breathing:
      breathing === "auto" ? input.duration_h <= AUTO_BREATHING_MAX_H || watchesBreathing : breathing,
    dopamine: input.model.dopamine,
  };
  return {
    name: input.name,
    description: input.description,
    duration_h: input.duration_h,
    output_step_h: toHours(input.output_step_h, input.output_step_min, 1 / 60),
    subject,
    doses: shared.doses,
    triggered: shared.triggered,
    arms,
    model,
    solver: {
      ...input.solver,
      rtol: input.solver.rtol ?? (input.duration_h > LONG_RUN_MIN_H ? LONG_RUN_RTOL : DEFAULT_RTOL),
      method:
        input.solver.method === "auto" ? (model.breathing ? "auto" : "rodas4") : METHODS[input.solver.method],
    },
  };
}

/** Fixed-time doses (repeats expanded, sorted stably) and triggered doses of one list; `at` names it in messages. */
function resolveDoses(
  list: readonly InputDose[],
  at: string,
  csvEntries: readonly DoseEntry[],
  duration_h: number,
): { doses: ResolvedDose[]; triggered: TriggeredDose[] } {
  const entries: DoseEntry[] = [];
  const triggered: TriggeredDose[] = [];
  list.forEach((dose, i) => {
    const spec = specOf(dose, `${at}[${i}]`);
    if (dose.when === undefined) {
      entries.push({ ...spec, time_h: toHours(dose.at_h, dose.at_min, 0), repeat: repeatOf(dose) });
    } else {
      const { delay_s, delay_min } = dose.when;
      const delay_h = delay_s !== undefined ? delay_s / 3600 : toHours(undefined, delay_min, 0);
      triggered.push({ ...spec, when: conditionOf(dose.when), delay_h, repeat: repeatOf(dose) });
    }
  });
  entries.push(...csvEntries);
  const doses = entries.flatMap((e) => expandEntry(e, duration_h)).sort((a, b) => a.time_h - b.time_h);
  return { doses, triggered };
}
