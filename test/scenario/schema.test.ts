import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/scenario/index.ts";

describe("scenarioJsonSchema", () => {
  const schema = scenarioJsonSchema() as {
    $schema: string;
    title: string;
    description: string;
    additionalProperties: boolean;
    required: string[];
    properties: Record<
      string,
      { description?: string; items?: { properties: Record<string, { description?: string }> } }
    >;
  };

  it("is a titled draft 2020-12 schema that forbids unknown keys", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("Accumbens scenario");
    expect(schema.description).toMatch(/Times are hours/);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["name", "duration_h"]);
  });

  it("describes every field for editors", () => {
    for (const [key, node] of Object.entries(schema.properties)) expect(node.description, key).toBeTruthy();
    for (const [key, node] of Object.entries(schema.properties["doses"].items?.properties ?? {})) {
      expect(node.description, key).toBeTruthy();
    }
  });
});
