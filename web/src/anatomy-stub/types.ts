import type { JSX } from "preact";

/** The interface the anatomy/stories helper's modules implement (web/src/anatomy, web/src/stories). */
export type ValuesView = (props: { values: Readonly<Record<string, number>> }) => JSX.Element;

export interface Story {
  id: string;
  title: string;
  summary: string;
  lookAt: string[];
  scenarioYaml: string;
  focusColumns: string[];
  controls?: string[];
}
