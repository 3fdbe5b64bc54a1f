import { existsSync } from "node:fs";

/**
 * Debian's Chromium, shared by the browser tests (playwright.config.ts) and the Explorer benchmark
 * (web/scripts/bench-web.ts). Never `npx playwright install`: no browser is downloaded.
 */
const chromiumExecutable: string | undefined =
  process.env["CHROMIUM_PATH"] ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);

const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Playwright launch options: the executable when one was found, and the arguments above. */
export const chromiumLaunchOptions = {
  ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}),
  args: [...CHROMIUM_ARGS],
};
