import type { Page } from "@playwright/test";
import { base64url, drawnCount, expect, ready, shot, stepDose, test } from "./fixtures.ts";

test("opens with the default story, its plots, the safety note and help", async ({ page, outside }) => {
  await page.goto("/");
  await ready(page);
  const first = page.locator('[data-testid^="story-"][aria-pressed="true"]');
  await expect(first).toHaveCount(1);
  await expect(page.getByTestId("story-text").locator("h3")).toHaveText((await first.textContent()) ?? "");
  expect(await page.locator(".plot-host canvas").count()).toBeGreaterThan(0);
  await expect(page.getByTestId("safety-note")).toContainText("No dose is safe");
  await expect(page.getByTestId("safety-note")).toContainText("fentanyl");
  await expect(page).toHaveURL(/#.*s=/);
  const header = page.getByTestId("header-safety");
  await expect(header).toContainText("no dose is safe");
  await expect(header).toBeInViewport();
  await shot(page, "explorer-default");
  await page.mouse.wheel(0, 2000);
  await expect(header).toBeInViewport();
  await page.mouse.wheel(0, -2000);
  await page.getByTestId("help").click();
  const help = page.getByTestId("help-dialog");
  await expect(help).toBeVisible();
  await expect(help.locator('a[href="tel:18006624357"]')).toHaveText("1-800-662-4357");
  await expect(help.locator('a[href="tel:988"]')).toBeVisible();
  await expect(help).toContainText("FindTreatment.gov");
  await shot(page, "help");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  expect(outside).toEqual([]);
});

/** Previews the page drew from its cache of computed-ahead previews (perf.cacheHits in web/src/state/store.ts). */
function cacheHits(page: Page): Promise<number> {
  return page.evaluate(
    () => (globalThis as { __accumbensPerf?: { cacheHits: number } }).__accumbensPerf!.cacheHits,
  );
}

/** The peak the Brain panel reports for brain 6-MAM (the default story's first focus series). */
async function brainPeak(page: Page): Promise<number> {
  const attr = await page.locator("#panel-body-brain .plot-host").getAttribute("data-series-peaks");
  const peaks = JSON.parse(attr ?? "{}") as Record<string, number | null>;
  return peaks["mam6_brain_nm"] ?? Number.NaN;
}

test("moving the dose slider redraws the curves (preview, then the full model)", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const canvas = page.locator(".plot-host canvas").first();
  const before = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await expect(page.getByTestId("arm-iv")).toHaveAttribute("aria-pressed", "true");
  const start = await brainPeak(page);
  expect(start).toBeGreaterThan(0);
  const dose = page.getByTestId("dose");
  const label = await dose.getAttribute("aria-valuetext");
  await dose.focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowRight");
  await expect(dose).not.toHaveAttribute("aria-valuetext", label ?? "");
  await ready(page);
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(before);
  // The curves drawn are the new data, not just any redraw: a higher dose, a higher brain 6-MAM peak.
  await expect.poll(() => brainPeak(page)).toBeGreaterThan(start);
  const up = await brainPeak(page);
  for (let i = 0; i < 120; i++) await page.keyboard.press("ArrowLeft");
  await ready(page);
  await expect.poll(() => brainPeak(page)).toBeLessThan(start);
  expect(await brainPeak(page)).toBeLessThan(up);
  expect(await drawnCount(page)).toBeGreaterThan(0);
  // Another variant of the story (snorted instead of injected): a much lower brain peak.
  await page.getByTestId("arm-intranasal").click();
  await expect(page.getByTestId("arm-intranasal")).toHaveAttribute("aria-pressed", "true");
  await ready(page);
  await expect.poll(() => brainPeak(page)).toBeLessThan(start * 0.6);
});

test("a keyboard step onto a neighbour computed ahead is drawn from the cache, and the curve follows it", async ({
  page,
}) => {
  await page.goto("/");
  await ready(page);
  const hits = () => cacheHits(page);
  const brain = page.locator("#panel-body-brain .plot-host");
  const dose = page.getByTestId("dose");
  await dose.focus();
  // One step: a run, then its two neighbours are computed while the worker is idle (the full run waits for
  // the keys to pause, so both are done by the time it arrives).
  await page.keyboard.press("ArrowRight");
  await ready(page);
  const before = await hits();
  const previewPeaks: number[] = [];
  for (let i = 0; i < 3; i++) {
    const shown = await brain.getAttribute("data-shown");
    await page.keyboard.press("ArrowRight");
    // The cached preview itself, before the full run replaces it (150 ms after the keys pause, then a run).
    await expect.poll(() => brain.getAttribute("data-shown")).toMatch(/^preview /);
    expect(await brain.getAttribute("data-shown")).not.toBe(shown);
    expect(await hits()).toBe(before + i + 1);
    previewPeaks.push(await brainPeak(page));
    await ready(page);
  }
  // Each cached preview is the new dose's (a higher dose, a higher brain 6-MAM peak), not a stale curve.
  expect(previewPeaks[1]!).toBeGreaterThan(previewPeaks[0]!);
  expect(previewPeaks[2]!).toBeGreaterThan(previewPeaks[1]!);
  // PageUp moves a tenth of the range (100 of 1000 positions), where nothing was computed ahead: a run.
  const now = await hits();
  await page.keyboard.press("PageUp");
  await ready(page);
  expect(await hits()).toBe(now);
});

