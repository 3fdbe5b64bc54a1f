import { describe, expect, it } from "vitest";
import { RESPIRATION_SIZE, RESPIRATION_STATES } from "../../../src/model/respiration/layout.ts";
import { createRespiration, opioidExponents } from "../../../src/model/respiration/model.ts";

/**
 * The drug-free equilibrium against the FDA model's (models.md §1.6: ventilation 6.76 L/min, PaO2 92.8,
 * PaCO2 38.6, brain PO2 31.6 mmHg; cardiac output 4.93 L/min from §7). Tolerance: half a unit in the last
 * digit the table gives.
 */
describe("respiration baseline", () => {
  const resp = createRespiration();
  const y = new Float64Array(resp.size);
  resp.writeBaseline(y);
  const out = resp.observe(y, { agonistActivation: 0, ...opioidExponents("chronic") });

  it("reproduces the FDA equilibrium", () => {
    expect(Math.abs(out.ventilation_l_min - 6.76)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(out.pao2_mmhg - 92.8)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(out.paco2_mmhg - 38.6)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(out.brain_po2_mmhg - 31.6)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(out.cardiac_output_l_min - 4.93)).toBeLessThanOrEqual(0.005);
    // Not tabulated: a normal resting saturation.
    expect(out.sao2_pct).toBeGreaterThan(95);
    expect(out.sao2_pct).toBeLessThan(98);
  });

  it("is a steady state of the delayed right-hand side (a constant history)", () => {
    const dydt = new Float64Array(resp.size);
    const constantHistory = (_t: number, o: Float64Array) => o.set(y);
    resp.rhs(0.5, y, dydt, { agonistActivation: 0, ...opioidExponents("naive") }, constantHistory);
    // Per-hour rates relative to each state's size: below 1e-9 of the state per hour.
    const scale = [40, 100, 0.6, 1e-3, 0.6, 1e-3, 0.1, 0.1, 1, 1, 1, 1, 1, 1, 1];
    for (let i = 0; i < dydt.length; i++) expect(Math.abs(dydt[i]!) / scale[i]!).toBeLessThan(1e-9);
  });

  it("does not depend on the tolerance exponents without drug", () => {
    const naive = resp.observe(y, { agonistActivation: 0, ...opioidExponents("naive") });
    expect(naive.ventilation_l_min).toBe(out.ventilation_l_min);
  });

  it("has named states with units, placed at the offset", () => {
    expect(resp.stateNames).toEqual(RESPIRATION_STATES);
    expect(resp.size).toBe(RESPIRATION_SIZE);
    const shifted = createRespiration(undefined, { offset: 7 });
    const z = new Float64Array(7 + shifted.size);
    shifted.writeBaseline(z);
    expect(Array.from(z.subarray(7))).toEqual(Array.from(resp.baseline));
    expect(z.subarray(0, 7).every((v) => v === 0)).toBe(true);
  });

  it("bounds the solver step by the shortest transport delay and keeps a minute of history", () => {
    // 0.588 L / 9.67 L/min ≈ 3.65 s; 0.9239 L / (0.2 · 4.9 L/min) ≈ 56.6 s, plus the largest step.
    expect(resp.maxStep_h * 3600).toBeCloseTo(3.648, 2);
    expect(resp.historyWindow_h * 3600).toBeCloseTo(56.57 + resp.largestStep_h * 3600, 1);
  });

  it("caps each step by the delay flow could shrink to within it: 4.6 s at rest, 3.65 s at most flow", () => {
    expect(resp.stepCap_h(resp.baseline) * 3600).toBeCloseTo(4.63, 2);
    // Never below the fixed bound, never above the largest cap (at the low-flow floor, 5.5 s).
    expect(resp.stepCap_h(resp.baseline)).toBeGreaterThan(resp.maxStep_h);
    expect(resp.largestStep_h * 3600).toBeCloseTo(5.54, 2);
  });
});
