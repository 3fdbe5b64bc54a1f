/**
 * Okabe & Ito's colour-blind-safe palette (Okabe M, Ito K 2008, "Color Universal Design"), ordered so the
 * first colours have good contrast on white; yellow is last. Series beyond the palette also get a dash.
 */
export const OKABE_ITO = [
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#E69F00", // orange
  "#56B4E9", // sky blue
  "#000000", // black
  "#B8A800", // yellow, darkened for contrast on white
] as const;

const DASHES: ReadonlyArray<number[] | undefined> = [undefined, [6, 3], [2, 3], [8, 3, 2, 3]];

export function seriesStyle(index: number): { stroke: string; dash?: number[] } {
  const stroke = OKABE_ITO[index % OKABE_ITO.length]!;
  const dash = DASHES[Math.floor(index / OKABE_ITO.length) % DASHES.length];
  return dash ? { stroke, dash } : { stroke };
}
