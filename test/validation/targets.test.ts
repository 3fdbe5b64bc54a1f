import { describe, expect, it } from "vitest";
import { loadTargets, runTarget } from "../../src/cli/validate.ts";

/**
 * Every published observation in validation/ as its own test, so CI counts them and names the one that
 * regressed. A declared known gap must still fail (otherwise its declaration is stale and must go).
 */
describe("validation targets", () => {
  const targets = loadTargets();

  it("has targets, each with a source and a tolerance basis", () => {
    expect(targets.length).toBeGreaterThan(0);
    for (const { target } of targets) {
      expect(target.source.length).toBeGreaterThan(20);
      expect(target.tolerance.low).toBeLessThanOrEqual(target.observed);
      expect(target.tolerance.high).toBeGreaterThanOrEqual(target.observed);
    }
  });

  for (const loaded of targets) {
    const { id, known_gap } = loaded.target;
    it(known_gap ? `${id} (declared known gap, still open)` : id, () => {
      const r = runTarget(loaded);
      if (known_gap) {
        expect(r.passed, `${id} now passes: remove its known_gap`).toBe(false);
      } else {
        expect(r.simulated, `${id}: simulated ${r.simulated} ${r.unit}`).toBeGreaterThanOrEqual(
          r.tolerance.low,
        );
        expect(r.simulated, `${id}: simulated ${r.simulated} ${r.unit}`).toBeLessThanOrEqual(
          r.tolerance.high,
        );
      }
    });
  }
});
