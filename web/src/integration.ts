/**
 * The brain/body picture, the synapse view and the guided stories (web/src/anatomy, web/src/stories),
 * as the Explorer consumes them: `BrainBody` and `Synapse` take every output column's value at the
 * playhead; the first story is the default.
 */
export { BrainBody } from "./anatomy/BrainBody.tsx";
export { Synapse } from "./anatomy/Synapse.tsx";
export { STORIES, type Story } from "./stories/index.ts";
