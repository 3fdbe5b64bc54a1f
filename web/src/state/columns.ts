import { REGIONS } from "../anatomy/regions.ts";
import type { RawScenario } from "../scenario/raw.ts";

/**
 * Which output columns a live preview computes: only those the open plots and the brain/body picture
 * read. Computing a column costs a model evaluation on every output row (about a fifth of a preview run
 * for all 50 columns), so the preview asks for fewer; the full run always computes every column.
 */

const PICTURE = new Set(REGIONS.flatMap((r) => r.quantities.map((q) => q.column)));

/** Whether the brain/body picture or the synapse view reads a column at the playhead. */
export function pictureReads(name: string): boolean {
  return PICTURE.has(name) || name.startsWith("mor_occupancy_") || name === "mor_activation";
}

/**
 * The scenario with every number but the duration erased. Two scenarios of the same shape have the same
 * output columns: the sliders only change numbers (amounts, times, days), while the columns follow the
 * drugs, routes, history and model switches (and the duration, through `breathing: auto`).
 */
export function shapeOf(raw: RawScenario): string {
  return JSON.stringify(raw, (key, v) => (typeof v === "number" && key !== "duration_h" ? 0 : v));
}

/** The column names runs of each recent shape produced (a few shapes; the oldest is forgotten). */
export class ColumnMemory {
  private readonly names = new Map<string, readonly string[]>();

  constructor(private readonly capacity = 8) {}

  /** Records every column of an unfiltered run. */
  remember(shape: string, names: readonly string[]): void {
    this.names.delete(shape);
    this.names.set(shape, names);
    if (this.names.size > this.capacity) this.names.delete(this.names.keys().next().value!);
  }

  /**
   * The columns of this shape that `wanted` accepts, or undefined (compute every column) when no run of
   * this shape has been seen yet, so a new drug or route never loses its curves.
   */
  select(shape: string, wanted: (name: string) => boolean): string[] | undefined {
    const names = this.names.get(shape);
    return names?.filter(wanted);
  }
}
