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
