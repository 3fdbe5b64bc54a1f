import { Resvg } from "@resvg/resvg-js";

/** Renders an SVG string to PNG bytes at the SVG's own size (×2 for legibility). Node-only. */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    background: "white",
  });
  return resvg.render().asPng();
}
