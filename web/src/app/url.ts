import { effect, signal } from "@preact/signals";
import { armNames, readRaw, singleRun } from "../scenario/raw.ts";
import { readHash, writeHash } from "../scenario/share.ts";
import {
  currentSeq,
  EDIT_PAUSE_MS,
  lastFailure,
  scenario,
  scenarioYaml,
  setScenario,
} from "../state/store.ts";
import { STORIES } from "../stories/index.ts";
import { activeStory, findStory, loadStory, storyArms } from "./stories.ts";

/** The address that restores the current scenario. */
export const shareUrl = signal("");
/** Why the link the page was opened with could not be used (shown until dismissed). */
export const linkError = signal<string | null>(null);

let linkSeq = -1;

function fallBack(message: string): void {
  linkError.value = `This link's scenario could not be loaded, so the default story is shown instead.\n${message}`;
  linkSeq = -1;
  loadStory(STORIES[0]!);
}

const listed = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(", ");

/** What in the link names nothing that exists (a story id, a variant), or null. */
function unknownNames(state: ReturnType<typeof readHash>): string | null {
  if (state.story !== undefined && !findStory(state.story)) {
    return `There is no story "${state.story}". Stories: ${listed(STORIES.map((s) => s.id))}.`;
  }
  if (state.arm === undefined) return null;
  const story = findStory(state.story);
  let arms: string[] = story ? storyArms(story) : [];
  if (!story && state.text !== undefined) {
    try {
      arms = armNames(readRaw(state.text));
    } catch {
      return null; // the scenario's own error is reported instead
    }
  }
  if (arms.includes(state.arm)) return null;
  const owner = story ? `The story "${story.id}"` : "This scenario";
  return arms.length > 0
    ? `${owner} has no variant "${state.arm}". Variants: ${listed(arms)}.`
    : `${owner} has no variants, so "${state.arm}" is not one.`;
}

/** Opens what the address says: a shared scenario, a story, or the default story. */
export function boot(): void {
  let state: ReturnType<typeof readHash>;
  try {
    state = readHash(location.hash);
  } catch (err) {
    fallBack(err instanceof Error ? err.message : String(err));
    return;
  }
  const unknown = unknownNames(state);
  if (unknown) {
    const shown =
      state.text !== undefined
        ? "its scenario is shown without it"
        : findStory(state.story)
          ? "the story's first variant is shown instead"
          : "the default story is shown instead";
    linkError.value = `This link names something that does not exist, so ${shown}.\n${unknown}`;
  }
  const story = findStory(state.story);
  if (state.text === undefined) {
    loadStory(story ?? STORIES[0]!, state.arm);
    return;
  }
  try {
    const raw = singleRun(readRaw(state.text), state.arm);
    activeStory.value = story ? { story, ...(state.arm ? { arm: state.arm } : {}) } : null;
    setScenario(raw, false, performance.now(), state.text);
    linkSeq = currentSeq();
  } catch (err) {
    fallBack(err instanceof Error ? err.message : String(err));
  }
}

function isLink(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return params.has("s") || params.has("story");
}

/** Keeps the address in step with the scenario, and falls back when a linked scenario is invalid. */
export function syncUrl(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The YAML is written when edits pause, not on every slider step (it would delay the live curves).
  effect(() => {
    if (!scenario.value) return;
    const story = activeStory.value;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const hash = writeHash({
        text: scenarioYaml.peek(),
        ...(story ? { story: story.story.id } : {}),
        ...(story?.arm ? { arm: story.arm } : {}),
      });
      if (location.hash !== hash) history.replaceState(null, "", hash);
      shareUrl.value = location.href;
    }, EDIT_PAUSE_MS);
  });
  effect(() => {
    const f = lastFailure.value;
    if (f && f.seq === linkSeq && f.kind === "scenario") fallBack(f.message);
  });
  // Only a hash that names a scenario or a story is a new link; any other (an in-page anchor) is not.
  window.addEventListener("hashchange", () => {
    if (location.href !== shareUrl.peek() && isLink(location.hash)) boot();
  });
}
