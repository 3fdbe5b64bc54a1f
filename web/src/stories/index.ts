/**
 * The Explorer's guided stories, in teaching order; the first is the default. Each carries a runnable
 * scenario based on one in scenarios/, its numbers as the model produces them (test/web-unit/stories.test.ts
 * runs every one).
 */
import { DOPAMINE, PRODRUG, ROUTES } from "./acute.ts";
import { TOLERANCE, WITHDRAWAL } from "./chronic.ts";
import { FENTANYL, NALOXONE_RESCUE, RELAPSE, RENARCOTIZATION } from "./danger.ts";
import type { Story } from "./story.ts";
import { BUPRENORPHINE, METHADONE_NALTREXONE } from "./treatment.ts";

export type { Story } from "./story.ts";
export { SAFETY_COMMENT } from "./story.ts";

export const STORIES: readonly Story[] = Object.freeze([
  ROUTES,
  PRODRUG,
  DOPAMINE,
  TOLERANCE,
  WITHDRAWAL,
  RELAPSE,
  NALOXONE_RESCUE,
  RENARCOTIZATION,
  FENTANYL,
  BUPRENORPHINE,
  METHADONE_NALTREXONE,
]);
