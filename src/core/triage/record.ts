import {
  Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Pair,
  parseDocument,
  type YAMLMap,
} from "yaml";
import { PACK_TO_STRING } from "../pack/extend.js";
import { editableFields, fieldValue } from "./fields.js";
import type { Decision } from "./session.js";

/** The pack file with the decisions written in, and which decided facts it no longer holds. */
export interface Recorded {
  text: string;
  /** Facts decided that the file does not hold (removed by hand meanwhile). */
  missing: string[];
}

const SECTIONS = ["events", "claims", "quotes"] as const;

type Value = string | number | undefined;
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Writes each decision into the pack file's text: `review: accepted|rejected|edited` on the fact,
 * and for an edit its corrected fields. Only those lines change: every other byte (comments,
 * quoting, wrapping, key order) stays as the author left it. A fact written in a shape these
 * line edits do not handle (a flow mapping, `{ id: …, type: … }`) is written through the YAML
 * document instead, which keeps comments but may re-wrap text.
 */
export function recordDecisions(text: string, decisions: ReadonlyMap<string, Decision>): Recorded {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const missing: string[] = [];
  const edits: Edit[] = [];
  let whole = false;
  for (const [id, decision] of decisions) {
    const node = findFact(doc, id);
    if (!node) {
      missing.push(id);
      continue;
    }
    const changes = wanted(decision);
    if (node.flow || node.items.length === 0) {
      whole = true;
      continue;
    }
    edits.push(...lineEdits(text, lineCounter, node, changes));
  }
  if (whole) return { text: throughDocument(doc, decisions), missing };
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  // The line edits must say what the decisions say; if YAML read them otherwise, the document
  // writes them instead.
  return { text: readsAsDecided(out, decisions) ? out : throughDocument(doc, decisions), missing };
}

/** The keys a decision sets, in the order new ones are written: corrected fields, then review. */
function wanted(decision: Decision): [string, Value][] {
  const fields: [string, Value][] = decision.edited
    ? editableFields(decision.edited).map((f) => [f, fieldValue(decision.edited!, f)])
    : [];
  return [...fields, ["review", decision.review]];
}

function findFact(doc: Document, id: string): YAMLMap | undefined {
  for (const section of SECTIONS) {
    const seq = doc.get(section);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) if (isMap(item) && item.get("id") === id) return item;
  }
  return undefined;
}

function lineEdits(
  text: string,
  lines: LineCounter,
  node: YAMLMap,
  changes: readonly [string, Value][],
): Edit[] {
  const pairs = node.items as Pair[];
  const first = (pairs[0]!.key as { range: number[] }).range[0]!;
  const indent = " ".repeat(lines.linePos(first).col - 1);
  const edits: Edit[] = [];
  const added: string[] = [];
  const addedFields: string[] = [];
  for (const [key, value] of changes) {
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) {
      // A field comes where `add` writes it, before the sources; the review comes last.
      const lines = key === "review" ? added : addedFields;
      if (value !== undefined) lines.push(`${indent}${key}: ${scalar(value)}\n`);
      continue;
    }
    const current = isScalar(pair.value) ? pair.value.value : pair.value;
    if (current === value) continue;
    const keyStart = (pair.key as { range: number[] }).range[0]!;
    const range = (pair.value as { range?: number[] } | null)?.range;
    const valueEnd = range?.[1] ?? (pair.key as { range: number[] }).range[1]!;
    if (value === undefined) {
      edits.push({ start: startOfLine(text, keyStart), end: endOfLine(text, valueEnd), text: "" });
    } else if (range && isScalar(pair.value)) {
      edits.push({ start: range[0]!, end: range[1]!, text: scalar(value) });
    } else {
      const start = startOfLine(text, keyStart);
      edits.push({
        start,
        end: endOfLine(text, valueEnd),
        text: `${indent}${key}: ${scalar(value)}\n`,
      });
    }
  }
  const sources = pairs.find((p) => isScalar(p.key) && p.key.value === "sources");
  if (sources) {
    const at = startOfLine(text, (sources.key as { range: number[] }).range[0]!);
    if (addedFields.length > 0) edits.push({ start: at, end: at, text: addedFields.join("") });
  } else {
    added.unshift(...addedFields);
  }
  if (added.length > 0) {
    const last = pairs[pairs.length - 1]!;
    const lastRange =
      (last.value as { range?: number[] } | null)?.range ?? (last.key as { range: number[] }).range;
    let end = lastRange[1]!;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const at = endOfLine(text, end);
    const newline = text[at - 1] === "\n" ? "" : "\n";
    edits.push({ start: at, end: at, text: newline + added.join("") });
  }
  return edits;
}

/** A value as YAML writes it alone: plain when it can be, quoted when it must. */
function scalar(value: string | number): string {
  return new Document(value).toString(PACK_TO_STRING).trimEnd();
}

function startOfLine(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl + 1;
}

function readsAsDecided(text: string, decisions: ReadonlyMap<string, Decision>): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  for (const [id, decision] of decisions) {
    const node = findFact(doc, id);
    if (!node) continue;
    for (const [key, value] of wanted(decision)) if (node.get(key) !== value) return false;
  }
  return true;
}

/** The decisions written through the YAML document: comments kept, text re-rendered. */
function throughDocument(doc: Document, decisions: ReadonlyMap<string, Decision>): string {
  for (const [id, decision] of decisions) {
    const node = findFact(doc, id);
    if (!node) continue;
    for (const [key, value] of wanted(decision)) {
      if (value === undefined) node.delete(key);
      else node.set(key, value);
    }
  }
  return doc.toString(PACK_TO_STRING);
}