test("a slider taking focus has its neighbours computed ahead: the first arrow-key step is drawn from the cache", async ({
  page,
}) => {
  await page.goto("/");
  await ready(page);
  const hits = () => cacheHits(page);
  const before = await hits();
  await page.getByTestId("dose-time").focus();
  // Two preview runs on an idle worker take tens of milliseconds; a student's first key press comes later.
  await page.waitForTimeout(1000);
  await page.keyboard.press("ArrowRight");
  await expect.poll(hits).toBe(before + 1);
  await ready(page);
});

test("a preview redraws only the plots in view; one scrolled to catches up before the full run", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto("/");
  await ready(page);
  const dose = page.getByTestId("dose");
  await dose.scrollIntoViewIfNeeded();
  const brain = page.locator("#panel-body-brain .plot-host");
  await expect(brain).not.toBeInViewport();
  const peaks = () => brain.getAttribute("data-series-peaks");
  const before = await peaks();
  const drawnBefore = await drawnCount(page);
  // A drag: the pointer stays down, so only previews run (the full model waits for it to let go).
  const box = (await dose.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  for (const f of [0.5, 0.6, 0.7]) await page.mouse.move(box.x + box.width * f, y, { steps: 4 });
  await expect.poll(() => drawnCount(page)).toBeGreaterThan(drawnBefore);
  await expect(page.getByTestId("status")).not.toHaveAttribute("data-state", "ready");
  expect(await peaks()).toBe(before);
  // Scrolled into view while the pointer is still down: it takes the newest preview at once.
  await brain.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await expect.poll(peaks).not.toBe(before);
  await expect(page.getByTestId("status")).not.toHaveAttribute("data-state", "ready");
  await page.mouse.up();
  await ready(page);
});

test("every plot lies inside its card and the window (1280 × 900)", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const panels = page.locator(".panel.open");
  // Open every panel, so the right column (two y axes) is checked too.
  const closed = page.locator(".panel.closed .panel-toggle");
  while ((await closed.count()) > 0) await closed.first().click();
  await ready(page);
  expect(await panels.count()).toBeGreaterThan(1);
  const viewport = page.viewportSize()!;
  for (const panel of await panels.all()) {
    const box = (await panel.boundingBox())!;
    const title = await panel.locator("h3").textContent();
    for (const canvas of await panel.locator(".plot-host canvas").all()) {
      const c = (await canvas.boundingBox())!;
      expect(c.x, `${title}: left edge`).toBeGreaterThanOrEqual(box.x);
      expect(c.x + c.width, `${title}: right edge in the card`).toBeLessThanOrEqual(box.x + box.width + 0.5);
      expect(c.x + c.width, `${title}: right edge in the window`).toBeLessThanOrEqual(viewport.width);
    }
  }
});

test("each story opens and runs", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/");
  await ready(page);
  const buttons = page.locator('[data-testid^="story-"]:not([data-testid="story-text"])');
  const ids = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const button = page.getByTestId(id);
    const title = (await button.textContent()) ?? "";
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByTestId("story-text").locator("h3")).toHaveText(title);
    await ready(page);
    await expect(page.getByTestId("scenario-error")).toHaveCount(0);
    expect(await page.locator(".plot-host canvas").count()).toBeGreaterThan(0);
    await shot(page, id);
  }
});

