import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";

/**
 * Adds items at the end of a top-level list of a pack (`questions`, `entities`, ...) by inserting
 * their YAML into the text, so that everything already there (comments, quoting, line wrapping,
 * key order) stays byte for byte as the author left it. Re-rendering the document through a YAML
 * library would keep comments but re-wrap and re-quote the author's text.
 */
export function appendToList(text: string, key: string, items: readonly unknown[]): string {
  if (items.length === 0) return text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  // Callers hand a pack that was read and validated, so a mapping: anything else is a bug, and
  // is reported as one (an unexpected error), not as a message of the catalogue.
  if (!isMap(doc.contents)) throw new Error("the pack is not a mapping of fields");
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const value = pair?.value;

  if (!pair) {
    const sep = text === "" || text.endsWith("\n") ? "" : "\n";
    return `${text}${sep}${key}:\n${renderItems(items, 2)}`;
  }
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    const dashIndent = lineCounter.linePos(value.range[0]).col - 1;
    const last = value.items[value.items.length - 1] as { range?: [number, number, number] };
    let end = last.range?.[1] ?? value.range[1];
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    let at = endOfLine(text, end);
    // Comment lines indented under the last item belong to it: insert after them.
    for (;;) {
      const next = text.slice(at, endOfLine(text, at));
      const indent = next.length - next.trimStart().length;
      if (next.trimStart().startsWith("#") && indent > dashIndent) at = endOfLine(text, at);
      else break;
    }
    const before = text.slice(0, at);
    return `${before}${before.endsWith("\n") ? "" : "\n"}${renderItems(items, dashIndent)}${text.slice(at)}`;
  }
  // An empty or flow list (`questions: []`), or no value: this one list is written anew, in block style.
  const existing = isSeq(value) ? (value.toJSON() as unknown[]) : [];
  const keyStart = (pair.key as { range: [number, number, number] }).range[0];
  const keyIndent = lineCounter.linePos(keyStart).col - 1;
  const valueStart = (pair.key as { range: [number, number, number] }).range[1];
  const valueEnd =
    value && (value as { range?: number[] }).range
      ? (value as { range: number[] }).range[1]!
      : valueStart;
  const block = `:\n${renderItems([...existing, ...items], keyIndent + 2)}`;
  const rest = text.slice(valueEnd).replace(/^[ \t]*\n?/, "");
  return text.slice(0, valueStart) + block + rest;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl + 1;
}

/** Items as a block list at the given indentation, long texts never folded. */
function renderItems(items: readonly unknown[], indent: number): string {
  const doc = new Document(items);
  // Short lists of ids read best on one line: `sources: [s1, s2]`.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) && typeof item.value !== "object"))
        node.flow = true;
    },
  });
  const yaml = doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
  const pad = " ".repeat(indent);
  return yaml
    .split("\n")
    .filter((line, i, all) => i < all.length - 1 || line !== "")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n")
    .concat("\n");
}
