import { describe, expect, it } from "vitest";
import { parseNonmemDoses } from "../../src/scenario/index.ts";

const HEADER = "ID,TIME,AMT,CMT,EVID,RATE,II,ADDL";

describe("NONMEM numbers and IV infusions", () => {
  it("rejects non-decimal number formats instead of reading 0x10 as 16", () => {
    const { issues } = parseNonmemDoses(`${HEADER}\n1,0x10,5,morphine_iv,1,0,0,0\n`, "d.csv");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe("TIME");
  });

  it("accepts a RATE on any drug that can be infused (methadone_iv becomes an infusion)", () => {
    const { entries, issues } = parseNonmemDoses(`${HEADER}\n1,0,10,methadone_iv,1,5,0,0\n`, "d.csv");
    expect(issues).toEqual([]);
    expect(entries[0]).toMatchObject({ drug: "methadone", route: "iv_infusion", duration_h: 2 });
  });
});
