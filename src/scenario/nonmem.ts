import { DRUGS, findRoute } from "../pharmacology/catalog.ts";
import { type DrugData, ROUTES, type RouteId } from "../pharmacology/types.ts";
import { unavailableRoute, unknownDrug } from "./catalog-check.ts";
import type { DoseEntry } from "./entry.ts";
import type { ScenarioIssue } from "./errors.ts";
import { MAX_AMOUNT_MG, MAX_REPEATS } from "./schema.ts";

/*
 * NONMEM-style event tables for `doses_csv`. Semantics follow NONMEM where they overlap: TIME in hours,
 * EVID 1 = dose, EVID 0 = observation (skipped), RATE = zero-order rate (mg/h), II/ADDL = interval and
 * number of additional doses. CMT is not a compartment number but a `<drug>_<route>` pair, since the
 * model's compartments are internal. AMT is mg of the drug's default form.
 */

const REQUIRED = ["ID", "TIME", "AMT", "CMT", "EVID"] as const;
/** Absent optional columns read as 0, as in NONMEM. SS is read only to refuse steady-state records. */
const OPTIONAL = ["RATE", "II", "ADDL", "SS"] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** What the importer needs from the scenario. */
export interface NonmemOptions {
  /** End of the simulation, hours: a dose row after it is an error. */
  readonly end_h?: number;
  /**
   * How dose `source`s name the table (default `file`). The scenario passes the path as written in the
   * scenario file, so the resolved scenario (and its hash) does not depend on where the files are.
   */
  readonly sourceName?: string;
}

/** Dose entries (repeats not yet expanded) and every problem found, in file order. */
export interface NonmemResult {
  readonly entries: readonly DoseEntry[];
  readonly issues: readonly ScenarioIssue[];
}

interface Row {
  readonly line: number;
  readonly fields: readonly string[];
}

function splitLine(line: string): string[] {
  return line.split(",").map((f) => f.trim().replace(/^"(.*)"$/, "$1"));
}

/** Number in a field; undefined for an empty field or NONMEM's "." (missing), NaN for text. */
function numberIn(text: string): number | undefined {
  if (text === "" || text === ".") return undefined;
  // Plain decimals only: Number() would also read "0x10" as 16 and "1_0" as NaN silently differently.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number.NaN;
  const n = Number(text);
  return Number.isFinite(n) ? n : Number.NaN;
}

function parseCmt(cmt: string): { drug: DrugData; route: string } | undefined {
  const lower = cmt.toLowerCase();
  // Longest id first, so a drug whose id extends another's (a_b vs a) is matched whole.
  const drug = [...DRUGS].sort((a, b) => b.id.length - a.id.length).find((d) => lower.startsWith(`${d.id}_`));
  return drug === undefined ? undefined : { drug, route: lower.slice(drug.id.length + 1) };
}

/** Reads the rows of one event table; the caller collects `issues`. */
class TableReader {
  readonly issues: ScenarioIssue[] = [];
  readonly entries: DoseEntry[] = [];
  private readonly ids: string[] = [];

  constructor(
    private readonly file: string,
    private readonly columns: ReadonlyMap<Column, number>,
    private readonly end_h: number | undefined,
    private readonly sourceName: string,
  ) {}

  private text(row: Row, column: Column): string {
    const index = this.columns.get(column);
    return index === undefined ? "" : (row.fields[index] ?? "");
  }

  private fail(row: Row, column: Column, message: string, accepted: string): undefined {
    const col = (this.columns.get(column) ?? 0) + 1;
    const value = this.text(row, column);
    this.issues.push({ file: this.file, line: row.line, col, path: column, value, message, accepted });
    return undefined;
  }

  /** A field's number, checked against `ok`; undefined (after reporting) when it fails. */
  private number(row: Row, column: Column, ok: (n: number) => boolean, accepted: string, fallback?: number) {
    const n = numberIn(this.text(row, column)) ?? fallback;
    if (n !== undefined && ok(n)) return n;
    const shown = this.text(row, column) === "" ? "missing" : `${this.text(row, column)} is not allowed`;
    return this.fail(row, column, shown, accepted);
  }

  private checkId(row: Row): void {
    const id = String(numberIn(this.text(row, "ID")) ?? this.text(row, "ID"));
    if (this.ids.includes(id)) return;
    this.ids.push(id);
    if (this.ids.length === 2) {
      this.fail(
        row,
        "ID",
        `several subjects (IDs ${this.ids.join(", ")})`,
        "expected one ID per file: cohorts come later",
      );
    }
  }

  read(row: Row): void {
    this.checkId(row);
    const evid = this.number(
      row,
      "EVID",
      (n) => n === 0 || n === 1,
      "expected 1 (dose) or 0 (observation, skipped)",
    );
    if (evid !== 1) return;
    const dose = this.doseFields(row);
    const target = this.target(row, dose?.rate);
    if (dose === undefined || target === undefined) return;
    this.entries.push({
      drug: target.drug.id,
      route: target.route,
      form: target.drug.defaultForm,
      amount_mg: dose.amount,
      duration_h: dose.rate > 0 ? dose.amount / dose.rate : 0,
      source: `${this.sourceName}:${row.line}`,
      time_h: dose.time,
      repeat: { every_h: dose.addl > 0 ? dose.ii : 0, count: dose.addl },
    });
  }

