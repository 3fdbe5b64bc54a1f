import { describe, expect, it } from "vitest";
import { STATE } from "../../../src/model/respiration/layout.ts";
import { runWithActivation } from "./activation-harness.ts";

const at = (log: readonly { time: number; detail: string }[], prefix: string) =>
  log.filter((e) => e.detail.startsWith(prefix)).map((e) => e.time * 3600);

/**
 * The cardiac-arrest logic of `collapse.ts`: collapse is due 220 s after PaO2 first reaches 15 mmHg and
 * starts only if PaO2 is still ≤ 15 mmHg then (models.md §1.7), decided inside one solve.
 */
describe("hypoxic collapse inside one solve", () => {
  it("schedules collapse 220 s after PaO2 reaches 15 mmHg and then arrests", () => {
    const r = runWithActivation([[0, 1]], 900);
    const [onset] = at(r.log, "PaO2 ≤ 15");
    const [start] = at(r.log, "circulatory collapse begins");
    const [arrest] = at(r.log, "cardiac arrest");
    expect(onset).toBeGreaterThan(60);
    expect(start! - onset!).toBeCloseTo(220, 6);
    expect(arrest).toBeGreaterThan(start!);
    expect(at(r.log, "collapse cancelled")).toEqual([]);
    // The flag is up from the start of collapse; the factor has decayed to under 1% by the arrest.
    const last = r.states[r.states.length - 1]!;
    expect(last[STATE.COLLAPSE_FLAG]).toBe(1);
    expect(last[STATE.CIRCULATION]).toBeLessThan(0.01);
    expect(last[STATE.COLLAPSE_ELAPSED]).toBeCloseTo(900 - start!, 3);
  });

  it("cancels collapse when PaO2 has recovered by then", () => {
    // Breathing returns at 120 s (activation to 0), well before onset + 220 s.
    const r = runWithActivation(
      [
        [0, 1],
        [120, 0],
      ],
      900,
    );
    const [onset] = at(r.log, "PaO2 ≤ 15");
    expect(at(r.log, "collapse cancelled")).toEqual([onset! + 220]);
    expect(at(r.log, "cardiac arrest")).toEqual([]);
    const last = r.states[r.states.length - 1]!;
    expect(last[STATE.COLLAPSE_FLAG]).toBe(0);
    expect(last[STATE.CIRCULATION]).toBe(1);
    expect(last[STATE.EPISODES]).toBe(1);
    expect(Math.min(...r.outputs.map((o) => o.cardiac_output_l_min))).toBeGreaterThan(4.5);
  });

  it("gives a renarcotized subject a second 220 s window (IN-branch rule)", () => {
    const r = runWithActivation(
      [
        [0, 1],
        [120, 0],
        [900, 1],
      ],
      1800,
    );
    const onsets = at(r.log, "PaO2 ≤ 15");
    expect(onsets).toHaveLength(2);
    expect(onsets[1]).toBeGreaterThan(900);
    expect(at(r.log, "circulatory collapse begins")).toEqual([onsets[0]! + 220, onsets[1]! + 220]);
    expect(at(r.log, "collapse cancelled")).toEqual([onsets[0]! + 220]);
    expect(at(r.log, "cardiac arrest")).toHaveLength(1);
  });

  it("with one episode, a second crossing does not collapse (the main-branch rule)", () => {
    const r = runWithActivation(
      [
        [0, 1],
        [120, 0],
        [900, 1],
      ],
      1800,
      { hypoxicEpisodes: 1 },
    );
    expect(at(r.log, "PaO2 ≤ 15")).toHaveLength(1);
    expect(at(r.log, "cardiac arrest")).toEqual([]);
  });
});

describe("extreme input: full activation forever", () => {
  const r = runWithActivation([[0, 1]], 12 * 3600, { outputEvery_s: 60 });

  it("ends in a reported cardiac arrest", () => {
    expect(at(r.log, "cardiac arrest")).toHaveLength(1);
    expect(r.outputs[r.outputs.length - 1]!.cardiac_output_l_min).toBeLessThan(1e-6);
  });

  it("keeps every state and output finite and physical for 12 hours", () => {
    for (const s of r.states) expect(s.every(Number.isFinite)).toBe(true);
    for (const o of r.outputs) {
      for (const v of Object.values(o)) expect(Number.isFinite(v)).toBe(true);
      expect(o.pao2_mmhg).toBeGreaterThanOrEqual(0);
      expect(o.paco2_mmhg).toBeGreaterThanOrEqual(0);
      expect(o.ventilation_l_min).toBeGreaterThanOrEqual(0);
      expect(o.sao2_pct).toBeGreaterThanOrEqual(0);
      expect(o.sao2_pct).toBeLessThanOrEqual(100);
    }
    expect(r.extrapolated).toBe(0);
    expect(r.expired).toBe(0);
  });
});
