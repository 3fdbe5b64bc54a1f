import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./test/web/chromium.ts";

/**
 * Browser tests of the Explorer (test/web/*.spec.ts) against the built app (`npm run build:web`) served
 * by `vite preview`, in Debian's Chromium. Never `npx playwright install`: no browser is downloaded.
 */
// Not Vite's default preview port, so a preview left running elsewhere does not collide.
const PORT = 4391;

export default defineConfig({
  testDir: "test/web",
  testMatch: "**/*.spec.ts",
  outputDir: ".reports/playwright-output",
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  ...(process.env["CI"] ? { workers: 2 } : {}),
  retries: 0,
  forbidOnly: Boolean(process.env["CI"]),
  // The JSON report is what .ci/run counts; the list reporter is for people.
  reporter: [["list"], ["json", { outputFile: ".reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 900 },
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `npx vite preview --config web/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});
