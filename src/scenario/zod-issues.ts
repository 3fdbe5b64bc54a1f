import type { z } from "zod";
import { type PathIssue, showValue } from "./errors.ts";
import { scenarioJsonSchema } from "./schema.ts";
import { didYouMean } from "./suggest.ts";

/*
 * Turns zod issues into messages that say what is accepted. Zod's own texts ("Too small: expected number
 * to be >0") name neither the whole constraint nor the allowed keys, so the accepted values are read from
 * the scenario's JSON Schema at the issue's path: the same text editors show.
 */

type JsonSchema = Readonly<Record<string, unknown>>;

let cachedSchema: JsonSchema | undefined;

function rootSchema(): JsonSchema {
  cachedSchema ??= scenarioJsonSchema();
  return cachedSchema;
}

/** The JSON Schema node describing the value at `path`, if the path exists in the schema. */
export function jsonSchemaAt(path: readonly PropertyKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = rootSchema();
  for (const key of path) {
    if (node === undefined) return undefined;
    const child: unknown =
      typeof key === "number"
        ? node["items"]
        : (node["properties"] as Record<string, unknown> | undefined)?.[String(key)];
    node = typeof child === "object" && child !== null ? (child as JsonSchema) : undefined;
  }
  return node;
}

/** Keys allowed in the object at `path` (empty when the path is not an object in the schema). */
export function allowedKeysAt(path: readonly PropertyKey[]): readonly string[] {
  const properties = jsonSchemaAt(path)?.["properties"];
  return typeof properties === "object" && properties !== null ? Object.keys(properties) : [];
}

function bounds(node: JsonSchema): string[] {
  const parts: string[] = [];
  const add = (key: string, op: string) => {
    const bound = node[key];
    if (typeof bound === "number" && Math.abs(bound) < Number.MAX_SAFE_INTEGER) parts.push(`${op} ${bound}`);
  };
  add("exclusiveMinimum", ">");
  add("minimum", ">=");
  add("exclusiveMaximum", "<");
  add("maximum", "<=");
  return parts;
}

/** What a JSON Schema node accepts, in words: `a number > 0 and <= 100000`, `one of "male", "female"`. */
export function describeJsonSchema(node: JsonSchema): string {
  if (Array.isArray(node["enum"])) return `one of ${node["enum"].map((v) => showValue(v)).join(", ")}`;
  switch (node["type"]) {
    case "number":
    case "integer": {
      const noun = node["type"] === "integer" ? "a whole number" : "a number";
      return [noun, bounds(node).join(" and ")].filter((s) => s !== "").join(" ");
    }
    case "string":
      return typeof node["pattern"] === "string"
        ? `a string matching ${node["pattern"]}`
        : "a non-empty string";
    case "array": {
      const min = node["minItems"];
      const max = node["maxItems"];
      const size = [
        typeof min === "number" && min > 0 ? `at least ${min}` : "",
        typeof max === "number" ? `at most ${max}` : "",
      ].filter((s) => s !== "");
      const noun = (typeof max === "number" ? max : min) === 1 ? "entry" : "entries";
      return size.length === 0 ? "a list" : `a list of ${size.join(" and ")} ${noun}`;
    }
    case "object":
      return `a map with keys ${Object.keys((node["properties"] as object | undefined) ?? {}).join(", ")}`;
    default:
      return "a valid value";
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One or more path issues for a zod issue; `raw` is the unvalidated value (for the offending value). */
export function fromZodIssue(issue: z.core.$ZodIssue, raw: unknown): PathIssue[] {
  const path = issue.path as readonly PropertyKey[];
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeysAt(path);
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: "unknown key",
      accepted: `${didYouMean(key, allowed)}allowed here: ${allowed.join(", ")}`,
      at: "key" as const,
    }));
  }
  if (issue.code === "custom") {
    const accepted = (issue.params as { accepted?: string } | undefined)?.accepted ?? "";
    return [{ path, message: issue.message, accepted }];
  }
  const value = valueAt(raw, path);
  const node = jsonSchemaAt(path);
  const message = value === undefined ? "missing" : `${showValue(value)} is not allowed`;
  const hint =
    issue.code === "invalid_value" && typeof value === "string"
      ? didYouMean(value, issue.values.map(String))
      : "";
  const accepted = node === undefined ? issue.message : `${hint}expected ${describeJsonSchema(node)}`;
  return [{ path, message, accepted }];
}
