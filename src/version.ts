/** Engine version, written into every summary for provenance. Keep in step with package.json. */
export const ENGINE_VERSION = "0.2.0";
