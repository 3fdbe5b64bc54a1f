import { describe, expect, it } from "vitest";
import { parseScenario, resolveObject } from "../../src/scenario/index.ts";
import { memoryIo, parseFixture } from "./helpers.ts";

const io = memoryIo({});

describe("parseScenario: valid files", () => {
  it("resolves a YAML file and the same scenario in JSON identically", () => {
    const yaml = parseFixture("valid.yaml");
    expect(parseFixture("valid.json")).toEqual(yaml);
    expect(yaml.subject).toEqual({
      weight_kg: 80,
      height_cm: 161.7,
      sex: "female",
      opioid_history: "chronic",
    });
    expect(yaml.solver).toEqual({ method: "rodas4", rtol: 1e-7, atol: 1e-9, max_steps: 100_000 });
  });

  it("defaults rtol to 1e-6 up to 48 h and 5e-4 beyond, and keeps an explicit rtol", () => {
    const text = (hours: number, solver = "") =>
      `name: r\nduration_h: ${hours}\n${solver}doses:\n  - { drug: morphine, route: iv, amount_mg: 10, at_h: 0 }\n`;
    expect(parseScenario(text(48), "r.yaml", io).solver.rtol).toBe(1e-6);
    expect(parseScenario(text(48.5), "r.yaml", io).solver.rtol).toBe(5e-4);
    expect(parseScenario(text(1440, "solver: { rtol: 1.0e-7 }\n"), "r.yaml", io).solver.rtol).toBe(1e-7);
  });

  it("expands repeats (count further doses after the first), converts units and sorts by time", () => {
    const s = parseFixture("valid.yaml");
    expect(s.output_step_h).toBeCloseTo(0.5 / 60, 15);
    expect(s.doses.map((d) => [d.time_h, d.route, d.form, d.amount_mg, d.duration_h, d.source])).toEqual([
      [0, "iv", "sulfate", 10, 0, "doses[0]"],
      [1.5, "iv_infusion", "base", 5, 0.5, "doses[1]"],
      [6, "iv", "sulfate", 10, 0, "doses[0]"],
      [12, "iv", "sulfate", 10, 0, "doses[0]"],
      [18, "iv", "sulfate", 10, 0, "doses[0]"],
    ]);
  });

  it("resolves `when` into a condition, with delay_s and every_min in hours", () => {
    const [rescue] = parseFixture("valid.yaml").triggered;
    expect(rescue.when).toEqual({
      signal: "ventilation_l_min",
      direction: "below",
      threshold: 0.4,
      fractionOfBaseline: true,
    });
    expect(rescue.delay_h).toBeCloseTo(60 / 3600, 15);
    expect(rescue.repeat).toEqual({ every_h: 2.5 / 60, count: 1 });
    expect(rescue.source).toBe("doses[2]");
  });

  it("resolves the generic `when` form and delay_min", () => {
    const s = parseScenario(
      `name: g
duration_h: 2
doses:
  - { drug: morphine, route: iv, amount_mg: 1, at_h: 0 }
  - drug: morphine
    route: iv
    amount_mg: 1
    when: { output: sao2_pct, above: 97, delay_min: 3 }
`,
      "g.yaml",
      io,
    );
    expect(s.triggered[0].when).toEqual({
      signal: "sao2_pct",
      direction: "above",
      threshold: 97,
      fractionOfBaseline: false,
    });
    expect(s.triggered[0].delay_h).toBeCloseTo(0.05, 15);
    expect(s.triggered[0].repeat).toEqual({ every_h: 0, count: 0 });
  });

  it("fills defaults: subject, description, 1 min output step, model, solver", () => {
    const s = parseScenario(
      "name: d\nduration_h: 1\ndoses: [{drug: morphine, route: iv, amount_mg: 1, at_min: 6}]\n",
      "d.yaml",
      io,
    );
    expect(s.description).toBe("");
    expect(s.output_step_h).toBeCloseTo(1 / 60, 15);
    expect(s.subject).toEqual({ weight_kg: 70, height_cm: 175.4, sex: "male", opioid_history: "naive" });
    // Breathing is simulated in runs up to 48 h, and then DOPRI5 with a stiff fallback is the default.
    expect(s.model).toEqual({ breathing: true, dopamine: "measured" });
    expect(s.solver).toEqual({ method: "auto", rtol: 1e-6, atol: 1e-9, max_steps: 100_000 });
    expect(s.doses[0].time_h).toBeCloseTo(0.1, 15);
  });

  it("turns breathing off by default after 48 h, unless a dose waits on a breathing signal", () => {
    const long = (extra: string) =>
      parseScenario(
        `name: l\nduration_h: 72\ndoses: [{drug: morphine, route: iv, amount_mg: 1, at_h: 0}${extra}]\n`,
        "l.yaml",
        io,
      );
    expect(long("").model.breathing).toBe(false);
    expect(long("").solver.method).toBe("rodas4");
    const rescue =
      ", {drug: naloxone, route: im, amount_mg: 2, when: {ventilation_below_fraction_of_baseline: 0.4}}";
    expect(long(rescue).model.breathing).toBe(true);
    expect(long(rescue).solver.method).toBe("auto");
  });

  it("accepts output_step_h and duration_h for infusions", () => {
    const s = parseScenario(
      "name: h\nduration_h: 3\noutput_step_h: 0.25\ndoses: [{drug: morphine, route: iv_infusion, amount_mg: 4, at_h: 1, duration_h: 2}]\n",
      "h.yaml",
      io,
    );
    expect(s.output_step_h).toBe(0.25);
    expect(s.doses[0]).toMatchObject({ time_h: 1, duration_h: 2 });
  });

  it("drops repeats after the end of the simulation, keeps one exactly at the end", () => {
    const s = parseScenario(
      "name: r\nduration_h: 12\ndoses: [{drug: morphine, route: iv, amount_mg: 1, at_h: 0, repeat: {every_h: 6, count: 10}}]\n",
      "r.yaml",
      io,
    );
    expect(s.doses.map((d) => d.time_h)).toEqual([0, 6, 12]);
  });

  it("keeps file order for simultaneous doses (stable sort)", () => {
    const s = parseScenario(
      `name: t
duration_h: 1
doses:
  - { drug: morphine, route: iv, amount_mg: 3, at_h: 0.5 }
  - { drug: morphine, route: iv, amount_mg: 1, at_min: 30 }
  - { drug: morphine, route: iv, amount_mg: 2, at_h: 0 }
`,
      "t.yaml",
      io,
    );
    expect(s.doses.map((d) => d.amount_mg)).toEqual([2, 3, 1]);
  });

  it("accepts the contract's example as written", () => {
    const s = parseFixture("contract-example.yaml");
    // repeat count 4 after the first: 0, 6, 12, 18, 24 h — those within the 6 h run (end included) remain.
    expect(s.doses.map((d) => [d.drug, d.route, d.form, d.amount_mg, d.time_h])).toEqual([
      ["heroin", "iv", "hcl", 20, 0],
      ["heroin", "iv", "hcl", 20, 6],
    ]);
    expect(s.triggered).toHaveLength(1);
    expect(s.triggered[0]).toMatchObject({
      drug: "naloxone",
      route: "intranasal",
      when: { signal: "ventilation_l_min", direction: "below", threshold: 0.4, fractionOfBaseline: true },
      delay_h: 60 / 3600,
      repeat: { every_h: 2.5 / 60, count: 1 },
    });
  });
});

describe("resolveObject: the same checks on an object already read", () => {
  const ok = {
    name: "a",
    duration_h: 1,
    doses: [{ drug: "morphine", route: "iv", amount_mg: 10, at_h: 0, repeat: { every_h: 0.25, count: 2 } }],
  };

  it("resolves what parseScenario resolves from the same object's text", () => {
    expect(resolveObject(ok)).toEqual(parseScenario(JSON.stringify(ok), "a.json", io));
  });

  it("declines what the schema rejects, what the catalog rejects, and an event table", () => {
    expect(resolveObject({ ...ok, duration_h: -1 })).toBeUndefined();
    expect(resolveObject({ ...ok, doses: [{ ...ok.doses[0], route: "smoked" }] })).toBeUndefined();
    expect(resolveObject({ ...ok, doses: [], doses_csv: "doses.csv" })).toBeUndefined();
    expect(resolveObject("not an object")).toBeUndefined();
  });
});