test("a shared link restores its scenario", async ({ page, context }) => {
  await page.goto("/");
  await ready(page);
  const wanted = await stepDose(page, "ArrowLeft", 25);
  const story = await page.getByTestId("story-text").locator("h3").textContent();
  await expect(page.getByTestId("share-url")).toHaveValue(/#.*s=/);
  const link = await page.getByTestId("share-url").inputValue();
  const other = await context.newPage();
  await other.goto(link);
  await ready(other);
  await expect(other.getByTestId("dose")).toHaveAttribute("aria-valuetext", wanted);
  await expect(other.getByTestId("story-text").locator("h3")).toHaveText(story ?? "");
  await expect(other.getByTestId("link-error")).toHaveCount(0);
  await shot(other, "shared-link");
});

test("the skip link moves focus to the plots and keeps the scenario", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const dose = page.getByTestId("dose");
  const wanted = await stepDose(page, "ArrowLeft", 10);
  await expect(page).toHaveURL(/#.*s=/);
  const url = page.url();
  await page.getByTestId("skip").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  await ready(page);
  await expect(dose).toHaveAttribute("aria-valuetext", wanted);
  expect(page.url()).toBe(url);
  // An in-page anchor typed into the address is not a new link either: once the page has handled the
  // hashchange (and a frame has passed), nothing was reloaded.
  const drawn = await drawnCount(page);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        addEventListener("hashchange", () => requestAnimationFrame(() => done()), { once: true });
        location.hash = "#main";
      }),
  );
  await expect(page.getByTestId("status")).toHaveAttribute("data-state", "ready");
  await expect(dose).toHaveAttribute("aria-valuetext", wanted);
  expect(await drawnCount(page)).toBe(drawn);
});

test("a run without cardiac arrest says that surviving in the model does not make a dose safe", async ({
  page,
}) => {
  const yaml = [
    "name: small",
    "duration_h: 2",
    "subject: { opioid_history: naive }",
    "doses:",
    "  - { drug: morphine, route: iv, amount_mg: 5, at_h: 0 }",
    "",
  ].join("\n");
  await page.goto(`/#s=${base64url(yaml)}`);
  await ready(page);
  await expect(page.getByTestId("no-arrest-note")).toContainText("does not make the dose safe");
});

test("a scenario without an opioid says so; the opioid controls wait for an explicit add", async ({
  page,
}) => {
  const yaml = [
    "name: naloxone-only",
    "duration_h: 2",
    "doses:",
    "  - { drug: naloxone, route: intranasal, amount_mg: 4, at_h: 0 }",
    "",
  ].join("\n");
  await page.goto(`/#s=${base64url(yaml)}`);
  await ready(page);
  await expect(page.getByTestId("no-opioid")).toContainText("No opioid taken");
  for (const id of ["drug", "route", "dose", "dose-time"]) await expect(page.getByTestId(id)).toBeDisabled();
  await page.getByTestId("add-opioid").click();
  await expect(page.getByTestId("no-opioid")).toHaveCount(0);
  await expect(page.getByTestId("dose")).toBeEnabled();
  await expect(page.getByTestId("dose")).toHaveAttribute("aria-valuetext", "20 mg");
  await ready(page);
  await expect(page.getByTestId("naloxone")).toBeChecked();
});

test("a link to a scenario written by hand runs it", async ({ page }) => {
  const yaml = [
    "name: shared",
    "duration_h: 2",
    "subject: { opioid_history: naive }",
    "doses:",
    "  - { drug: morphine, route: iv, amount_mg: 15, at_h: 0 }",
    "",
  ].join("\n");
  await page.goto(`/#s=${base64url(yaml)}`);
  await ready(page);
  await expect(page.getByTestId("drug")).toHaveValue("morphine");
  await expect(page.getByTestId("dose")).toHaveAttribute("aria-valuetext", "15 mg");
  await expect(page.getByTestId("link-error")).toHaveCount(0);
});

test("an invalid link shows the engine's message and the default story", async ({ page }) => {
  const bad =
    "name: broken\nduration_h: -1\ndoses:\n  - { drug: heroin, route: iv, amount_mg: 20, at_h: 0 }\n";
  await page.goto(`/#s=${base64url(bad)}`);
  const alert = page.getByTestId("link-error");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("could not be loaded");
  await expect(alert).toContainText("duration_h");
  // Located in the text the link carried (line 2), not in a one-line copy of it.
  await expect(alert).toContainText("scenario.yaml:2:");
  await ready(page);
  await expect(page.locator('[data-testid^="story-"][aria-pressed="true"]')).toHaveCount(1);
  await shot(page, "invalid-link");
  await page.goto("about:blank");
  await page.goto("/#s=@@not-base64@@");
  await expect(page.getByTestId("link-error")).toContainText("base64url");
});

test("the YAML editor reports an error at its line in the text as written", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.getByText("Scenario as YAML").click();
  const yaml = page.getByTestId("yaml");
  await yaml.fill(
    [
      "name: typed",
      "duration_h: 2",
      "subject: { opioid_history: naive }",
      "doses:",
      "  - { drug: morphine, route: iv, amount_mg: -5, at_h: 0 }",
      "",
    ].join("\n"),
  );
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("scenario-error")).toContainText("scenario.yaml:5:");
  // 3 × EDIT_PAUSE_MS (100 ms, web/src/state/store.ts): the text would have been rewritten by then.
  await page.waitForTimeout(300);
  await expect(yaml).toHaveValue(/amount_mg: -5, at_h: 0 }/);
});

