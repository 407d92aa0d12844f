import type { FactRef } from "../facts/fact-index.js";
import type { Entity, Language, Pack } from "../facts/model.js";
import { formatDate, formatNumber } from "../i18n/format.js";
import { type MessageKey, msg } from "../i18n/msg.js";
import { parseNumber } from "../quiz/parse-reply.js";
import { fuzzySearch } from "../search/fuzzy-filter.js";
import { parseDateInput } from "./date-input.js";

/** A field of a fact that triage lets a person correct. */
export type FieldName = "actor" | "target" | "speaker" | "date" | "role" | "value" | "total";

/** How a field is typed: an entity picked from the pack, a date, a number or free text. */
export type FieldKind = "entity" | "date" | "number" | "text";

export const FIELD_KIND: Record<FieldName, FieldKind> = {
  actor: "entity",
  target: "entity",
  speaker: "entity",
  date: "date",
  role: "text",
  value: "number",
  total: "number",
};

const FIELDS: Record<FactRef["kind"], FieldName[]> = {
  event: ["actor", "target", "date", "role"],
  claim: ["value", "total", "date"],
  quote: ["speaker", "date"],
};

// The schema requires these: a quote has a speaker, a figure a value.
const REQUIRED = new Set<FieldName>(["speaker", "value"]);

/** The fields of a fact a person may correct, in the order they are offered. */
export function editableFields(ref: FactRef): readonly FieldName[] {
  return FIELDS[ref.kind];
}

export function isRequired(field: FieldName): boolean {
  return REQUIRED.has(field);
}

/** A field's value as the pack holds it: an entity id, a date, a number or a text. */
export function fieldValue(ref: FactRef, field: FieldName): string | number | undefined {
  return (ref.fact as Record<string, unknown>)[field] as string | number | undefined;
}

/** The fact with one field set (or removed, for undefined). */
export function withField(
  ref: FactRef,
  field: FieldName,
  value: string | number | undefined,
): FactRef {
  const fact: Record<string, unknown> = { ...ref.fact };
  if (value === undefined) delete fact[field];
  else fact[field] = value;
  return { kind: ref.kind, fact } as FactRef;
}

/** A field's value as a person reads it: a name, a date in words, a number with its grouping. */
export function fieldText(pack: Pack, ref: FactRef, field: FieldName, lang: Language): string {
  const value = fieldValue(ref, field);
  if (value === undefined) return "";
  switch (FIELD_KIND[field]) {
    case "entity":
      return pack.entities.find((e) => e.id === value)?.name ?? String(value);
    case "date":
      return formatDate(String(value), lang);
    case "number":
      return formatNumber(Number(value), lang);
    default:
      return String(value);
  }
}

/** What is wrong with a value typed or a corrected fact, as a message key and its values. */
export interface FieldProblem {
  key: MessageKey;
  vars: Record<string, string | number>;
}

/** A problem as a sentence. */
export function problemText(problem: FieldProblem, lang: Language): string {
  return msg(lang, problem.key, problem.vars);
}

/**
 * A date, number or text typed for a field: its value (undefined empties the field), or why it
 * cannot be one. Entities are picked (`entityMatcher`), not typed here.
 */
export function readFieldText(
  field: FieldName,
  text: string,
  lang: Language,
): { value: string | number | undefined } | { problem: FieldProblem } {
  const trimmed = text.trim();
  if (trimmed === "") {
    if (isRequired(field)) {
      return {
        problem: {
          key: "triage.problem.required",
          vars: { field: msg(lang, `triage.field.${field}`) },
        },
      };
    }
    return { value: undefined };
  }
  switch (FIELD_KIND[field]) {
    case "date": {
      const date = parseDateInput(trimmed);
      return date
        ? { value: date }
        : { problem: { key: "triage.problem.date", vars: { text: trimmed } } };
    }
    case "number": {
      // The whole text must be the number: « 300 salariés » is no value to store.
      const value = /^[-+]?[\d\s\u00a0\u202f.,]+$/.test(trimmed)
        ? parseNumber(trimmed, lang)
        : undefined;
      return value === undefined
        ? { problem: { key: "triage.problem.number", vars: { text: trimmed } } }
        : { value };
    }
    default:
      return { value: trimmed };
  }
}

/** What keeps a corrected fact from being saved: a total smaller than its value. */
export function factProblem(ref: FactRef, lang: Language): FieldProblem | undefined {
  if (ref.kind === "claim" && ref.fact.total !== undefined && ref.fact.total < ref.fact.value) {
    return {
      key: "triage.problem.total",
      vars: {
        total: formatNumber(ref.fact.total, lang),
        value: formatNumber(ref.fact.value, lang),
      },
    };
  }
  return undefined;
}

/** True when the corrected fact differs from the one under review in a field triage edits. */
export function isChanged(before: FactRef, after: FactRef): boolean {
  return editableFields(before).some((f) => fieldValue(before, f) !== fieldValue(after, f));
}

/**
 * The pack's entities matching what is typed, best first, forgiving accents, case and typos
 * (« altmn » finds Sam Altman), by name and alias: the entity pickers of both faces.
 */
export function entityMatcher(pack: Pack): (query: string) => Entity[] {
  let matcher = matchers.get(pack);
  if (!matcher) {
    matcher = fuzzySearch(pack.entities, [
      { get: (e: Entity) => e.name, weight: 2 },
      { get: (e: Entity) => e.aliases },
    ]);
    matchers.set(pack, matcher);
  }
  return matcher;
}

// Built once per pack: a picker searches on every keystroke.
const matchers = new WeakMap<Pack, (query: string) => Entity[]>();
