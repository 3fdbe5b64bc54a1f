import { describe, expect, it } from "vitest";
import { DRUGS } from "../../src/pharmacology/catalog.ts";
import { errorLines } from "./helpers.ts";

/** Issue 3: a drug by a route it has no data for is a located error listing that drug's routes. */
describe("routes without data", () => {
  for (const [drug, route] of [
    ["methadone", "smoked"],
    ["lofexidine", "intranasal"],
    ["naloxone", "oral"],
  ] as const) {
    it(`${route} ${drug}`, () => {
      const text = `name: t\nduration_h: 6\ndoses:\n  - drug: ${drug}\n    route: ${route}\n    amount_mg: 1\n    at_h: 0\n`;
      const routes = DRUGS.find((d) => d.id === drug)!
        .routes.map((r) => r.route)
        .join(", ");
      expect(errorLines(text)).toEqual([
        `scenario.yaml:5:12 doses[0].route: ${drug} has no data for route ${route}; available: ${routes}`,
      ]);
    });
  }
});