test("a link naming an unknown story or variant says so and lists the valid ones", async ({ page }) => {
  await page.goto("/#story=nope");
  await ready(page);
  const alert = page.getByTestId("link-error");
  await expect(alert).toContainText('There is no story "nope"');
  await expect(alert).toContainText('"route-and-rush"');
  await expect(page.locator('[data-testid^="story-"][aria-pressed="true"]')).toHaveCount(1);
  // A fresh load (not a hash change on the open page, which the app may already have rewritten).
  await page.goto("about:blank");
  await page.goto("/#story=route-and-rush&arm=bogus");
  await ready(page);
  await expect(page.getByTestId("link-error")).toContainText('has no variant "bogus"');
  await expect(page.getByTestId("link-error")).toContainText('"smoked"');
  await expect(page.getByTestId("arm-iv")).toHaveAttribute("aria-pressed", "true");
});

test("the validation page plots the model against every published observation", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.getByTestId("nav-validation").click();
  const targets = page.locator(".targets > li");
  await expect(targets.first()).toBeVisible();
  expect(await targets.count()).toBeGreaterThan(50);
  await expect(page.locator(".targets svg").first()).toBeVisible();
  await shot(page, "validation");
  await page.getByRole("button", { name: "Explorer" }).click();
  await page.locator(".evidence-link").first().click();
  await expect(page.locator(".filter-note")).toBeVisible();
});

test("downloads: CSV as the command line writes it, PNG of the plots, scenario YAML", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  const csv = page.waitForEvent("download");
  await page.getByTestId("download-csv").click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toMatch(/-timeseries\.csv$/);
  const text = await (await csvFile.createReadStream()).toArray();
  expect(Buffer.concat(text).toString("utf8")).toMatch(/^time_h,/);
  const png = page.waitForEvent("download");
  await page.getByTestId("download-png").click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);
  const yaml = page.waitForEvent("download");
  await page.getByTestId("download-yaml").click();
  const yamlFile = await yaml;
  const body = Buffer.concat(await (await yamlFile.createReadStream()).toArray()).toString("utf8");
  expect(body).toMatch(/^name: /m);
  expect(body).toMatch(/duration_h: /);
});

test("keyboard: controls are labelled and reachable; a tablet-sized window stacks the layout", async ({
  page,
}) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto("/");
  await ready(page);
  for (const id of ["drug", "route", "dose", "dose-time", "days", "naloxone", "buprenorphine", "duration"]) {
    const control = page.getByTestId(id);
    const label = await control.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "");
    expect(label.trim(), `label of ${id}`).not.toBe("");
  }
  await page.getByTestId("naloxone").focus();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("naloxone")).toBeChecked();
  await ready(page);
  await shot(page, "tablet");
});

test("short runs show time in minutes, long runs in hours; a click on a plot moves the playhead there", async ({
  page,
}) => {
  await page.goto("/#story=naloxone-rescue");
  await ready(page);
  // uPlot draws the axis title on the canvas: the legend's time entry and the figure's label carry it too.
  const timeLabel = page.locator(".plot-host .u-legend .u-series").first().locator(".u-label");
  await expect(timeLabel).toHaveText("time (min)");
  await expect(page.locator(".plot-host").first()).toHaveAttribute("aria-label", /over time \(minutes\)/);
  await expect(page.locator(".playhead .clock")).toHaveText(/^\d+\.\d min$/);
  // Halfway across a 1.5-h run's plot is about 45 minutes: the playhead (hours inside) follows.
  const over = page.locator(".plot-host .u-over").first();
  const box = (await over.boundingBox())!;
  await over.click({ position: { x: box.width / 2, y: box.height / 2 } });
  const slider = page.getByTestId("playhead");
  await expect.poll(async () => Number(await slider.inputValue())).toBeCloseTo(0.75, 1);
  await expect(page.locator(".playhead .clock")).toHaveText(/^(4[4-6])\.\d min$/);
  // The dose is always listed; its time reads in minutes.
  await expect(page.locator(".events li").first()).toContainText(" min:");

  await page.goto("about:blank");
  await page.goto("/#story=building-tolerance");
  await ready(page);
  await expect(timeLabel).toHaveText("time (h)");
  await expect(page.locator(".plot-host").first()).toHaveAttribute("aria-label", /over time \(hours\)/);
  await expect(page.locator(".playhead .clock")).toHaveText(/ h( \(day [\d.]+\))?$/);
});
