import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test runs with outside requests blocked and recorded: the Explorer must load nothing from
 * anywhere but its own origin (no CDN, no fonts, no analytics).
 */
export const test = base.extend<{ outside: string[] }>({
  outside: [
    async ({ context }, use) => {
      const outside: string[] = [];
      await context.route(
        (url) =>
          !["127.0.0.1", "localhost"].includes(url.hostname) &&
          url.protocol !== "data:" &&
          url.protocol !== "blob:",
        (route) => {
          outside.push(route.request().url());
          return route.abort();
        },
      );
      await use(outside);
      expect(outside, "requests to outside addresses").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the full model has drawn the current scenario. */
export async function ready(page: Page): Promise<void> {
  await expect(page.getByTestId("status")).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
}

/** A screenshot for people to look at (CI keeps .reports/screenshots as an artefact). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `.reports/screenshots/${name}.png`, fullPage: true });
}

export function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

/** How many edits the page has drawn since it loaded (its own latency record, web/src/state/store.ts). */
export function drawnCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (globalThis as { __accumbensPerf?: { latencies: number[] } }).__accumbensPerf?.latencies.length ?? 0,
  );
}

/**
 * Moves the dose slider `steps` keyboard steps with `key`, waits for the full model, and returns the
 * slider's new text (its aria-valuetext).
 */
export async function stepDose(page: Page, key: "ArrowLeft" | "ArrowRight", steps: number): Promise<string> {
  const dose = page.getByTestId("dose");
  await dose.focus();
  for (let i = 0; i < steps; i++) await page.keyboard.press(key);
  await ready(page);
  return (await dose.getAttribute("aria-valuetext")) ?? "";
}
