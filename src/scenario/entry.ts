import type { DoseSpec } from "./types.ts";

/**
 * A fixed-time dose entry before its repeats are expanded: what the `doses` list and a NONMEM event row
 * both become, so that both are expanded by the same code.
 */
export interface DoseEntry extends DoseSpec {
  /** Time of the first administration, hours. */
  readonly time_h: number;
  /** Further administrations after the first (NONMEM ADDL), `every_h` apart (NONMEM II); count 0 for none. */
  readonly repeat: { readonly every_h: number; readonly count: number };
}
