import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario, simulate } from "../../../src/index.ts";
import {
  ADAPTATION_PARAMETERS,
  CHRONIC_REFERENCE,
  createAdaptation,
  TOLERANCE_ENDPOINTS,
  toleranceScale,
} from "../../../src/model/adaptation/index.ts";
import { SUSTAINED_ENDPOINTS } from "../../../src/model/adaptation/parameters.ts";
import { RAMP_EPS } from "../../../src/model/adaptation/ramp.ts";
import { combinedExponentSlopes } from "../../../src/model/adaptation/sustained-load.ts";
import { memoryIo } from "../../scenario/helpers.ts";

/** tolerance_sustained over 14 days from the reference chronic state under the given doses (hourly rows). */
function sustainedFold(doses: string): Float64Array {
  const text = `name: s
duration_h: 336
output_step_min: 60
subject: { opioid_history: chronic }
model: { breathing: false }
doses: ${doses}
`;
  const r = simulate(parseScenario(text, "s.yaml", memoryIo({})), { columns: ["tolerance_sustained"] });
  return r.columns[0]!.values;
}

const max = (v: Float64Array) => v.reduce((m, x) => Math.max(m, x), 0);
const F_MAX = ADAPTATION_PARAMETERS.sustainedFoldMax.value;

describe("the tolerance a sustained load adds (tolerance_sustained)", () => {
  it("stays exactly 1 for the reference heroin user, so the calibrations made on him hold", () => {
    const f = sustainedFold(
      "[{ drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0, repeat: { every_h: 6, count: 55 } }]",
    );
    expect(max(f)).toBe(1);
  });

  it("grows when the same daily amount is given continuously instead of in doses (Dighe 2009's direction)", () => {
    const doses = max(
      sustainedFold(
        "[{ drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0, repeat: { every_h: 6, count: 55 } }]",
      ),
    );
    const continuous = sustainedFold(
      "[{ drug: heroin, route: iv_infusion, form: hcl, amount_mg: 1400, at_h: 0, duration_h: 336 }]",
    );
    expect(continuous[continuous.length - 1]!).toBeGreaterThan(1.4);
    expect(continuous[continuous.length - 1]!).toBeGreaterThan(doses + 0.4);
  });

  it("grows with methadone maintenance, more on a higher dose, near F_max on 120 mg", () => {
    const at = (mg: number) =>
      max(
        sustainedFold(
          `[{ drug: methadone, route: oral, form: hcl, amount_mg: ${mg}, at_h: 0, repeat: { every_h: 24, count: 13 } }]`,
        ),
      );
    const [low, high] = [at(30), at(120)];
    expect(low).toBeGreaterThan(1.1);
    expect(high).toBeGreaterThan(low);
    expect(high).toBeGreaterThan(0.9 * F_MAX);
  });

  it("is 1 for an opioid-naive person and fades in abstinence with the slow desensitisation", () => {
    const ad = createAdaptation(0);
    const y = new Float64Array(ad.size);
    ad.writeStart(y, { history: "naive" });
    expect(ad.sustainedFold(y)).toBe(1);
    y[ad.sustainedLoadState] = 4; // a heavy sustained load
    const loaded = ad.sustainedFold(y);
    expect(loaded).toBeGreaterThan(F_MAX - 0.01);
    // No drug: L relaxes towards 0 at the slow desensitisation's half-life (240 h), and F with it.
    const d = new Float64Array(ad.size);
    for (let t = 0; t < 240; t += 0.01) {
      ad.rhs(y, 0, 0, d);
      for (let i = 0; i < ad.size; i++) y[i]! += 0.01 * d[i]!;
    }
    expect(y[ad.sustainedLoadState]!).toBeCloseTo(2, 1);
    expect(ad.sustainedFold(y)).toBe(1);
  });

  it("reads a full agonist as a right shift and lowers a partial agonist's ceiling", () => {
    const ad = createAdaptation(0);
    const y = new Float64Array(ad.size);
    y[ad.sustainedLoadState] = 4;
    const f = ad.sustainedFold(y);
    // Full agonist: A_LC at activation A equals the untolerant reading at the F-fold smaller load.
    const a = 0.95;
    const load = a / (1 - a);
    expect(ad.lcReading(y, a)).toBeCloseTo(load / f / (1 + load / f), 12);
    // Buprenorphine's ceiling (A ≈ 0.735) loses more, relatively, than methadone's trough (A ≈ 0.94).
    expect(ad.lcReading(y, 0.735) / 0.735).toBeLessThan(ad.lcReading(y, 0.94) / 0.94);
  });

  it("makes methadone maintenance blunt a heroin dose, more on 120 mg than on 30 mg (Donny 2002's direction)", () => {
    // The validation scenarios: 14 daily doses from the reference state, 20 mg IV heroin 4 h after the last.
    const peak = (mg: number) => {
      const file = `validation/scenarios/methadone-${mg}mg-heroin-20mg-4h.yaml`;
      const r = simulate(parseScenario(readFileSync(file, "utf8"), file, memoryIo({})), {
        columns: ["euphoria_frac"],
      });
      const e = r.columns[0]!.values;
      let before = 0;
      let after = 0;
      r.time_h.forEach((t, i) => {
        if (t >= 315 && t < 316) before = Math.max(before, e[i]!);
        if (t >= 316 && t <= 318) after = Math.max(after, e[i]!);
      });
      return { before, after };
    };
    const [low, high] = [peak(30), peak(120)];
    // Methadone alone gives little euphoria on either dose ("similar agonist effects")...
    expect(high.before).toBeLessThan(0.2);
    expect(low.before).toBeLessThan(0.2);
    // ...and the heroin shows through less on the higher dose (a full blockade is a known gap).
    expect(high.after).toBeLessThan(low.after - 0.05);
  });

  it("starts a chronic subject at the reference load, decayed at the slow desensitisation's half-life (10 d)", () => {
    const ad = createAdaptation(0);
    for (const days of [0, 3, 10, 30]) {
      const y = new Float64Array(ad.size);
      ad.writeStart(y, { history: "chronic", daysAbstinent: days });
      expect(y[ad.sustainedLoadState]!).toBeCloseTo(CHRONIC_REFERENCE.sustainedLoad * 2 ** (-days / 10), 10);
    }
  });

  it("reaches the endpoints in SUSTAINED_ENDPOINTS and leaves breathing, pupils, dry mouth and flushing alone", () => {
    const ad = createAdaptation(0);
    const y = new Float64Array(ad.size);
    ad.writeStart(y, { history: "chronic" });
    const before = Object.fromEntries(TOLERANCE_ENDPOINTS.map((k) => [k, ad.fold(y, k)]));
    y[ad.sustainedLoadState] = 4;
    const f = ad.sustainedFold(y);
    for (const k of TOLERANCE_ENDPOINTS) {
      const expected = SUSTAINED_ENDPOINTS.has(k) ? before[k]! * f : before[k]!;
      expect(ad.fold(y, k), k).toBeCloseTo(expected, 3);
    }
    expect(SUSTAINED_ENDPOINTS.has("breathing")).toBe(false);
  });

  it("gives finite exponent slopes just above F = 1 with no desensitisation (the slopes probe below the clamp)", () => {
    const out = new Float64Array(2);
    for (const k of SUSTAINED_ENDPOINTS) {
      combinedExponentSlopes(toleranceScale(k), 1, 1 + 1e-9, out);
      expect(Number.isFinite(out[0]!) && Number.isFinite(out[1]!), k).toBe(true);
    }
    const ad = createAdaptation(0);
    const y = new Float64Array(ad.size);
    y[ad.sustainedLoadState] = CHRONIC_REFERENCE.sustainedLoadMax + 2 * RAMP_EPS + 1e-6;
    const slopes = new Float64Array(3);
    expect(() => ad.exponentSlopes(y, "euphoria", slopes)).not.toThrow();
  });

  it("has a block Jacobian that matches finite differences below, inside and above the ramp at L*", () => {
    const ad = createAdaptation(0);
    const n = ad.size;
    const start = CHRONIC_REFERENCE.sustainedLoadMax + 2 * RAMP_EPS;
    const f0 = new Float64Array(n);
    const f1 = new Float64Array(n);
    const f2 = new Float64Array(n);
    for (const load of [start - 0.01, start + RAMP_EPS, start + 3 * RAMP_EPS, start + 0.5]) {
      for (const a of [0.3, 0.9, 0.97]) {
        const y = new Float64Array(n);
        ad.writeStart(y, { history: "chronic" });
        y[5] = 0.4; // withdrawal signs away from zero
        y[ad.sustainedLoadState] = load;
        const jac = new Float64Array(n * n);
        const dA = new Float64Array(n);
        ad.jacobian(y, a, 0, -1, jac, n, dA);
        ad.rhs(y, a, 0, f0);
        // Every column by central differences (h = 1e-7 of a state whose scale is 1).
        for (let k = 0; k < n; k++) {
          const h = 1e-7;
          const up = Float64Array.from(y);
          const dn = Float64Array.from(y);
          up[k]! += h;
          dn[k]! -= h;
          ad.rhs(up, a, 0, f1);
          ad.rhs(dn, a, 0, f2);
          for (let r = 0; r < n; r++) {
            const numeric = (f1[r]! - f2[r]!) / (2 * h);
            expect(jac[r * n + k]!, `d${r}/d${k} at L ${load}, A ${a}`).toBeCloseTo(numeric, 5);
          }
        }
        const h = 1e-7;
        ad.rhs(y, a + h, 0, f1);
        ad.rhs(y, a - h, 0, f2);
        for (let r = 0; r < n; r++) expect(dA[r]!, `d${r}/dA`).toBeCloseTo((f1[r]! - f2[r]!) / (2 * h), 5);
      }
    }
  });
});
