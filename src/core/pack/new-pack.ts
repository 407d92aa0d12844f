import { Document } from "yaml";
import type { Language } from "../facts/model.js";

/** What a new pack starts with. */
export interface NewPackFields {
  id: string;
  title: string;
  language: Language;
  description?: string;
}

/**
 * The text of a new pack.yaml: the schema comment first (so that editors check and complete the
 * file), then the pack's own fields. Lists are added after with `appendToList`.
 */
export function newPackText(fields: NewPackFields, schemaRef: string): string {
  const body = new Document({
    id: fields.id,
    title: fields.title,
    language: fields.language,
    ...(fields.description ? { description: fields.description } : {}),
  }).toString({ lineWidth: 0 });
  return `# yaml-language-server: $schema=${schemaRef}\n${body}`;
}

/** A question or fact as a pack file shows it: no empty lists, no defaults spelt out. */
export function packItem(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (
        value.length === 0 &&
        ["sources", "facts", "tags", "aliases", "descriptions"].includes(key)
      )
        continue;
      out[key] = value.map((v) =>
        typeof v === "object" && v !== null ? packItem(v as Record<string, unknown>) : v,
      );
    } else if (key === "correct" && value === false) {
    } else {
      out[key] = value;
    }
  }
  return out;
}

const QUESTION_KEYS = ["id", "type", "title", "category", "format", "prompt"];
const QUESTION_TAIL = ["explanation", "sources", "facts", "tags"];

/** A question as a pack file shows it, its fields in the order a reader expects them. */
export function questionItem(question: Record<string, unknown>): Record<string, unknown> {
  const item = packItem(question);
  const keys = Object.keys(item);
  const middle = keys.filter((k) => !QUESTION_KEYS.includes(k) && !QUESTION_TAIL.includes(k));
  const ordered: Record<string, unknown> = {};
  for (const key of [...QUESTION_KEYS, ...middle, ...QUESTION_TAIL]) {
    if (key in item) ordered[key] = item[key];
  }
  return ordered;
}
