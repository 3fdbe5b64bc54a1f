/**
 * The brain/body picture, the synapse view and the guided stories come from web/src/anatomy and
 * web/src/stories (another workstream). Until a module exists, its stand-in in web/src/anatomy-stub is
 * used; the glob resolves at build time, so a rebuild picks the real module up.
 */
import { BrainBody as StubBrainBody } from "./anatomy-stub/BrainBody.tsx";
import { Synapse as StubSynapse } from "./anatomy-stub/Synapse.tsx";
import { STORIES as STUB_STORIES } from "./anatomy-stub/stories.ts";
import type { Story, ValuesView } from "./anatomy-stub/types.ts";

export type { Story } from "./anatomy-stub/types.ts";

const found = import.meta.glob<Record<string, unknown>>(
  ["./anatomy/BrainBody.tsx", "./anatomy/Synapse.tsx", "./stories/index.ts"],
  { eager: true },
);

export const BrainBody =
  (found["./anatomy/BrainBody.tsx"]?.["BrainBody"] as ValuesView | undefined) ?? StubBrainBody;
export const Synapse = (found["./anatomy/Synapse.tsx"]?.["Synapse"] as ValuesView | undefined) ?? StubSynapse;
const realStories = found["./stories/index.ts"]?.["STORIES"] as readonly Story[] | undefined;
export const STORIES: readonly Story[] = realStories && realStories.length > 0 ? realStories : STUB_STORIES;
/** Which parts are stand-ins (shown in the About panel and noted in tests). */
export const USING_STUBS = {
  brainBody: BrainBody === StubBrainBody,
  synapse: Synapse === StubSynapse,
  stories: STORIES === STUB_STORIES,
};
