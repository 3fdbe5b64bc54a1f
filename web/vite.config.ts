import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

/**
 * The Explorer: root `web/`, output `web/dist/`. The worker imports the engine from `../src`, which lies
 * outside the root; Vite serves it because the repository root (the workspace) is allowed.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [preact()],
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // One small app: no preload polyfill that would fetch anything at runtime.
    modulePreload: { polyfill: false },
  },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 5173 },
});
