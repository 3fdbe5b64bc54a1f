import { describe, expect, it } from "vitest";
import { ModelCache, resolveObject, type SimulationResult, simulate } from "../../src/index.ts";

/** A 24-h scenario without breathing (the Explorer's preview) with the given heroin dose and subject. */
function preview(amount_mg: number, subject: object = { opioid_history: "naive" }, extra: object[] = []) {
  const resolved = resolveObject({
    name: "cache",
    duration_h: 24,
    output_step_min: 6,
    subject,
    model: { breathing: false },
    solver: { rtol: 1e-3 },
    doses: [{ drug: "heroin", route: "iv", amount_mg, at_h: 1, repeat: { every_h: 6, count: 3 } }, ...extra],
  });
  if (!resolved) throw new Error("test scenario did not resolve");
  return resolved;
}

/** Every output, the finals and the events, compared bit for bit. */
function expectSame(a: SimulationResult, b: SimulationResult) {
  expect(Buffer.from(a.time_h.buffer).equals(Buffer.from(b.time_h.buffer))).toBe(true);
  expect(a.columns.map((c) => c.name)).toEqual(b.columns.map((c) => c.name));
  a.columns.forEach((c, i) => {
    expect(Buffer.from(c.values.buffer).equals(Buffer.from(b.columns[i]!.values.buffer)), c.name).toBe(true);
  });
  expect(a.finals).toEqual(b.finals);
  expect(a.events).toEqual(b.events);
  expect(a.stats).toEqual(b.stats);
}

describe("ModelCache", () => {
  it("keeps the model while only amounts and times change, and builds anew when the inputs do", () => {
    const cache = new ModelCache();
    const a = preview(20);
    const first = cache.get([...a.doses], a.subject, a.model);
    const b = preview(35);
    expect(cache.get([...b.doses], b.subject, b.model)).toBe(first);
    const c = preview(35, { opioid_history: "chronic", days_abstinent: 3 });
    expect(cache.get([...c.doses], c.subject, c.model)).not.toBe(first);
    const d = preview(35, { opioid_history: "naive" }, [
      { drug: "naloxone", route: "intranasal", amount_mg: 4, at_h: 2 },
    ]);
    expect(cache.get([...d.doses], d.subject, d.model)).not.toBe(first);
  });

  it("never keeps a model with breathing (it records each run's history)", () => {
    const cache = new ModelCache();
    const s = resolveObject({
      name: "breathing",
      duration_h: 1,
      doses: [{ drug: "heroin", route: "iv", amount_mg: 10, at_h: 0.1 }],
    })!;
    const one = cache.get([...s.doses], s.subject, s.model);
    expect(one.prepareSolver).toBeDefined();
    expect(cache.get([...s.doses], s.subject, s.model)).not.toBe(one);
  });

  it("gives every run the same results, bit for bit, as a run without it, whatever ran before", () => {
    const cache = new ModelCache();
    const chronic = { opioid_history: "chronic", days_abstinent: 3 };
    const naloxone = [{ drug: "naloxone", route: "intranasal", amount_mg: 4, at_h: 2 }];
    const sequence = [
      preview(20),
      preview(35),
      preview(20), // again, after another dose: a reused model remembers nothing of the last run
      preview(20, chronic), // the same doses, another person: another model (a chronic start state)
      preview(25, chronic, naloxone),
      preview(26, chronic, naloxone),
      preview(20),
    ];
    for (const scenario of sequence) {
      expectSame(simulate(scenario, { models: cache }), simulate(scenario));
      // A preview asks for some columns only; the kept model's per-row caches must not leak either.
      const cols = ["euphoria_frac", "pupil_mm", "dopamine_nacc_rel", "cows_total"];
      expectSame(simulate(scenario, { models: cache, columns: cols }), simulate(scenario, { columns: cols }));
    }
  });
});
