import { describe, expect, it } from "vitest";
import { createAdaptation } from "../../src/model/adaptation/model.ts";
import { buildModel } from "../../src/model/assemble.ts";
import { parseScenario } from "../../src/scenario/index.ts";
import { createSolver } from "../../src/solver/create.ts";
import { runSchedule } from "../../src/solver/driver.ts";
import { finiteDifferenceJacobian } from "../../src/solver/jacobian.ts";
import { memoryIo } from "../scenario/helpers.ts";

const MIXED = `name: j
duration_h: 3
model: { breathing: false }
doses:
  - { drug: heroin, route: iv, amount_mg: 20, at_h: 0 }
  - { drug: buprenorphine, route: sublingual, amount_mg: 8, at_h: 0.5 }
  - { drug: naloxone, route: im, amount_mg: 2, at_h: 1 }
  - { drug: fentanyl, route: iv, amount_mg: 0.1, at_h: 1.2 }
`;

// A dependent user in withdrawal (the adaptation rows away from rest), on lofexidine, then heroin and
// naloxone: the analytic adaptation rows with every term switched on.
const WITHDRAWAL = `name: w
duration_h: 3
subject: { opioid_history: chronic }
model: { breathing: false }
doses:
  - { drug: lofexidine, route: oral, amount_mg: 0.54, at_h: 0 }
  - { drug: heroin, route: iv, amount_mg: 10, at_h: 0.5 }
  - { drug: naloxone, route: im, amount_mg: 2, at_h: 1 }
`;

// Ten days of 120 mg methadone: a sustained load above the reference user's, so the sustained-load fold F
// and its slopes are switched on (checked below), then lofexidine and heroin. No naloxone: its rows are
// checked above, and with the receptor blocked the reward's slope in F vanishes (a^κ → 0), so a dropped term
// would go unseen.
const MAINTAINED = `name: m
duration_h: 243
subject: { opioid_history: chronic }
model: { breathing: false }
doses:
  - { drug: methadone, route: oral, amount_mg: 120, at_h: 0, repeat: { every_h: 24, count: 9 } }
  - { drug: lofexidine, route: oral, amount_mg: 0.54, at_h: 240 }
  - { drug: heroin, route: iv, amount_mg: 10, at_h: 240.5 }
`;

describe("the block Jacobian of the model without breathing", () => {
  it.each([
    // [label, scenario, sample times, range of the sustained-load fold at the samples]: exactly 1 for a
    // first use and for the reference chronic user (so those cases test the rows without F), ≥ 2 on methadone.
    ["a mixed regimen", MIXED, [1.25, 1.5, 2.5], [1, 1]],
    ["withdrawal, lofexidine, heroin and naloxone in a chronic user", WITHDRAWAL, [1.25, 1.5, 2.5], [1, 1]],
    ["methadone maintenance, then lofexidine and heroin", MAINTAINED, [240.75, 241, 242.5], [2, 3.15]],
  ])(
    "matches finite differences of the whole right-hand side at states along %s",
    (label, text, times, [minFold, maxFold]) => {
      const s = parseScenario(text, "j.yaml", memoryIo({}));
      const model = buildModel(s.doses, s.subject, s.model);
      const { n, rhs, jacobian } = model.system;
      expect(jacobian).toBeDefined();
      const states: Float64Array[] = [];
      runSchedule({
        system: model.system,
        y0: model.y0,
        t0: 0,
        tEnd: s.duration_h,
        events: s.doses.flatMap((d) => model.doseEvents(d, d.time_h)),
        // After every drug is on board: at C = 0, C^n with n < 1 has no finite derivative to compare.
        outputTimes: Float64Array.from(times),
        record: (_row, _t, y) => states.push(Float64Array.from(y)),
        solver: createSolver("rodas4", n, { rtol: 1e-8, atol: 1e-12 }),
      });
      const ad = createAdaptation(model.system.stateNames!.indexOf("desensitisation_fast"));
      for (const y of states) {
        expect(ad.sustainedFold(y), label).toBeGreaterThanOrEqual(minFold);
        expect(ad.sustainedFold(y), label).toBeLessThanOrEqual(maxFold);
      }
      const analytic = new Float64Array(n * n);
      const numeric = new Float64Array(n * n);
      const f0 = new Float64Array(n);
      for (const y of states) {
        jacobian!(0, y, analytic);
        rhs(0, y, f0);
        finiteDifferenceJacobian(rhs, 0, y, f0, n, numeric, new Float64Array(n), new Float64Array(n));
        // Each entry against max(1, itself), but never looser than its row's largest entry: the slow rows
        // (weeks) have entries of 1e-5 per hour, and a fast row's small entries keep the absolute bound.
        const rowMax = new Float64Array(n);
        for (let k = 0; k < n * n; k++) {
          const r = Math.floor(k / n);
          rowMax[r] = Math.max(rowMax[r]!, Math.abs(numeric[k]!), Math.abs(analytic[k]!));
        }
        for (let k = 0; k < n * n; k++) {
          const own = Math.max(1, Math.abs(analytic[k]!), Math.abs(numeric[k]!));
          const scale = Math.min(own, Math.max(1e-12, rowMax[Math.floor(k / n)]!));
          if (Math.abs(analytic[k]! - numeric[k]!) / scale > 1e-4) {
            const names = model.system.stateNames!;
            throw new Error(
              `d ${names[Math.floor(k / n)]} / d ${names[k % n]}: analytic ${analytic[k]} numeric ${numeric[k]}`,
            );
          }
        }
      }
    },
  );
});
