import { describe, expect, it } from "vitest";
import { simulateArms } from "../../src/compare.ts";
import { parseScenario, type SimulationResult, simulate } from "../../src/index.ts";
import { SAFETY_COMMENT, STORIES } from "../../web/src/stories/index.ts";
import { scenarioFromFile } from "../../web/src/stories/story.ts";

const io = {
  readText: (): string => {
    throw new Error("stories must not read files");
  },
  resolvePath: (_from: string, rel: string) => rel,
};

/** Column names written into story text (snake_case words such as `cows_total`). */
const COLUMN_WORD = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;

function runStory(yaml: string, id: string): SimulationResult[] {
  const scenario = parseScenario(yaml, `${id}.yaml`, io);
  return (scenario.arms ?? []).length > 0
    ? simulateArms(scenario).arms.map((a) => a.result)
    : [simulate(scenario)];
}

describe("scenarioFromFile", () => {
  it("puts the story's header and the safety line before the file's body and names it after the story", () => {
    const file = "# the file's own comment\n# second line\nname: from-file\nduration_h: 1\n";
    expect(scenarioFromFile("my-story", "# story header", file)).toBe(
      `# story header\n${SAFETY_COMMENT}\nname: my-story\nduration_h: 1\n`,
    );
  });

  it("refuses a file without a name line", () => {
    expect(() => scenarioFromFile("my-story", "# h", "# c\nduration_h: 1\n")).toThrow(
      /my-story.*no name line/,
    );
  });
});

describe("guided stories", () => {
  it("have unique ids, 2–4 things to look at and at least one focus column", () => {
    expect(new Set(STORIES.map((s) => s.id)).size).toBe(STORIES.length);
    expect(STORIES[0]!.id).toBe("route-and-rush");
    for (const s of STORIES) {
      expect(s.lookAt.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.lookAt.length, s.id).toBeLessThanOrEqual(4);
      expect(s.focusColumns.length, s.id).toBeGreaterThan(0);
    }
  });

  it("never name a safe dose and every scenario carries the safety line", () => {
    for (const s of STORIES) {
      const text = [s.title, s.summary, ...s.lookAt, s.scenarioYaml].join("\n");
      expect(text, s.id).not.toMatch(/\bsafe(?:r|st)?\s+(?:dose|amount|level|range|way|quantity)/i);
      expect(text, s.id).not.toMatch(/\bsafely\b/i);
      expect(s.scenarioYaml, s.id).toContain(SAFETY_COMMENT);
    }
  });

  for (const story of STORIES) {
    it(`${story.id} parses, simulates, and has every column it names`, () => {
      const results = runStory(story.scenarioYaml, story.id);
      const names = new Set(results.flatMap((r) => r.columns.map((c) => c.name)));
      for (const c of story.focusColumns) expect(names, `${story.id}: ${c}`).toContain(c);
      for (const line of story.lookAt) {
        for (const word of line.match(COLUMN_WORD) ?? []) {
          if (word === "on_time" || word === "too_early") continue; // arm names
          expect(names, `${story.id}: ${word}`).toContain(word);
        }
      }
      for (const r of results) {
        for (const c of r.columns)
          expect(c.values.every(Number.isFinite), `${story.id}: ${c.name}`).toBe(true);
        // The browser stays fast: breathing (a delay equation with a seconds-long step cap) only in short runs.
        if (r.scenario.model.breathing) expect(r.scenario.duration_h, story.id).toBeLessThanOrEqual(48);
      }
    });
  }
});

/** Peak of a column and its time (h) in one run. */
function peak(r: SimulationResult, column: string): { value: number; time_h: number } {
  const c = r.columns.find((x) => x.name === column)!;
  let i = 0;
  for (let k = 1; k < c.values.length; k++) if (c.values[k]! > c.values[i]!) i = k;
  return { value: c.values[i]!, time_h: r.time_h[i]! };
}

const arrested = (r: SimulationResult) => r.events.some((e) => e.type === "cardiac_arrest");

/** The numbers the story text quotes, so an engine change that moves them shows here. */
describe("numbers quoted in the stories", () => {
  const run = (id: string) => {
    const story = STORIES.find((s) => s.id === id)!;
    const scenario = parseScenario(story.scenarioYaml, `${id}.yaml`, io);
    return (scenario.arms ?? []).length > 0
      ? new Map(simulateArms(scenario).arms.map((a) => [a.name, a.result]))
      : new Map([["", simulate(scenario)]]);
  };

  it("what-dopamine-does: accumbens dopamine peaks near 2.9× about 11 minutes after IV heroin", () => {
    const p = peak(run("what-dopamine-does").get("")!, "dopamine_nacc_rel");
    expect(p.value).toBeCloseTo(2.9, 1);
    expect(p.time_h * 60).toBeGreaterThan(9);
    expect(p.time_h * 60).toBeLessThan(14);
  });

  it("withdrawal-timeline: COWS peaks near 22 at about 38 h", () => {
    const p = peak(run("withdrawal-timeline").get("")!, "cows_total");
    expect(p.value).toBeGreaterThan(20);
    expect(p.value).toBeLessThan(24);
    expect(p.time_h).toBeGreaterThan(34);
    expect(p.time_h).toBeLessThan(42);
  });

  it("buprenorphine-timing: the COWS peaks the text quotes (too early about 4, on time 8.3)", () => {
    const arms = run("buprenorphine-timing");
    expect(peak(arms.get("too_early")!, "cows_total").value).toBeCloseTo(4, 0);
    expect(peak(arms.get("on_time")!, "cows_total").value).toBeCloseTo(8.3, 1);
  });

  it("relapse-after-abstinence: cardiac arrest after 7 and 30 days, not while using or after 1 day", () => {
    const arms = run("relapse-after-abstinence");
    expect(["using_daily", "day_1", "day_7", "day_30"].map((a) => arrested(arms.get(a)!))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it("naloxone-rescue and fentanyl-in-the-supply: who arrests", () => {
    const rescue = run("naloxone-rescue");
    expect(arrested(rescue.get("no_naloxone")!)).toBe(true);
    expect(arrested(rescue.get("naloxone")!)).toBe(false);
    const fentanyl = run("fentanyl-in-the-supply");
    expect(arrested(fentanyl.get("heroin")!)).toBe(false);
    expect(arrested(fentanyl.get("with_fentanyl")!)).toBe(true);
  });

  it("methadone-and-naltrexone: methadone holds COWS low, naltrexone too soon precipitates withdrawal", () => {
    const arms = run("methadone-and-naltrexone");
    expect(peak(arms.get("nothing")!, "cows_total").value).toBeGreaterThan(20);
    expect(peak(arms.get("methadone")!, "cows_total").value).toBeLessThan(5);
    expect(peak(arms.get("naltrexone_too_soon")!, "cows_total").value).toBeGreaterThan(20);
    const blocked = peak(arms.get("naltrexone_after_detox")!, "euphoria_frac").value;
    const open = peak(arms.get("after_detox_no_naltrexone")!, "euphoria_frac").value;
    expect(blocked).toBeLessThan(0.5 * open);
  });
});
