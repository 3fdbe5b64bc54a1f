/** One guided story of the Explorer. */
export interface Story {
  /** Stable id, used in URLs. */
  id: string;
  title: string;
  /** Two to four plain sentences for a student; numbers are what the model produces. */
  summary: string;
  /** Two to four things to watch in the plots and the picture. */
  lookAt: string[];
  /**
   * A runnable scenario (YAML, as `parseScenario` reads it). Several stories compare `arms`; the Explorer
   * shows one arm at a time, so `focusColumns` and `lookAt` name columns without an arm prefix.
   */
  scenarioYaml: string;
  /** Output columns to plot first (names without an arm prefix; each exists in at least one arm). */
  focusColumns: string[];
  /** Controls the Explorer may offer with this story (its control ids: "drug", "route", "dose", …). */
  controls?: string[];
}

/** The safety line every story's scenario carries (the project's rule: educational, no safe dose). */
export const SAFETY_COMMENT =
  "# Educational model only, not a dosing guide: no dose of an illicit opioid is safe, and fentanyl in the\n" +
  "# street supply makes every dose unpredictable. Help: US National Helpline 1-800-662-4357, 988,\n" +
  "# FindTreatment.gov; in an emergency call 911.";

/**
 * A story's scenario made from a file in scenarios/ (imported as text with Vite's `?raw`, so the story and
 * the CLI example cannot drift apart): the story's own comment `header`, the safety line, then the file
 * without its leading comment block and with its `name:` replaced by the story id.
 *
 * @example
 * import file from "../../../scenarios/routes.yaml?raw";
 * scenarioFromFile("route-and-rush", "# Heroin by route …", file);
 */
export function scenarioFromFile(id: string, header: string, file: string): string {
  const lines = file.split("\n");
  let start = 0;
  while (start < lines.length && lines[start]!.startsWith("#")) start++;
  const body = lines.slice(start).join("\n");
  if (!/^name: .*$/m.test(body)) throw new Error(`story ${id}: the scenario file has no name line`);
  return `${header}\n${SAFETY_COMMENT}\n${body.replace(/^name: .*$/m, `name: ${id}`)}`;
}
