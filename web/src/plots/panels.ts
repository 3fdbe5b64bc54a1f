import type { WireColumn } from "../worker/protocol.ts";

/**
 * The plot panels: which output columns go together. A panel holds one or two units (left and right
 * axes); its series are whatever matching columns a run produced, in the engine's order.
 */
export interface PanelDef {
  readonly id: string;
  readonly title: string;
  /** One sentence on what the panel shows, for people. */
  readonly what: string;
  readonly match: (name: string) => boolean;
}

const one =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name);

export const PANELS: readonly PanelDef[] = [
  {
    id: "plasma",
    title: "Blood",
    what: "Venous plasma concentrations of each drug and metabolite.",
    match: (n) => n.endsWith("_plasma_ng_ml"),
  },
  {
    id: "brain",
    title: "Brain",
    what: "Effect-site (brain) concentrations: what the receptors see.",
    match: (n) => n.endsWith("_brain_nm"),
  },
  {
    id: "receptors",
    title: "Mu-opioid receptors",
    what: "Fraction of receptors bound by each ligand, and the net agonist signal after efficacy and tolerance.",
    match: (n) => n.startsWith("mor_occupancy_") || n === "mor_activation",
  },
  {
    id: "dopamine",
    title: "Dopamine in the nucleus accumbens",
    what: "Accumbens dopamine relative to its resting level (1 = baseline), and how fast it rises (the rush).",
    match: one("dopamine_nacc_rel", "dopamine_rise_rel_per_min"),
  },
  {
    id: "effects",
    title: "Acute effects",
    what: "Euphoria, pain relief and sedation as fractions of their maximum.",
    match: one("euphoria_frac", "analgesia_frac", "sedation_frac", "nausea_frac"),
  },
  {
    id: "breathing",
    title: "Breathing",
    what: "Minute ventilation and arterial oxygen saturation (the overdose physiology).",
    match: one("ventilation_l_min", "sao2_pct"),
  },
  {
    id: "gases",
    title: "Blood gases and brain oxygen",
    what: "Arterial O₂ and CO₂ pressures and brain tissue oxygen.",
    match: one("pao2_mmhg", "paco2_mmhg", "brain_po2_mmhg"),
  },
  {
    id: "body",
    title: "Pupils and pulse",
    what: "Pupil diameter (pinpoint pupils after opioids, wide in withdrawal) and heart rate.",
    match: one("pupil_mm", "heart_rate_bpm"),
  },
  {
    id: "withdrawal",
    title: "Withdrawal",
    what: "Clinical Opiate Withdrawal Scale (COWS, 0–48; ≥ 5 mild, ≥ 13 moderate) and dependence.",
    match: one("cows_total", "dependence", "withdrawal_severity"),
  },
  {
    id: "tolerance",
    title: "Tolerance",
    what: "How many times more drug each effect needs than in an opioid-naive person.",
    match: (n) => n.startsWith("tolerance_"),
  },
];

/** Panels shown open when no story says otherwise. */
export const DEFAULT_OPEN = ["brain", "receptors", "dopamine", "breathing", "withdrawal"];

export interface PanelSeries {
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  /** "y" (left axis) or "y2" (right axis). */
  readonly scale: "y" | "y2";
}

export interface PanelLayout {
  readonly def: PanelDef;
  readonly series: readonly PanelSeries[];
  readonly units: readonly string[];
  /** Identity of the series set: a uPlot instance is rebuilt only when it changes. */
  readonly key: string;
}

/** Lays out the panels for a set of columns; panels without columns are left out. */
export function layoutPanels(columns: readonly Pick<WireColumn, "name" | "unit" | "label">[]): PanelLayout[] {
  const layouts: PanelLayout[] = [];
  for (const def of PANELS) {
    const cols = columns.filter((c) => def.match(c.name));
    if (cols.length === 0) continue;
    const units: string[] = [];
    for (const c of cols) if (!units.includes(c.unit) && units.length < 2) units.push(c.unit);
    const series = cols
      .filter((c) => units.includes(c.unit))
      .map(
        (c) =>
          ({ name: c.name, label: c.label, unit: c.unit, scale: c.unit === units[0] ? "y" : "y2" }) as const,
      );
    layouts.push({ def, series, units, key: `${def.id}:${series.map((s) => s.name).join(",")}` });
  }
  return layouts;
}

/** The panel showing a column, if any. */
export function panelOf(column: string): PanelDef | undefined {
  return PANELS.find((p) => p.match(column));
}
