import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bindingRates,
  equilibriumOccupancy,
  fromFdaUnits,
  halfOccupancy_nM,
  type KineticLigand,
} from "../../../src/model/receptor/kinetic-binding.ts";
import { createSolver } from "../../../src/solver/create.ts";

/**
 * Kinetic competitive binding (src/model/receptor/kinetic-binding.ts; FDA model, models.md §1.3). Kept
 * with the breathing tests because it is the FDA port's receptor stage; it belongs in test/model/receptor
 * once that folder exists.
 */

// Ligand_Data/*_pars.txt values as listed in models.md §1.3 (kon pM^-n s^-1, koff s^-1, n).
const FENTANYL = fromFdaUnits("fentanyl", { kon_per_pm_n_s: 3.081e-5, koff_per_s: 0.004331, hill: 0.8439 });
const CARFENTANIL = fromFdaUnits("carfentanil", {
  kon_per_pm_n_s: 9.954e-6,
  koff_per_s: 2.467e-4,
  hill: 1.025,
});
const NALOXONE = fromFdaUnits("naloxone", { kon_per_pm_n_s: 1.669e-4, koff_per_s: 0.03959, hill: 0.858 });
const REMIFENTANIL = fromFdaUnits("remifentanil", {
  kon_per_pm_n_s: 8.078e-6,
  koff_per_s: 0.002076,
  hill: 0.7034,
});

/** A random ligand with kinetics spanning the FDA fits and beyond (kon, koff over 8 decades). */
const ligandArb: fc.Arbitrary<KineticLigand> = fc
  .record({
    logKon: fc.double({ min: -3, max: 5, noNaN: true }),
    logKoff: fc.double({ min: -2, max: 4, noNaN: true }),
    hill: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
  })
  .map(({ logKon, logKoff, hill }) => ({
    id: "x",
    kon_per_nm_n_h: 10 ** logKon,
    koff_per_h: 10 ** logKoff,
    hill,
  }));
/** Concentrations from none to absurd (0 and 1e-6 … 1e6 nM). */
const concArb = fc.oneof(
  fc.constant(0),
  fc.double({ min: -6, max: 6, noNaN: true }).map((e) => 10 ** e),
);

describe("kinetic MOR binding", () => {
  it("converts the FDA's pM/s constants: half-occupancy concentrations as in models.md §1.3", () => {
    expect(halfOccupancy_nM(FENTANYL)).toBeCloseTo(0.35, 2);
    expect(halfOccupancy_nM(CARFENTANIL)).toBeCloseTo(0.023, 3);
    expect(halfOccupancy_nM(NALOXONE)).toBeCloseTo(0.59, 2);
    expect(halfOccupancy_nM(REMIFENTANIL)).toBeCloseTo(2.7, 1);
    expect(FENTANYL.koff_per_h).toBeCloseTo(0.004331 * 3600, 10);
    const out = new Float64Array(1);
    equilibriumOccupancy([FENTANYL], [halfOccupancy_nM(FENTANYL)], out);
    expect(out[0]).toBeCloseTo(0.5, 12);
  });

  it("lets naloxone displace fentanyl (one shared pool)", () => {
    const alone = new Float64Array(1);
    const both = new Float64Array(2);
    equilibriumOccupancy([FENTANYL], [10], alone);
    equilibriumOccupancy([FENTANYL, NALOXONE], [10, 100], both);
    expect(both[0]!).toBeLessThan(alone[0]! / 2);
    expect(both[0]! + both[1]!).toBeLessThan(1);
  });

  it("keeps equilibrium occupancies in [0, 1] with sum ≤ 1 for any concentrations (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ligandArb, concArb), { minLength: 1, maxLength: 5 }), (pairs) => {
        const out = new Float64Array(pairs.length);
        equilibriumOccupancy(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
          out,
        );
        const sum = out.reduce((a, b) => a + b, 0);
        for (const o of out) expect(o >= 0 && o <= 1).toBe(true);
        expect(sum).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { seed: 20260402 },
    );
  });

  it("points into the simplex on its faces, so exact trajectories never leave it (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ligandArb, concArb, fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(3),
        (rows, face) => {
          const ligands = rows.map((r) => r[0]);
          const conc = rows.map((r) => r[1]);
          const m = rows.length;
          const y = Float64Array.from(rows, (r) => r[2]);
          if (y.every((v) => v === 0)) y[0] = 1;
          const total = y.reduce((a, b) => a + b, 0);
          const d = new Float64Array(m);
          // Face Σ = 1: total occupancy cannot rise.
          for (let i = 0; i < m; i++) y[i]! /= total;
          bindingRates(ligands, conc, y, 0, d);
          expect(d.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
            1e-12 * (1 + Math.max(...d.map(Math.abs))),
          );
          // Face Occ_k = 0: that occupancy cannot fall (up to the round-off of the normalisation above,
          // which can leave Σ Occ a few ulps over 1).
          const k = face % m;
          y[k] = 0;
          bindingRates(ligands, conc, y, 0, d);
          const onRate = ligands[k]!.kon_per_nm_n_h * conc[k]! ** ligands[k]!.hill;
          expect(d[k]!).toBeGreaterThanOrEqual(-1e-14 * onRate);
        },
      ),
      { seed: 20260403 },
    );
  });

  it("keeps integrated occupancies in [0, 1] under changing concentrations (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ligandArb, concArb, fc.double({ min: 0, max: 5, noNaN: true })), {
          minLength: 1,
          maxLength: 4,
        }),
        (rows) => {
          const m = rows.length;
          const ligands = rows.map((r) => r[0]);
          // Each concentration decays from its start value at its own rate (per hour).
          const conc = new Float64Array(m);
          const solver = createSolver("rodas4", m, { rtol: 1e-6, atol: 1e-10 });
          const y = new Float64Array(m);
          let worst = 0;
          solver.solve(
            {
              n: m,
              rhs: (t, v, d) => {
                for (let i = 0; i < m; i++) conc[i] = rows[i]![1] * Math.exp(-rows[i]![2] * t);
                bindingRates(ligands, conc, v, 0, d);
              },
            },
            0,
            y,
            4,
            (step) => {
              const s = new Float64Array(m);
              for (const t of [step.t0, 0.5 * (step.t0 + step.t1), step.t1]) {
                step.interpolate(t, s);
                const sum = s.reduce((a, b) => a + b, 0);
                worst = Math.max(worst, -Math.min(...s), sum - 1);
              }
              return undefined;
            },
          );
          // The exact flow stays in the simplex (previous property); what is left is round-off and
          // integration error, about 1e-9 at association rates up to 1e8 /h (1e6 nM, n ≈ 1.4).
          expect(worst).toBeLessThanOrEqual(1e-8);
        },
      ),
      { numRuns: 60, seed: 20260401 },
    );
  });

  it("relaxes to the equilibrium occupancy at constant concentration", () => {
    const ligands = [FENTANYL, NALOXONE];
    const conc = [2, 5];
    const y = new Float64Array(2);
    createSolver("rodas4", 2, { rtol: 1e-10, atol: 1e-12 }).solve(
      { n: 2, rhs: (_t, v, d) => bindingRates(ligands, conc, v, 0, d) },
      0,
      y,
      2,
    );
    const eq = new Float64Array(2);
    equilibriumOccupancy(ligands, conc, eq);
    expect(y[0]).toBeCloseTo(eq[0]!, 8);
    expect(y[1]).toBeCloseTo(eq[1]!, 8);
  });
});
