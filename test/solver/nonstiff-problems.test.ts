import { describe, expect, it } from "vitest";
import { nonstiffProblems } from "./problems/nonstiff.ts";

// The oracles must be right independently of any solver: each closed form starts at y0 and satisfies the
// ODE (checked by a central difference, whose O(δ²) truncation error is ~1e-10 here).
describe("non-stiff reference problems", () => {
  for (const p of nonstiffProblems()) {
    const exact = p.exact;
    if (exact === undefined) continue;
    it(`${p.name}: the exact solution starts at y0 and satisfies y' = f(t, y)`, () => {
      const n = p.system.n;
      const y = new Float64Array(n);
      const plus = new Float64Array(n);
      const minus = new Float64Array(n);
      const f = new Float64Array(n);
      exact(p.t0, y);
      const y0 = p.initial();
      for (let i = 0; i < n; i++) expect(Math.abs(y[i] - y0[i])).toBeLessThan(1e-12 * (1 + Math.abs(y0[i])));
      const delta = 1e-5;
      for (let k = 1; k <= 20; k++) {
        const t = p.t0 + (k / 21) * (p.t1 - p.t0);
        exact(t, y);
        exact(t + delta, plus);
        exact(t - delta, minus);
        p.system.rhs(t, y, f);
        for (let i = 0; i < n; i++) {
          const derivative = (plus[i] - minus[i]) / (2 * delta);
          expect(Math.abs(derivative - f[i])).toBeLessThan(1e-7 * (1 + Math.abs(f[i]) + Math.abs(y[i])));
        }
      }
    });
  }
});
