/**
 * The colour scale of the anatomy views: viridis (van der Walt & Smith, matplotlib), sampled at eleven
 * stops and interpolated linearly in sRGB. Viridis is perceptually uniform, readable in greyscale and for
 * the common colour-vision deficiencies, and contains no grey, so the neutral grey of "not simulated"
 * regions cannot be mistaken for a value.
 */

/** Viridis at t = 0, 0.1, …, 1 (matplotlib's published 11-step samples). */
export const VIRIDIS_STOPS: readonly string[] = Object.freeze([
  "#440154",
  "#482475",
  "#414487",
  "#355f8d",
  "#2a788e",
  "#21918c",
  "#22a884",
  "#44bf70",
  "#7ad151",
  "#bddf26",
  "#fde725",
]);

/** Fill of regions the model does not simulate, or whose column is not in this run. */
export const NEUTRAL_GREY = "#d4d4d4";

function parseHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

const STOPS_RGB = VIRIDIS_STOPS.map(parseHex);

/**
 * Viridis colour of t in [0, 1] as `#rrggbb`; t is clamped, and NaN gives the neutral grey.
 *
 * @example
 * viridis(0) // "#440154"
 * viridis(1) // "#fde725"
 * viridis(2) // "#fde725" (clamped)
 * viridis(Number.NaN) // NEUTRAL_GREY
 */
export function viridis(t: number): string {
  if (Number.isNaN(t)) return NEUTRAL_GREY;
  const x = Math.min(1, Math.max(0, t)) * (STOPS_RGB.length - 1);
  const i = Math.min(STOPS_RGB.length - 2, Math.floor(x));
  const f = x - i;
  const a = STOPS_RGB[i]!;
  const b = STOPS_RGB[i + 1]!;
  return toHex([0, 1, 2].map((k) => a[k]! + (b[k]! - a[k]!) * f));
}

/** Relative luminance (WCAG 2) of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const lin = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}

/** Black or white, whichever has the higher contrast on `fill` (for text drawn over a region). */
export function inkOn(fill: string): "#000000" | "#ffffff" {
  const l = luminance(fill);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

/** `n` evenly spaced colours from t = 0 to 1, for a stepped legend bar. */
export function legendSteps(n: number): string[] {
  return Array.from({ length: n }, (_, i) => viridis(n === 1 ? 0 : i / (n - 1)));
}
