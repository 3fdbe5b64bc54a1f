/**
 * Live-tier benchmark of the Explorer: from a slider's input event to the redrawn plots, in Chromium
 * (Debian's), for 24-hour scenarios. A benchmark, not a test: it prints a table and exits 0.
 *
 * "drawn" = input event → every open uPlot in view has run setData and drawn (the page's own record, see
 * markDrawn in web/src/state/store.ts; a panel whose data did not change, such as breathing still showing
 * the last full run during a preview, is left as it is, and a preview skips panels out of view); "frame" = input event → the next animation frame after that.
 * Target: drawn p95 < 16 ms. The last two columns split each drawn preview that ran a simulation: post
 * (input → request posted), queue (→ the worker starts it), run (in the worker: check, simulate, pack),
 * reply (→ the page takes the reply; long when the page is busy) and draw (→ drawn), p50 and p95 of each.
 *
 * Usage: npm run bench:web   (builds web/dist first; or node --import tsx/esm web/scripts/bench-web.ts)
 * BENCH_ONLY=drag (any part of an input's name) runs only those inputs.
 */
import { join } from "node:path";
import { type CDPSession, chromium, type Page } from "@playwright/test";
import { preview } from "vite";
import { chromiumLaunchOptions } from "../../test/web/chromium.ts";

/** Not the browser tests' port (4391, playwright.config.ts), so the benchmark can run beside them. */
const PORT = 4175;

const SCENARIOS: Record<string, string> = {
  "heroin 20 mg IV, naive, 24 h": [
    "name: bench-naive",
    "duration_h: 24",
    "output_step_min: 1",
    "subject: { opioid_history: naive }",
    "doses:",
    "  - { drug: heroin, route: iv, amount_mg: 20, at_h: 1 }",
  ].join("\n"),
  "heroin 25 mg IV ×4, chronic + naloxone, 24 h": [
    "name: bench-chronic",
    "duration_h: 24",
    "output_step_min: 1",
    "subject: { opioid_history: chronic, days_abstinent: 3 }",
    "doses:",
    "  - { drug: heroin, route: iv, amount_mg: 25, at_h: 1, repeat: { every_h: 6, count: 3 } }",
    "  - { drug: naloxone, route: intranasal, amount_mg: 4, at_h: 2 }",
  ].join("\n"),
};

/** The page's latency record (`perf` in web/src/state/store.ts, read through `__accumbensPerf`). */
type Perf = typeof import("../src/state/store.ts").perf;

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** Waits for the full model (120 s: the first run compiles the engine in both workers on a loaded machine). */
async function ready(page: Page) {
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 120_000 });
}

async function resetPerf(page: Page) {
  await page.evaluate(() => {
    const p = (globalThis as unknown as { __accumbensPerf: Perf }).__accumbensPerf;
    p.latencies.length = 0;
    p.frameLatencies.length = 0;
    p.workerMs.length = 0;
    p.workerTotalMs.length = 0;
    p.stages.length = 0;
    p.cacheHits = 0;
  });
}

async function readPerf(page: Page): Promise<Perf> {
  return page.evaluate(() =>
    structuredClone((globalThis as unknown as { __accumbensPerf: Perf }).__accumbensPerf),
  );
}

/**
 * Input sent straight over the DevTools protocol (Input.dispatch…Event) rather than through page.mouse and
 * page.keyboard: Playwright's bookkeeping costs its Node process about 5 ms of CPU per call (measured on
 * a bare slider: 5.3 vs 1.7 ms per mouse move), which on this 2-core machine competed with the page being
 * measured and stretched a "60 Hz" drag to one move every 33 ms. Waits are Node timers for the same reason.
 */
class RawInput {
  private constructor(private readonly cdp: CDPSession) {}

  static async of(page: Page): Promise<RawInput> {
    return new RawInput(await page.context().newCDPSession(page));
  }

