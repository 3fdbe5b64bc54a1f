import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";

/** A 1-based line and column in the scenario text. */
export interface Position {
  readonly line: number;
  readonly col: number;
}

function nodeAt(doc: Document, path: readonly PropertyKey[]): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
}

function keyOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find(
    (p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1]),
  );
  return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
}

/**
 * Where the value at `path` starts, or its key with `at: "key"`. A missing value (a required key left
 * out) is placed at its nearest existing ancestor: the object the key belongs in.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  at?: "key",
): Position {
  let offset = at === "key" && path.length > 0 ? keyOffset(doc, path) : undefined;
  for (let n = path.length; offset === undefined && n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    if (isNode(node) && node.range) offset = node.range[0];
  }
  const { line, col } = lineCounter.linePos(offset ?? 0);
  return { line, col };
}

/** Where `path` is in a scenario's text (for problems found after parsing, e.g. by the model). */
export function locateInText(text: string, path: readonly PropertyKey[]): Position {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return locate(doc, lineCounter, path, "key");
}
