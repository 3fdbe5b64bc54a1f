import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/scenario/suggest.ts";
import { errorLines } from "./helpers.ts";

describe("suggestions for misspelt names", () => {
  it("measures edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("suggests a key the word starts, or one a few edits away, and nothing far off", () => {
    const keys = ["drug", "route", "form", "amount_mg", "at_h", "at_min"];
    expect(closest("amount", keys)).toBe("amount_mg");
    expect(closest("rout", keys)).toBe("route");
    expect(closest("ammount_mg", keys)).toBe("amount_mg");
    expect(closest("Drug", keys)).toBe("drug");
    expect(closest("colour", keys)).toBeUndefined();
  });

  it("suggests the closest enum value", () => {
    const text =
      "name: t\nduration_h: 1\ndoses: [{ drug: morphine, route: iv, amount_mg: 1, at_h: 0 }]\nsolver: { method: rodas5 }\n";
    expect(errorLines(text)).toEqual([
      'scenario.yaml:4:19 solver.method: "rodas5" is not allowed; did you mean rodas5p? expected one of "auto", "rodas", ' +
        '"rodas4", "rodas5p", "ros34pw2", "dopri5"',
    ]);
  });
});