  /** A key press (down and up) of ArrowRight or ArrowLeft on the focused element. */
  async arrow(key: "ArrowRight" | "ArrowLeft"): Promise<void> {
    const code = key === "ArrowRight" ? 39 : 37;
    const event = { key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code };
    await this.cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...event });
    await this.cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...event });
  }

  /** The pointer moves to (x, y) with the left button held. */
  async dragTo(x: number, y: number): Promise<void> {
    await this.cdp.send("Input.dispatchMouseEvent", { type: "mouseMoved", x, y, button: "left", buttons: 1 });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keyboard steps on the dose slider, `gap_ms` apart (each step is one input event). */
async function keyboard(page: Page, input: RawInput, steps: number, gap_ms: number) {
  await page.getByTestId("dose").focus();
  for (let i = 0; i < steps; i++) {
    await input.arrow(i % 40 < 20 ? "ArrowRight" : "ArrowLeft");
    await sleep(gap_ms);
  }
}

/**
 * Keyboard steps taking turns on the dose and the dose-time sliders, `gap_ms` apart: each step changes the
 * scenario the other slider's neighbours were computed for, so none is answered from the cache (the run
 * path's cost, which single-slider key steps no longer show).
 */
async function keyboardTwoSliders(page: Page, input: RawInput, steps: number, gap_ms: number) {
  const sliders = [page.getByTestId("dose"), page.getByTestId("dose-time")];
  for (let i = 0; i < steps; i++) {
    await sliders[i % 2]!.focus();
    await input.arrow(i % 40 < 20 ? "ArrowRight" : "ArrowLeft");
    await sleep(gap_ms);
  }
}

/** A mouse drag across the dose slider, one move per 16 ms (a 60 Hz pointer). */
async function drag(page: Page, input: RawInput, moves: number) {
  const box = (await page.getByTestId("dose").boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let i = 0; i < moves; i++) {
    const f = 0.3 + 0.4 * Math.abs(((i / 60) % 2) - 1);
    await input.dragTo(box.x + box.width * f, y);
    await sleep(16);
  }
  await page.mouse.up();
}

const only = process.env["BENCH_ONLY"];

const server = await preview({
  configFile: join(import.meta.dirname, "../vite.config.ts"),
  preview: { port: PORT, strictPort: true, host: "127.0.0.1" },
  logLevel: "silent",
});
const browser = await chromium.launch(chromiumLaunchOptions);
const rows: string[][] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const input = await RawInput.of(page);
  for (const [name, yaml] of Object.entries(SCENARIOS)) {
    await page.goto(`http://127.0.0.1:${PORT}/#s=${Buffer.from(yaml).toString("base64url")}`);
    await ready(page);
    await keyboard(page, input, 10, 60); // warm-up: JIT in both workers
    await ready(page);
    for (const [mode, run] of [
      ["keys, 60 ms apart", () => keyboard(page, input, 120, 60)],
      ["keys on two sliders in turn", () => keyboardTwoSliders(page, input, 120, 60)],
      // 540 moves (about 11 s): p95 over 180 moves moved by 2–3 ms from run to run.
      ["drag, 60 Hz", () => drag(page, input, 540)],
    ] as const) {
      if (only && !mode.includes(only)) continue;
      await resetPerf(page);
      await run();
      await page.waitForTimeout(400);
      const p = await readPerf(page);
      // "–" where nothing ran (every input answered from the cache).
      const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
      rows.push([
        name,
        mode,
        `${p.latencies.length} (${p.cacheHits} cached)`,
        f(quantile(p.latencies, 0.5)),
        f(quantile(p.latencies, 0.95)),
        f(Math.max(...p.latencies)),
        f(quantile(p.frameLatencies, 0.95)),
        `${f(quantile(p.workerMs, 0.5))} / ${f(quantile(p.workerTotalMs, 0.5))} (p95 ${f(quantile(p.workerMs, 0.95))})`,
        ...[0.5, 0.95].map((q) =>
          [0, 1, 2, 3, 4]
            .map((k) =>
              f(
                quantile(
                  p.stages.map((x) => x[k]!),
                  q,
                ),
              ),
            )
            .join(" / "),
        ),
      ]);
      await ready(page);
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

const header = [
  "scenario",
  "input",
  "inputs",
  "drawn p50 ms",
  "drawn p95 ms",
  "drawn max ms",
  "frame p95 ms",
  "sim / in worker p50 ms",
  "post / queue / run / reply / draw p50 ms",
  "p95 ms",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of rows) console.log(line(r));
console.log("\nTarget: drawn p95 < 16 ms (live tier: no breathing physiology, rtol 1e-3, ≤ 240 rows).");
