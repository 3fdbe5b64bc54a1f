import { signal } from "@preact/signals";
import { DEFAULT_OPEN, panelOf } from "../plots/panels.ts";
import { armNames, readRaw, singleRun } from "../scenario/raw.ts";
import { playhead, setScenario } from "../state/store.ts";
import { STORIES, type Story } from "../stories/index.ts";

/** The story on screen and, for a story with arms, which arm the controls start from. */
export const activeStory = signal<{ readonly story: Story; readonly arm?: string } | null>(null);

export function findStory(id: string | undefined): Story | undefined {
  return STORIES.find((s) => s.id === id);
}

export function storyArms(story: Story): string[] {
  try {
    return armNames(readRaw(story.scenarioYaml));
  } catch {
    return [];
  }
}

/** Loads a story's scenario (one arm of it, flattened) into the controls and runs it. */
export function loadStory(story: Story, arm?: string): void {
  const raw = readRaw(story.scenarioYaml);
  const arms = armNames(raw);
  const chosen = arm && arms.includes(arm) ? arm : arms[0];
  activeStory.value = chosen ? { story, arm: chosen } : { story };
  playhead.value = 0;
  setScenario(singleRun(raw, chosen), false);
}

/** Panels a story opens: those holding its focus columns (the default set otherwise). */
export function openPanels(story: Story | undefined): string[] {
  const ids = (story?.focusColumns ?? []).flatMap((c) => panelOf(c)?.id ?? []);
  return ids.length > 0 ? [...new Set(ids)] : DEFAULT_OPEN;
}