  /** The numeric fields of a dose row, each checked (all reported, not just the first). */
  private doseFields(row: Row) {
    const time = this.number(row, "TIME", (n) => n >= 0 && n <= (this.end_h ?? Infinity), this.timeRange());
    const amount = this.number(
      row,
      "AMT",
      (n) => n > 0 && n <= MAX_AMOUNT_MG,
      `expected mg > 0 and <= ${MAX_AMOUNT_MG}`,
    );
    const rate = this.number(row, "RATE", (n) => n >= 0, "expected 0 (bolus) or a rate > 0 in mg/h", 0);
    const ii = this.number(row, "II", (n) => n >= 0, "expected an interval >= 0, hours", 0);
    const addlOk = (n: number) => Number.isInteger(n) && n >= 0 && n <= MAX_REPEATS;
    const addl = this.number(row, "ADDL", addlOk, `expected a whole number 0..${MAX_REPEATS}`, 0);
    const ss = this.number(
      row,
      "SS",
      (n) => n === 0,
      "expected 0: steady-state records are not supported",
      0,
    );
    if (addl !== undefined && addl > 0 && ii === 0) {
      return this.fail(
        row,
        "II",
        "0 is not allowed with ADDL > 0",
        "expected the interval between the ADDL doses, hours",
      );
    }
    if (time === undefined || amount === undefined || rate === undefined) return undefined;
    if (ii === undefined || addl === undefined || ss === undefined) return undefined;
    return { time, amount, rate, ii, addl };
  }

  private timeRange(): string {
    return this.end_h === undefined
      ? "expected hours >= 0"
      : `expected hours >= 0 and <= duration_h (${this.end_h})`;
  }

  /** Drug and route of a dose row. RATE > 0 with route iv means an IV infusion (NONMEM's usual coding). */
  private target(row: Row, rate: number | undefined): { drug: DrugData; route: RouteId } | undefined {
    const cmt = this.text(row, "CMT");
    const parsed = parseCmt(cmt);
    if (parsed === undefined) {
      const { message, accepted } = unknownDrug(cmt.split("_")[0] ?? cmt);
      return this.fail(
        row,
        "CMT",
        `${message} in ${JSON.stringify(cmt)}`,
        `expected <drug>_<route>; ${accepted}`,
      );
    }
    const { drug } = parsed;
    const routes = drug.routes.map((r) => r.route).join(", ");
    if (!(ROUTES as readonly string[]).includes(parsed.route)) {
      return this.fail(
        row,
        "CMT",
        `unknown route ${JSON.stringify(parsed.route)}`,
        `expected ${drug.id}_<route>, route one of ${routes}`,
      );
    }
    let route = parsed.route as RouteId;
    if (rate !== undefined && rate > 0) {
      if (route === "iv") route = "iv_infusion";
      if (route !== "iv_infusion")
        return this.fail(
          row,
          "RATE",
          `RATE > 0 is not allowed for route ${route}`,
          "expected 0: only IV doses can be infusions",
        );
    } else if (route === "iv_infusion" && rate === 0) {
      return this.fail(
        row,
        "RATE",
        "0 is not allowed for route iv_infusion",
        "expected the infusion rate > 0, mg/h",
      );
    }
    if (findRoute(drug, route) === undefined) {
      const { message, accepted } = unavailableRoute(drug, route);
      return this.fail(row, "CMT", message, accepted);
    }
    return { drug, route };
  }
}

function readHeader(file: string, row: Row): { columns: Map<Column, number>; issues: ScenarioIssue[] } {
  const names = row.fields.map((f) => f.toUpperCase());
  const columns = new Map<Column, number>();
  for (const column of [...REQUIRED, ...OPTIONAL]) {
    const index = names.indexOf(column);
    if (index >= 0) columns.set(column, index);
  }
  const missing = REQUIRED.filter((c) => !columns.has(c));
  const issues: ScenarioIssue[] =
    missing.length === 0
      ? []
      : [
          {
            file,
            line: row.line,
            col: 1,
            path: "header",
            value: row.fields.join(","),
            message: `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
            accepted: `expected columns ${REQUIRED.join(",")} (RATE, II, ADDL optional; others are ignored)`,
          },
        ];
  return { columns, issues };
}

/**
 * Reads a NONMEM-style event table. Issues are located as `file:line:field` with the field's 1-based
 * number in the row (`doses.csv:4:3 AMT: …`). Blank lines and lines starting with `#` are skipped.
 *
 * @example
 * ```ts
 * parseNonmemDoses("ID,TIME,AMT,CMT,EVID,RATE,II,ADDL\n1,0,10,morphine_iv,1,5,6,3\n", "doses.csv");
 * // → one entry: 10 mg morphine sulfate infused over 2 h at t = 0, repeated 3 more times every 6 h
 * ```
 */
export function parseNonmemDoses(text: string, file: string, options: NonmemOptions = {}): NonmemResult {
  const rows: Row[] = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, raw: line.trim() }))
    .filter(({ raw }) => raw !== "" && !raw.startsWith("#"))
    .map(({ line, raw }) => ({ line, fields: splitLine(raw) }));
  const [headerRow, ...dataRows] = rows;
  if (headerRow === undefined) {
    const accepted = `expected a header ${[...REQUIRED, ...OPTIONAL.slice(0, 3)].join(",")} and one row per event`;
    return {
      entries: [],
      issues: [{ file, line: 1, col: 1, path: "header", value: text, message: "empty table", accepted }],
    };
  }
  const header = readHeader(file, headerRow);
  if (header.issues.length > 0) return { entries: [], issues: header.issues };
  const reader = new TableReader(file, header.columns, options.end_h, options.sourceName ?? file);
  for (const row of dataRows) reader.read(row);
  return { entries: reader.entries, issues: reader.issues };
}
