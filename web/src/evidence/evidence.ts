import { signal } from "@preact/signals";

/** One published observation and the model's value (web/scripts/validation-data.ts writes them). */
export interface Target {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly confidence: string;
  readonly file: string;
  readonly scenario: string;
  readonly metric: string;
  readonly columns: readonly string[];
  readonly relative: boolean;
  readonly observed: number;
  /** null when the model produced no number (e.g. an event that did not happen). */
  readonly simulated: number | null;
  readonly unit: string;
  readonly tolerance: { readonly low: number; readonly high: number; readonly basis: string };
  readonly passed: boolean;
  readonly known_gap: boolean;
  readonly note: string;
}

export interface ValidationData {
  readonly engine_version: string;
  readonly targets: readonly Target[];
}

export const validation = signal<ValidationData | null>(null);
export const validationError = signal<string | null>(null);
export type View = "explorer" | "validation";
export const view = signal<View>("explorer");
/** The quantities whose evidence the Validation page is narrowed to (null: every target). */
export const evidenceFilter = signal<{ readonly columns: readonly string[]; readonly title: string } | null>(
  null,
);

/** Loads validation.json from the page's own origin (built with the app). */
export async function loadValidation(): Promise<void> {
  try {
    const response = await fetch(new URL("validation.json", document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    validation.value = (await response.json()) as ValidationData;
  } catch (err) {
    validationError.value = `validation.json could not be loaded (${err instanceof Error ? err.message : String(err)}); run npm run build:web`;
  }
}

export function targetsFor(columns: readonly string[]): Target[] {
  return (validation.value?.targets ?? []).filter((t) => t.columns.some((c) => columns.includes(c)));
}

export function evidenceCount(columns: readonly string[]): number {
  return targetsFor(columns).length;
}

export function openEvidence(columns: readonly string[], title: string): void {
  evidenceFilter.value = { columns, title };
  view.value = "validation";
}
