import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.ts";

describe("accumbens schema, drugs, validate", () => {
  it("prints the scenario JSON Schema", () => {
    const r = cli(["schema"]);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(schema.properties.doses).toBeDefined();
    expect(schema.additionalProperties).toBe(false);
  });

  it("lists drugs with routes, forms and sourced parameters", () => {
    const r = cli(["drugs"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("morphine");
    expect(r.stdout).toContain("routes: iv, iv_infusion");
    expect(r.stdout).toContain("Lötsch");
    const json = JSON.parse(cli(["drugs", "--json"]).stdout);
    expect(
      json.find((d: { id: string }) => d.id === "morphine").parameters["morphine: cl_l_h"],
    ).toMatchObject({ unit: "L/h", confidence: "derived" });
  });

  it("runs the validation targets as a table and as JSON", () => {
    const table = cli(["validate"]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/target\s+source\s+observed\s+simulated\s+tolerance\s+verdict/);
    const rows = JSON.parse(cli(["validate", "--json"]).stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({
        id: expect.any(String),
        source: expect.any(String),
        passed: expect.any(Boolean),
      });
      expect(row.passed || row.known_gap).toBe(true);
      expect(row).toHaveProperty("tolerance");
      expect(row).toHaveProperty("note");
    }
  });

  it("runs one target with --only, and rejects an unknown id with exit 2", () => {
    const one = JSON.parse(cli(["validate", "--json", "--only", "morphine-clearance-rook-2006"]).stdout);
    expect(one).toHaveLength(1);
    const bad = cli(["validate", "--only", "nope"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no validation target with id "nope"');
  });
});
