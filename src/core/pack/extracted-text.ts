import { Document, type YAMLMap } from "yaml";
import type { Pack } from "../facts/model.js";
import { newPackDocument, newPackFields, PACK_TO_STRING, packNode } from "./extend.js";

/**
 * The text of a new pack file, byte for byte what `newPackDocument(pack, header)` writes, written
 * one list item at a time. A whole pack as one YAML document holds a node for every field of every
 * fact, then the pieces of its text: for a thousand articles, tens of megabytes at once. Item by
 * item, each item's nodes are let go as soon as its lines are written.
 */
export function extractedPackText(pack: Pack, header: string): string {
  const fields = newPackFields(pack);
  // The YAML library writes an object met twice as an anchor and an alias, numbered across the
  // whole document: only the whole document can write those.
  if (sharesObjects(fields)) return newPackDocument(pack, header).toString(PACK_TO_STRING);
  const head: Record<string, unknown> = {};
  const lists: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) lists.push([key, value]);
    else head[key] = value;
  }
  const top = new Document();
  top.contents = packNode(top, head) as YAMLMap;
  top.commentBefore = header;
  const parts = [top.toString(PACK_TO_STRING)];
  for (const [key, items] of lists) {
    items.forEach((item, i) => {
      const text = textOf({ [key]: [item] });
      // `key:` opens the list once; each later item is its lines without it.
      parts.push(i === 0 ? text : text.slice(text.indexOf("\n") + 1));
    });
  }
  return parts.join("");
}

function textOf(value: Record<string, unknown>): string {
  const doc = new Document();
  doc.contents = packNode(doc, value) as YAMLMap;
  return doc.toString(PACK_TO_STRING);
}

/** Whether an object or array is reached twice within `value`. */
function sharesObjects(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).some((v) => sharesObjects(v, seen));
}
