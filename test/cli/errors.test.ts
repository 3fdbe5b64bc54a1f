import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./run-cli.ts";

const GOOD = `name: bad
duration_h: 2
doses:
  - drug: morphine
    route: iv
    amount_mg: 10
    at_h: 0
`;

/** Each malformed scenario: one clear located message, exit 2, and no output folder. */
const CASES: Array<[string, string, RegExp]> = [
  ["a YAML syntax error", GOOD.replace("route: iv", "route: [iv"), /bad\.yaml:\d+:\d+/],
  [
    "an unknown key",
    GOOD.replace("at_h: 0", "at_h: 0\n    amount_mgg: 3"),
    /bad\.yaml:8:5 doses\[0\]\.amount_mgg: unknown key/,
  ],
  [
    "a negative dose",
    GOOD.replace("amount_mg: 10", "amount_mg: -5"),
    /bad\.yaml:6:16 doses\[0\]\.amount_mg: -5 .*> 0/,
  ],
  [
    "an unknown drug",
    GOOD.replace("drug: morphine", "drug: morfine"),
    /bad\.yaml:4:11 doses\[0\]\.drug: .*morfine.*morphine/,
  ],
  [
    "an unknown route",
    GOOD.replace("route: iv", "route: rectal"),
    /bad\.yaml:5:12 doses\[0\]\.route: .*rectal.*iv/,
  ],
  [
    "a route the drug has no data for",
    GOOD.replace("route: iv", "route: smoked"),
    /morphine has no data for route smoked; available: iv, iv_infusion/,
  ],
];

describe("accumbens run with a malformed scenario", () => {
  for (const [what, text, message] of CASES) {
    it(`reports ${what} with file:line:col, exit 2 and no output`, () => {
      const dir = tempDir();
      const file = join(dir, "bad.yaml");
      writeFileSync(file, text);
      const r = cli(["run", file, "--out", join(dir, "out")]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      // One line per problem, each located; a broken bracket can upset the YAML parser on later lines too.
      const lines = r.stderr.trim().split("\n");
      if (what !== "a YAML syntax error") expect(lines).toHaveLength(1);
      for (const line of lines) expect(line).toMatch(/bad\.yaml:\d+:\d+ /);
      expect(existsSync(join(dir, "out"))).toBe(false);
    });
  }

  it("reports a missing file, exit 2", () => {
    const r = cli(["run", "no/such/file.yaml"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/file\.yaml: cannot read scenario: no such file/);
  });

  it("reports a condition on a signal the model lacks (breathing switched off), exit 2", () => {
    const dir = tempDir();
    const file = join(dir, "s.yaml");
    writeFileSync(
      file,
      `model: { breathing: false }\n${GOOD}  - drug: morphine\n    route: iv\n    amount_mg: 1\n    when: { ventilation_below_fraction_of_baseline: 0.4, delay_s: 60 }\n`,
    );
    const r = cli(["run", file, "--out", join(dir, "out")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /s\.yaml:12:13 doses\[1\]\.when\.ventilation_below_fraction_of_baseline: the run has no signal "ventilation_l_min": breathing is off \(model\.breathing: false\); set model\.breathing: true or auto/,
    );
  });
});
