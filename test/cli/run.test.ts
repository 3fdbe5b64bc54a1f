import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./run-cli.ts";

describe("accumbens run", () => {
  it("writes timeseries.csv, summary.json and figure.svg, and prints a short summary", () => {
    const out = join(tempDir(), "default");
    const r = cli(["run", "scenarios/morphine-iv.yaml", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("morphine-iv");
    expect(r.stdout).toMatch(/\d+ steps/);
    expect(readdirSync(out).sort()).toEqual(["figure.svg", "summary.json", "timeseries.csv"]);
    const csv = readFileSync(join(out, "timeseries.csv"), "utf8").split("\n");
    expect(csv[0]).toMatch(
      /^time_h,morphine_plasma_ng_ml,m6g_plasma_ng_ml,m3g_plasma_ng_ml,morphine_brain_nm,m6g_brain_nm,mor_occupancy_morphine,mor_occupancy_m6g,mor_occupancy_endogenous,mor_occupancy_total,mor_tracer_occupancy,mor_activation,dopamine_nacc_rel,.*,pupil_mm,tolerance_breathing,.*,cows_total,.*,cows_gooseflesh,ventilation_l_min,pao2_mmhg,paco2_mmhg,sao2_pct,brain_po2_mmhg,cardiac_output_l_min$/,
    );
    expect(csv).toHaveLength(12 * 60 + 1 + 2); // header, 0..12 h by 1 min, trailing newline
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.engine).toEqual({ name: "accumbens", version: expect.any(String) });
    expect(summary.scenario_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.solver).toMatchObject({ method: "auto", rtol: 1e-6, atol: 1e-9 });
    expect(summary.solver.statistics.steps).toBeGreaterThan(0);
    expect(summary.events).toEqual([
      { type: "dose_bolus", time_h: 0, detail: expect.stringContaining("morphine") },
    ]);
    expect(summary.metrics.morphine_plasma_ng_ml_peak.time_h).toBe(0);
    expect(summary.metrics.ventilation_l_min_min.min).toBeLessThan(6.7);
    expect(summary.metrics.cardiac_arrest).toEqual({ occurred: false, time_h: null });
    expect(summary.metrics.brain_po2_below_20_mmhg_min).toBe(0);
    expect(readFileSync(join(out, "figure.svg"), "utf8")).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
  });

  it("runs a comparison (routes.yaml) and reports the brain 6-MAM peak order", () => {
    const out = tempDir();
    const r = cli(["run", "scenarios/routes.yaml", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /mam6_brain_nm peaks, earliest first: iv [\d.]+ min · smoked [\d.]+ min · \w+ [\d.]+ min · \w+ [\d.]+ min \(none in: oral\)/,
    );
    const [header, ...rows] = readFileSync(join(out, "timeseries.csv"), "utf8").trim().split("\n");
    const names = header!.split(",");
    expect(names).toContain("iv.mam6_brain_nm");
    expect(names).toContain("oral.morphine_plasma_ng_ml");
    // Oral heroin never reaches the blood as heroin: its column is there, and zero throughout.
    const k = names.indexOf("oral.heroin_plasma_ng_ml");
    expect(rows.every((row) => Number(row.split(",")[k]) === 0)).toBe(true);
  });

  it("reports withdrawal after the last dose apart from an earlier episode", () => {
    const dir = tempDir();
    const file = join(dir, "two-episodes.yaml");
    writeFileSync(
      file,
      [
        "name: two-episodes",
        "duration_h: 48",
        "output_step_min: 15",
        "subject: { opioid_history: chronic }",
        "model: { breathing: false }",
        "doses:",
        "  - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0, repeat: { every_h: 24, count: 1 } }",
      ].join("\n"),
    );
    const r = cli(["run", file, "--out", join(dir, "out")]);
    expect(r.status).toBe(0);
    const w = JSON.parse(readFileSync(join(dir, "out", "summary.json"), "utf8")).metrics.withdrawal;
    expect(w.last_agonist_h).toBe(24);
    expect(w.onset_h).toBeGreaterThan(6);
    expect(w.onset_h).toBeLessThan(12);
    // The second episode, after the dose at 24 h (the old metric reported the first one, 8.6 h after 0 h).
    expect(w.last_agonist_h + w.onset_after_last_agonist_h).toBeGreaterThan(w.onset_h + 24);
    expect(w.onset_after_last_agonist_h).toBeLessThan(12);
    expect(r.stdout).toMatch(/COWS ≥ 5 from [\d.]+ h; again [\d.]+ h after the last opioid dose/);
    // One episode: said once.
    const one = cli(["run", "validation/scenarios/heroin-chronic-last-dose.yaml", "--out", join(dir, "one")]);
    expect(one.stdout).toMatch(/COWS ≥ 5 from ([\d.]+) h, \1 h after the last opioid dose/);
  });

  it("prints summary.json with --json", () => {
    const r = cli(["run", "scenarios/morphine-iv.yaml", "--out", tempDir(), "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).scenario.name).toBe("morphine-iv");
  });

  it("writes a PNG of the figure with --png", () => {
    const out = tempDir();
    expect(cli(["run", "scenarios/morphine-iv.yaml", "--out", out, "--png"]).status).toBe(0);
    const png = readFileSync(join(out, "figure.png"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR width/height: the SVG is 760 px wide, rendered at 2×.
    expect(png.readUInt32BE(16)).toBe(1520);
    expect(png.readUInt32BE(20)).toBeGreaterThan(300);
  });

  it("is deterministic: the same scenario gives byte-identical series and summaries but for wall time", () => {
    const [a, b] = [tempDir(), tempDir()];
    cli(["run", "scenarios/morphine-iv.yaml", "--out", a]);
    cli(["run", "scenarios/morphine-iv.yaml", "--out", b]);
    for (const f of ["timeseries.csv", "figure.svg"]) {
      expect(readFileSync(join(a, f), "utf8")).toBe(readFileSync(join(b, f), "utf8"));
    }
    const strip = (dir: string) => {
      const s = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"));
      s.solver.statistics.wall_ms = 0;
      return s;
    };
    expect(strip(a)).toEqual(strip(b));
  });

  it("exits 1 with the solver's message and writes nothing when the integration fails", () => {
    const dir = tempDir();
    const file = join(dir, "tight.yaml");
    writeFileSync(
      file,
      "name: tight\nduration_h: 12\ndoses:\n  - { drug: morphine, route: iv, amount_mg: 10, at_h: 0 }\nsolver: { max_steps: 2 }\n",
    );
    const r = cli(["run", file, "--out", join(dir, "out")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/max/i);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
