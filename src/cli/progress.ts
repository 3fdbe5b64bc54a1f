import cliProgress from "cli-progress";

/**
 * Progress of a long run on stderr: a bar on a terminal, a plain line every few seconds otherwise (CI logs).
 * Nothing is shown for runs that finish within `quietMs`, so short runs stay silent.
 */
export function makeProgress(
  label: string,
  total_h: number,
  quietMs = 750,
  lineEveryMs = 5000,
): { update(t_h: number): void; stop(): void } {
  const started = Date.now();
  const tty = process.stderr.isTTY && process.env["CI"] !== "true";
  let bar: cliProgress.SingleBar | undefined;
  let lastLine = started;
  return {
    update(t_h) {
      const now = Date.now();
      if (now - started < quietMs) return;
      if (tty) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { stream: process.stderr, format: `${label} [{bar}] {percentage}% | {value}/{total} h` },
            cliProgress.Presets.shades_classic,
          );
          bar.start(Math.round(total_h), 0);
        }
        bar.update(Math.round(t_h));
      } else if (now - lastLine >= lineEveryMs) {
        lastLine = now;
        process.stderr.write(
          `${label}: ${((100 * t_h) / total_h).toFixed(0)}% (${t_h.toFixed(1)} of ${total_h} h)\n`,
        );
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
