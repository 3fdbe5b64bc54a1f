import { describe, expect, it } from "vitest";
import { DRUGS } from "../../src/pharmacology/catalog.ts";
import { parseNonmemDoses } from "../../src/scenario/index.ts";
import type { ResolvedDose } from "../../src/scenario/types.ts";
import { errorLines, memoryIo, parseFixture } from "./helpers.ts";

const HEADER = "ID,TIME,AMT,CMT,EVID,RATE,II,ADDL";

/** Doses without `source`, which names the file or list entry they came from. */
function withoutSource(doses: readonly ResolvedDose[]) {
  return doses.map(({ source: _source, ...rest }) => rest);
}

/** The issue lines of a table, formatted as the scenario error would print them. */
function csvIssues(text: string, end_h?: number): string[] {
  const { issues } = parseNonmemDoses(text, "doses.csv", end_h === undefined ? {} : { end_h });
  return issues.map((i) => `${i.file}:${i.line}:${i.col} ${i.path}: ${i.message}; ${i.accepted}`);
}

describe("NONMEM event tables (doses_csv)", () => {
  it("bolus, infusion via RATE and II/ADDL equal the same doses written in YAML", () => {
    const csv = parseFixture("nonmem.yaml");
    const yaml = parseFixture("nonmem-equivalent.yaml");
    expect(withoutSource(csv.doses)).toEqual(withoutSource(yaml.doses));
    expect(csv.doses).toHaveLength(4 + 1 + 3);
    expect(csv.doses[0].source).toBe("doses.csv:2"); // as written in the scenario: the hash must not depend on where files are
  });

  it("treats RATE > 0 with route iv as an IV infusion lasting AMT/RATE hours", () => {
    const { entries, issues } = parseNonmemDoses(`${HEADER}\n1,1,10,morphine_iv,1,4,0,0\n`, "doses.csv");
    expect(issues).toEqual([]);
    expect(entries).toEqual([
      {
        drug: "morphine",
        route: "iv_infusion",
        form: "sulfate",
        amount_mg: 10,
        duration_h: 2.5,
        source: "doses.csv:2",
        time_h: 1,
        repeat: { every_h: 0, count: 0 },
      },
    ]);
  });

  it("reads headers case-insensitively, ignores extra columns, defaults RATE/II/ADDL to 0", () => {
    const { entries, issues } = parseNonmemDoses(
      "id,time,amt,cmt,evid,dv\n1,0,5,Morphine_iv,1,3.2\n",
      "d.csv",
    );
    expect(issues).toEqual([]);
    expect(entries[0]).toMatchObject({ drug: "morphine", route: "iv", amount_mg: 5, duration_h: 0 });
  });

  it("bad CMT: unknown drug, lists the catalog", () => {
    expect(csvIssues(`${HEADER}\n1,0,20,cocaine_iv,1,0,0,0\n`)).toEqual([
      `doses.csv:2:4 CMT: unknown drug "cocaine" in "cocaine_iv"; expected <drug>_<route>; available drugs: ${DRUGS.map((d) => d.id).join(", ")}`,
    ]);
  });

  it("bad CMT: route without data for the drug", () => {
    expect(csvIssues(`${HEADER}\n1,0,20,morphine_sublingual,1,0,0,0\n`)).toEqual([
      "doses.csv:2:4 CMT: morphine has no data for route sublingual; available: iv, iv_infusion, im, oral",
    ]);
  });

  it("bad CMT: a compartment number", () => {
    expect(csvIssues(`${HEADER}\n1,0,20,1,1,0,0,0\n`)[0]).toMatch(
      /^doses\.csv:2:4 CMT: unknown drug "1" in "1"; expected <drug>_<route>/,
    );
  });

  it("bad EVID says which are supported", () => {
    expect(csvIssues(`${HEADER}\n1,0,20,morphine_iv,4,0,0,0\n`)).toEqual([
      "doses.csv:2:5 EVID: 4 is not allowed; expected 1 (dose) or 0 (observation, skipped)",
    ]);
  });

  it("bad AMT is located at its field", () => {
    expect(
      csvIssues(
        `${HEADER}\n1,0,10,morphine_iv,1,0,0,0\n1,0,10,morphine_iv,1,0,0,0\n1,0,-3,morphine_iv,1,0,0,0\n`,
      ),
    ).toEqual(["doses.csv:4:3 AMT: -3 is not allowed; expected mg > 0 and <= 100000"]);
  });

  it("missing columns", () => {
    expect(csvIssues("ID,TIME,CMT,RATE\n1,0,morphine_iv,0\n")).toEqual([
      "doses.csv:1:1 header: missing columns AMT, EVID; expected columns ID,TIME,AMT,CMT,EVID (RATE, II, ADDL optional; others are ignored)",
    ]);
  });

  it("several IDs: cohorts come later", () => {
    expect(
      csvIssues(
        `${HEADER}\n1,0,10,morphine_iv,1,0,0,0\n2,0,10,morphine_iv,1,0,0,0\n3,0,1,morphine_iv,1,0,0,0\n`,
      ),
    ).toEqual([
      "doses.csv:3:1 ID: several subjects (IDs 1, 2); expected one ID per file: cohorts come later",
    ]);
  });

  it("ADDL without II, RATE on a non-IV route, iv_infusion without RATE, dose after the end", () => {
    expect(
      csvIssues(
        `${HEADER}\n1,0,10,morphine_iv,1,0,0,2\n1,0,10,morphine_iv_infusion,1,0,0,0\n1,30,10,morphine_iv,1,0,0,0\n`,
        24,
      ),
    ).toEqual([
      "doses.csv:2:7 II: 0 is not allowed with ADDL > 0; expected the interval between the ADDL doses, hours",
      "doses.csv:3:6 RATE: 0 is not allowed for route iv_infusion; expected the infusion rate > 0, mg/h",
      "doses.csv:4:2 TIME: 30 is not allowed; expected hours >= 0 and <= duration_h (24)",
    ]);
  });

  it("table issues reach the scenario error next to the file's own", () => {
    const io = memoryIo({ "doses.csv": `${HEADER}\n1,0,10,morphine_smoked,1,0,0,0\n` });
    expect(errorLines("name: n\nduration_h: -2\ndoses_csv: doses.csv\n", "s.yaml", io)).toEqual([
      "s.yaml:2:13 duration_h: -2 is not allowed; expected a number > 0 and <= 87660",
      "doses.csv:2:4 CMT: morphine has no data for route smoked; available: iv, iv_infusion, im, oral",
    ]);
  });

  it("an unreadable table is located at doses_csv", () => {
    expect(errorLines("name: n\nduration_h: 2\ndoses_csv: nope.csv\n", "s.yaml", memoryIo({}))).toEqual([
      "s.yaml:3:12 doses_csv: cannot read nope.csv (no such file: nope.csv); expected a CSV file path relative to the scenario file",
    ]);
  });
});
