import { describe, expect, it } from "vitest";
import { DRUGS } from "../../src/pharmacology/catalog.ts";
import { parseScenario, ScenarioError } from "../../src/scenario/index.ts";
import { errorLines, memoryIo } from "./helpers.ts";

const DRUG_IDS = DRUGS.map((d) => d.id).join(", ");

/** A valid scenario whose single dose is `dose` (YAML lines at 4 spaces), dose entry starting on line 4. */
function withDose(dose: string): string {
  return `name: t\nduration_h: 6\ndoses:\n  - drug: morphine\n${dose}`;
}

describe("parseScenario: failures name file:line:col, path, value and what is accepted", () => {
  it("YAML syntax error", () => {
    expect(errorLines("name: t\nduration_h: [1, 2\nsubject: {}\n")).toEqual([
      "scenario.yaml:3:1 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ]);
  });

  it("JSON syntax error says JSON", () => {
    expect(errorLines('{\n  "name": "t",,\n  "duration_h": 1\n}\n', "s.json")).toEqual([
      "s.json:2:15 JSON syntax error: Unexpected , in flow map",
    ]);
  });

  it("duplicate key", () => {
    expect(errorLines("name: t\nduration_h: 6\nname: u\n")).toEqual([
      "scenario.yaml:3:1 duplicate key name; each key may appear only once in a map",
    ]);
  });

  it("unknown key, with the allowed keys and the closest one", () => {
    const lines = errorLines(withDose("    route: iv\n    amount: 10\n    at_h: 0\n"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      "scenario.yaml:4:5 doses[0].amount_mg: missing; expected a number > 0 and <= 100000",
    );
    expect(lines[1]).toBe(
      "scenario.yaml:6:5 doses[0].amount: unknown key; did you mean amount_mg? allowed here: drug, route, form, " +
        "amount_mg, at_h, at_min, duration_h, duration_min, repeat, when",
    );
  });

  it("unknown top-level key without a close match lists the allowed keys only", () => {
    const [line] = errorLines(withDose("    route: iv\n    amount_mg: 1\n    at_h: 0\ncolour: red\n"));
    expect(line).toBe(
      "scenario.yaml:8:1 colour: unknown key; allowed here: name, description, duration_h, output_step_min, " +
        "output_step_h, subject, doses, arms, doses_csv, model, solver",
    );
  });

  it("negative dose", () => {
    expect(errorLines(withDose("    route: iv\n    amount_mg: -5\n    at_h: 0\n"))).toEqual([
      "scenario.yaml:6:16 doses[0].amount_mg: -5 is not allowed; expected a number > 0 and <= 100000",
    ]);
  });

  it("unknown drug lists the catalog", () => {
    const text = "name: t\nduration_h: 6\ndoses:\n  - { drug: heroine, route: iv, amount_mg: 20, at_h: 0 }\n";
    expect(errorLines(text)).toEqual([
      `scenario.yaml:4:13 doses[0].drug: unknown drug "heroine"; did you mean heroin? available drugs: ${DRUG_IDS}`,
    ]);
  });

  it("route without data for the drug lists the drug's routes", () => {
    expect(errorLines(withDose("    route: smoked\n    amount_mg: 10\n    at_h: 0\n"))).toEqual([
      "scenario.yaml:5:12 doses[0].route: morphine has no data for route smoked; available: iv, iv_infusion, im, oral",
    ]);
  });

  it("route that is no route at all lists every route", () => {
    expect(errorLines(withDose("    route: inhaled\n    amount_mg: 10\n    at_h: 0\n"))).toEqual([
      'scenario.yaml:5:12 doses[0].route: "inhaled" is not allowed; expected one of "iv", "iv_infusion", ' +
        '"smoked", "intranasal", "im", "oral", "sublingual", "xr_im"',
    ]);
  });

  it("unknown form lists the drug's forms and its default", () => {
    expect(errorLines(withDose("    route: iv\n    form: hcl\n    amount_mg: 10\n    at_h: 0\n"))).toEqual([
      'scenario.yaml:6:11 doses[0].form: morphine has no form "hcl"; available: sulfate, base (default sulfate)',
    ]);
  });

  it("missing at_h is placed at the dose it belongs in", () => {
    expect(errorLines(withDose("    route: iv\n    amount_mg: 10\n"))).toEqual([
      "scenario.yaml:4:5 doses[0].at_h: missing; expected one of at_h, at_min (time of the dose after the start, " +
        "or `when` for a triggered dose)",
    ]);
  });

  it("both at_h and at_min", () => {
    expect(errorLines(withDose("    route: iv\n    amount_mg: 10\n    at_h: 0\n    at_min: 0\n"))).toEqual([
      "scenario.yaml:8:13 doses[0].at_min: at_h and at_min both given; expected exactly one of at_h, at_min " +
        "(time of the dose after the start, or `when` for a triggered dose)",
    ]);
  });

  it("infusion without duration", () => {
    expect(errorLines(withDose("    route: iv_infusion\n    amount_mg: 10\n    at_h: 0\n"))).toEqual([
      "scenario.yaml:4:5 doses[0].duration_min: missing; expected duration_min or duration_h > 0 for route iv_infusion",
    ]);
  });

  it("a duration on a bolus route", () => {
    expect(
      errorLines(withDose("    route: iv\n    amount_mg: 10\n    at_h: 0\n    duration_min: 5\n")),
    ).toEqual([
      "scenario.yaml:8:19 doses[0].duration_min: 5 is not allowed for route iv; expected no duration (or 0) " +
        "except for route iv_infusion",
    ]);
  });

  it("a fixed dose after the end of the simulation", () => {
    expect(errorLines(withDose("    route: iv\n    amount_mg: 10\n    at_min: 400\n"))).toEqual([
      "scenario.yaml:7:13 doses[0].at_min: 400 is after the end of the simulation; expected a time <= duration_h (6 h)",
    ]);
  });

  it("no doses at all", () => {
    expect(errorLines("name: t\nduration_h: 6\n")).toEqual([
      "scenario.yaml:1:1 doses: no doses; expected at least one entry in doses, or doses_csv: <file>, or arms",
    ]);
  });

  it("collects every issue of a file, in reading order, in one error", () => {
    const text =
      "name: bad name\nduration_h: 0\ndoses:\n  - { drug: morphine, route: smoked, amount_mg: 0, at_h: 0 }\n";
    const lines = errorLines(text);
    expect(lines.map((l) => l.split(" ")[0])).toEqual([
      "scenario.yaml:1:7",
      "scenario.yaml:2:13",
      "scenario.yaml:4:30",
      "scenario.yaml:4:49",
    ]);
  });

  it("carries structured issues", () => {
    try {
      parseScenario(withDose("    route: iv\n    amount_mg: -5\n    at_h: 0\n"), "s.yaml", memoryIo({}));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).issues).toEqual([
        {
          file: "s.yaml",
          line: 6,
          col: 16,
          path: "doses[0].amount_mg",
          value: -5,
          message: "-5 is not allowed",
          accepted: "expected a number > 0 and <= 100000",
        },
      ]);
    }
  });
});

describe("parseScenario: resource limits", () => {
  it("refuses an output grid of more than a million rows, naming the step to use", () => {
    const dose = "doses: [{ drug: morphine, route: iv, amount_mg: 1, at_h: 0 }]\n";
    expect(errorLines(`name: t\nduration_h: 87600\n${dose}`)).toEqual([
      "scenario.yaml:2:13 duration_h: 5256000 output rows with the default 1 min output step are too many; " +
        "expected at most 1000000 output rows: output_step_h >= 0.0876",
    ]);
    expect(errorLines(`name: t\nduration_h: 100\noutput_step_min: 0.001\n${dose}`)[0]).toMatch(
      /^scenario\.yaml:3:18 output_step_min: 6000000 output rows over 100 h are too many/,
    );
  });
});

describe("parseScenario: history of the person", () => {
  it("refuses days_abstinent without chronic use, naming where", () => {
    expect(
      errorLines(
        "name: t\nduration_h: 1\nsubject: { days_abstinent: 7 }\ndoses: [{drug: heroin, route: iv, amount_mg: 10, at_h: 0}]\n",
      ),
    ).toEqual([
      "scenario.yaml:3:28 subject.days_abstinent: days without opioids only mean something after chronic use; expected opioid_history: chronic in the same subject, or remove days_abstinent",
    ]);
  });

  it("gives each arm its own point of the person's history", () => {
    const s = parseScenario(
      "name: t\nduration_h: 1\nsubject: { opioid_history: chronic }\ndoses: [{drug: heroin, route: iv, amount_mg: 10, at_h: 0}]\narms:\n  - { name: a }\n  - { name: b, subject: { days_abstinent: 7 } }\n",
      "t.yaml",
      memoryIo({}),
    );
    expect(s.arms?.[0]?.subject).toBeUndefined();
    expect(s.arms?.[1]?.subject).toMatchObject({
      opioid_history: "chronic",
      days_abstinent: 7,
      weight_kg: 70,
    });
  });
});
