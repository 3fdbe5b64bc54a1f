/** One problem in a scenario file (or the event table it names), located for people and editors. */
export interface ScenarioIssue {
  /** File as named to the parser (the scenario file, or the resolved `doses_csv` path). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column: a character column in YAML/JSON, the field number in a CSV row. */
  readonly col: number;
  /** Path of the bad value, e.g. `doses[1].amount_mg` (a column name in CSV; empty for syntax errors). */
  readonly path: string;
  /** The offending value as read (undefined when it is missing). */
  readonly value: unknown;
  /** What is wrong, e.g. `-5 is not allowed`. */
  readonly message: string;
  /** What would be accepted, phrased to follow the message, e.g. `expected a number > 0` (may be empty). */
  readonly accepted: string;
}

/** One line per issue: `file:line:col path: message; accepted`. */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.col}` : `${issue.file}:`;
  const what = issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`;
  return issue.accepted === "" ? `${where} ${what}` : `${where} ${what}; ${issue.accepted}`;
}

/**
 * Every problem found in a scenario, thrown once after all of them were collected. The CLI prints
 * `message` and exits with code 2.
 *
 * @example
 * ```
 * scenario.yaml:9:16 doses[1].amount_mg: -5 is not allowed; expected a number > 0 and <= 100000
 * scenario.yaml:4:5 doses[0].amount: unknown key; did you mean amount_mg? allowed here: drug, route, …
 * ```
 */
export class ScenarioError extends Error {
  override readonly name = "ScenarioError";
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.issues = issues;
  }
}

/** A value as it would appear in a message: strings quoted, long structures shortened. */
export function showValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (typeof value === "number") return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** `doses[1].amount_mg` from `["doses", 1, "amount_mg"]`; `(top level)` for the empty path. */
export function showPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(top level)";
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/**
 * An issue known by its path in the scenario value, before it is located in the file text. `at: "key"`
 * points at the key itself (an unknown key) instead of its value.
 */
export interface PathIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly accepted: string;
  readonly at?: "key";
}
