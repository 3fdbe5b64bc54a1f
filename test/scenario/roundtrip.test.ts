import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { DRUGS } from "../../src/pharmacology/catalog.ts";
import {
  MAX_DURATION_H,
  MAX_OUTPUT_POINTS,
  parseScenario,
  resolveScenario,
  scenarioSchema,
} from "../../src/scenario/index.ts";
import { memoryIo } from "./helpers.ts";

/** A positive double in (0, max]. */
const positive = (max: number) => fc.double({ min: Number.MIN_VALUE, max, noNaN: true });

/** `{ [h]: x }` or `{ [min]: 60x }`: the same quantity under either unit key. */
function eitherUnit(
  hKey: string,
  minKey: string,
  hours: number,
  useMinutes: boolean,
): Record<string, number> {
  return useMinutes ? { [minKey]: hours * 60 } : { [hKey]: hours };
}

/** Any finite double but -0, which JSON cannot write (JSON.stringify(-0) is "0"). */
const finite = () => fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

const repeat = fc.record({
  every: positive(1000),
  minutes: fc.boolean(),
  count: fc.integer({ min: 1, max: 20 }),
});

const when = fc.oneof(
  fc.record({ ventilation_below_fraction_of_baseline: fc.double({ min: 0.01, max: 0.99, noNaN: true }) }),
  fc.record({ output: fc.constantFrom("sao2_pct", "paco2_mmhg"), below: finite() }),
  fc.record({ output: fc.constant("pupil_mm"), above: finite() }),
);

function dose(duration_h: number) {
  return fc
    .record({
      drug: fc.constantFrom(...DRUGS),
      routeIndex: fc.nat(),
      formIndex: fc.option(fc.nat(), { nil: undefined }),
      amount_mg: positive(100_000),
      fraction: fc.double({ min: 0, max: 0.99, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
      minutes: fc.boolean(),
      infusion_h: positive(48),
      repeat: fc.option(repeat, { nil: undefined }),
      when: fc.option(fc.record({ condition: when, delay_s: fc.option(fc.nat(600), { nil: undefined }) }), {
        nil: undefined,
      }),
    })
    .map((d) => {
      const route = d.drug.routes[d.routeIndex % d.drug.routes.length].route;
      return {
        drug: d.drug.id,
        route,
        ...(d.formIndex === undefined ? {} : { form: d.drug.forms[d.formIndex % d.drug.forms.length].id }),
        amount_mg: d.amount_mg,
        ...(d.when === undefined
          ? eitherUnit("at_h", "at_min", d.fraction * duration_h, d.minutes)
          : {
              when: {
                ...d.when.condition,
                ...(d.when.delay_s === undefined ? {} : { delay_s: d.when.delay_s }),
              },
            }),
        ...(route === "iv_infusion" ? eitherUnit("duration_h", "duration_min", d.infusion_h, d.minutes) : {}),
        ...(d.repeat === undefined
          ? {}
          : {
              repeat: {
                ...eitherUnit("every_h", "every_min", d.repeat.every, d.repeat.minutes),
                count: d.repeat.count,
              },
            }),
      };
    });
}

const scenario = fc.double({ min: 0.001, max: MAX_DURATION_H, noNaN: true }).chain((duration_h) =>
  fc.record(
    {
      name: fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/),
      description: fc.string({ unit: "binary" }),
      duration_h: fc.constant(duration_h),
      // At least the step that keeps the grid within MAX_OUTPUT_POINTS rows.
      output_step_min: fc
        .double({ min: 1.001, max: 1e6, noNaN: true })
        .map((k) => (k * duration_h * 60) / MAX_OUTPUT_POINTS),
      subject: fc.record(
        {
          weight_kg: fc.double({ min: 20, max: 300, noNaN: true }),
          sex: fc.constantFrom("male", "female"),
          opioid_history: fc.constantFrom("naive", "chronic"),
        },
        { requiredKeys: [] },
      ),
      doses: fc.array(dose(duration_h), { minLength: 1, maxLength: 4 }),
      solver: fc.record(
        {
          method: fc.constantFrom("rodas", "rodas4", "rodas5p", "ros34pw2", "dopri5"),
          rtol: fc.double({ min: 1e-12, max: 0.1, noNaN: true }),
          atol: positive(1e-3),
          max_steps: fc.integer({ min: 1, max: 1e6 }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ["name", "duration_h", "output_step_min", "doses"] },
  ),
);

describe("round trip", () => {
  it("object → YAML (and JSON) text → parseScenario equals resolving the object directly", () => {
    fc.assert(
      fc.property(scenario, (object) => {
        const direct = resolveScenario(scenarioSchema.parse(object));
        expect(parseScenario(stringify(object), "s.yaml", memoryIo({}))).toEqual(direct);
        expect(parseScenario(JSON.stringify(object, null, 2), "s.json", memoryIo({}))).toEqual(direct);
      }),
      { numRuns: 300 },
    );
  });
});
