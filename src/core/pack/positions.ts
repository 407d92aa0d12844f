import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { DataPath } from "./issue.js";

/**
 * Line and column of the YAML node at `path`, or of its deepest existing ancestor when the path
 * names something missing. With `key`, points at that key of the map instead of its value.
 */
export function positionOf(
  doc: Document,
  lineCounter: LineCounter,
  path: DataPath,
  key?: string,
): { line: number; col: number } {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const part of path) {
    const child = childNode(node, part);
    if (child === undefined) break;
    node = child.value;
    offset = rangeStart(child.value) ?? child.keyStart ?? offset;
  }
  if (key !== undefined) {
    const pair = findPair(node, key);
    const start = pair ? rangeStart(pair.key) : undefined;
    if (start !== undefined) offset = start;
  }
  return lineCounter.linePos(offset);
}

function childNode(
  node: unknown,
  part: string | number,
): { value: unknown; keyStart?: number } | undefined {
  if (isSeq(node) && typeof part === "number") {
    const item = node.items[part];
    return item === undefined ? undefined : { value: item };
  }
  if (isMap(node)) {
    const pair = findPair(node, String(part));
    if (!pair) return undefined;
    return { value: pair.value ?? pair.key, keyStart: rangeStart(pair.key) };
  }
  return undefined;
}

function findPair(node: unknown, key: string) {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
