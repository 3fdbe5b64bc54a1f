/**
 * Mu-opioid receptor occupancy for the synapse view: which ligands hold how many of a small, drawable
 * number of receptors. Colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
 * safe for the common colour-vision deficiencies; each ligand also has a short mark drawn on its
 * receptors, so colour is never the only cue.
 */

/** How one ligand is shown. */
export interface LigandStyle {
  readonly id: string;
  readonly label: string;
  /** Agonist, partial agonist, antagonist, or the body's own. */
  readonly kind: string;
  readonly colour: string;
  /** One or two characters drawn on its receptors. */
  readonly mark: string;
}

const OKABE_ITO = Object.freeze({
  black: "#000000",
  orange: "#e69f00",
  skyBlue: "#56b4e9",
  bluishGreen: "#009e73",
  yellow: "#f0e442",
  blue: "#0072b2",
  vermillion: "#d55e00",
  reddishPurple: "#cc79a7",
  grey: "#999999",
});

/** Receptors with nothing bound. */
export const FREE_STYLE: LigandStyle = Object.freeze({
  id: "free",
  label: "free receptor",
  kind: "nothing bound",
  colour: "#ffffff",
  mark: "",
});

/** Known ligands (the species ids of `mor_occupancy_<id>` columns), in legend order. */
export const LIGANDS: readonly LigandStyle[] = Object.freeze([
  { id: "heroin", label: "heroin", kind: "agonist", colour: OKABE_ITO.orange, mark: "H" },
  {
    id: "mam6",
    label: "6-MAM",
    kind: "agonist (heroin's first metabolite)",
    colour: OKABE_ITO.vermillion,
    mark: "6",
  },
  { id: "morphine", label: "morphine", kind: "agonist", colour: OKABE_ITO.reddishPurple, mark: "M" },
  { id: "m6g", label: "M6G", kind: "agonist (morphine metabolite)", colour: OKABE_ITO.yellow, mark: "G" },
  { id: "fentanyl", label: "fentanyl", kind: "agonist", colour: OKABE_ITO.black, mark: "F" },
  { id: "carfentanil", label: "carfentanil", kind: "agonist", colour: OKABE_ITO.black, mark: "C" },
  { id: "methadone", label: "methadone", kind: "agonist (long-acting)", colour: OKABE_ITO.blue, mark: "Me" },
  {
    id: "buprenorphine",
    label: "buprenorphine",
    kind: "partial agonist",
    colour: OKABE_ITO.skyBlue,
    mark: "B",
  },
  { id: "naloxone", label: "naloxone", kind: "antagonist", colour: OKABE_ITO.bluishGreen, mark: "Nx" },
  { id: "naltrexone", label: "naltrexone", kind: "antagonist", colour: OKABE_ITO.bluishGreen, mark: "Nt" },
  {
    id: "naltrexol6b",
    label: "6β-naltrexol",
    kind: "antagonist (naltrexone metabolite)",
    colour: OKABE_ITO.bluishGreen,
    mark: "n",
  },
  {
    id: "endogenous",
    label: "endorphins and enkephalins",
    kind: "the body's own tone",
    colour: OKABE_ITO.grey,
    mark: "E",
  },
]);

const PREFIX = "mor_occupancy_";

/** Style of a ligand id; unknown ids get a light grey with "?" and their id as the label. */
export function ligandStyle(id: string): LigandStyle {
  return (
    LIGANDS.find((l) => l.id === id) ?? {
      id,
      label: id,
      kind: "ligand not in the palette",
      colour: "#dddddd",
      mark: "?",
    }
  );
}

/** A ligand's share of the receptor pool. */
export interface Share {
  readonly style: LigandStyle;
  readonly fraction: number;
}

/**
 * Occupancy per ligand from a row of outputs (`mor_occupancy_<ligand>`, not `_total`), known ligands in
 * palette order then unknown ones by name, then the free share (1 − sum, never below 0). Non-finite and
 * negative values count as 0; if the sum exceeds 1 the shares are scaled to fit.
 *
 * @example
 * occupancyShares({ mor_occupancy_heroin: 0.5, mor_occupancy_total: 0.5 })
 * // [{ heroin, 0.5 }, { free, 0.5 }]
 */
export function occupancyShares(values: Readonly<Record<string, number>>): Share[] {
  const bound: Share[] = [];
  for (const [key, raw] of Object.entries(values)) {
    if (!key.startsWith(PREFIX) || key === `${PREFIX}total`) continue;
    const fraction = Number.isFinite(raw) && raw > 0 ? raw : 0;
    bound.push({ style: ligandStyle(key.slice(PREFIX.length)), fraction });
  }
  const order = (s: Share) => {
    const i = LIGANDS.findIndex((l) => l.id === s.style.id);
    return i < 0 ? LIGANDS.length : i;
  };
  bound.sort((a, b) => order(a) - order(b) || a.style.id.localeCompare(b.style.id));
  const sum = bound.reduce((acc, s) => acc + s.fraction, 0);
  const scale = sum > 1 ? 1 / sum : 1;
  const shares = bound.map((s) => ({ style: s.style, fraction: s.fraction * scale }));
  return [...shares, { style: FREE_STYLE, fraction: Math.max(0, 1 - sum * scale) }];
}

/**
 * Whole receptors per share out of `n`, by largest remainder (Hamilton's method): the counts add up to
 * `n` and each differs from `fraction · n` by less than 1. Ties go to the earlier share.
 *
 * @example
 * allocateReceptors([0.5, 0.25, 0.25], 4) // [2, 1, 1]
 * allocateReceptors([0.34, 0.33, 0.33], 10) // [4, 3, 3]
 */
export function allocateReceptors(fractions: readonly number[], n: number): number[] {
  const total = fractions.reduce((a, b) => a + b, 0);
  if (total <= 0 || n <= 0) return fractions.map(() => 0);
  const exact = fractions.map((f) => (f / total) * n);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return counts;
}

/** `heroin 42 %, 6-MAM 31 %, free receptor 27 %`: the shares that round to 1 % or more. */
export function describeShares(shares: readonly Share[]): string {
  const parts = shares
    .filter((s) => s.fraction >= 0.005 || s.style.id === "free")
    .map((s) => `${s.style.label} ${Math.round(s.fraction * 100)} %`);
  return `Mu-opioid receptors: ${parts.join(", ")}`;
}
