// Checks for what a person types in `newsquiz new`, built on the pack's own zod schemas and
// reference checks so that a value accepted here is one `newsquiz lint` accepts.
import type { z } from "zod";
import { normaliseDate } from "../extract/meta.js";
import { parsePartialDate } from "../facts/dates.js";
import { idSchema, packSchema } from "../facts/schema.js";
import { MONTHS } from "../i18n/calendar.js";
import type { Language } from "../i18n/language.js";
import { type Said, said, schemaSaid, verbatim } from "../i18n/msg.js";
import { formatPath } from "../pack/issue.js";
import { checkReferences } from "../pack/references.js";
import { describeSchemaIssues } from "../pack/schema-issues.js";
import { fold } from "../text/fold.js";

/**
 * What a validator returns: true, or the reason the value is refused, as a message the face
 * says in the interface's language.
 */
export type Verdict = true | Said;

/** The pack being written, as plain data (what its YAML holds so far). */
export type PackData = Record<string, unknown>;

/** Checks a value against one schema; the first problem, in the schema's own words. */
export function checkWith(schema: z.ZodType, value: unknown): Verdict {
  const result = schema.safeParse(value);
  if (result.success) return true;
  const reason = schemaSaid(result.error.issues[0]!.message);
  return typeof reason === "string" ? verbatim(reason) : reason;
}

/** Every id a pack uses: ids are unique across sources, entities, facts and questions. */
export function usedIds(data: PackData): string[] {
  const out: string[] = [];
  for (const key of ["sources", "entities", "events", "claims", "quotes", "questions"]) {
    for (const item of (data[key] as { id?: unknown }[] | undefined) ?? []) {
      if (typeof item.id === "string") out.push(item.id);
    }
  }
  return out;
}

/** A new id: well formed and not used yet in the pack. */
export function checkNewId(data: PackData, value: string): Verdict {
  const shape = checkWith(idSchema, value);
  if (shape !== true) return { key: "authoring.check.value", vars: { value, why: shape } };
  return usedIds(data).includes(value) ? { key: "authoring.check.id-used", vars: { value } } : true;
}

/** A number as typed, with a comma or a point for decimals. */
export function parseNumber(value: string): number | undefined {
  const text = value.trim().replace(/\s/g, "").replace(",", ".");
  return /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(text) ? Number(text) : undefined;
}

export function checkNumber(value: string, optional = false): Verdict {
  if (optional && value.trim() === "") return true;
  return parseNumber(value) === undefined
    ? { key: "authoring.check.number", vars: { value } }
    : true;
}

/**
 * Everything lint would say about one new item of `collection` once added to the pack: the
 * pack's schema and reference checks, run on the pack with the item, kept to that item, in the
 * language and without the item's own place (`questions[2].`), which the person knows.
 */
export function checkItem(
  data: PackData,
  collection: string,
  item: Record<string, unknown>,
  lang: Language,
): string[] {
  const list = (data[collection] as unknown[] | undefined) ?? [];
  const candidate = { title: "-", language: "fr", ...data, [collection]: [...list, item] };
  const index = list.length;
  const result = packSchema.safeParse(candidate);
  const issues = [
    ...(result.success ? [] : describeSchemaIssues(result.error.issues, packSchema, candidate)),
    ...checkReferences(candidate),
  ];
  const prefix = formatPath([collection, index]);
  return [
    ...new Set(
      issues
        .filter((i) => i.path[0] === collection && i.path[1] === index)
        .map((i) => said(lang, i.said ?? verbatim(i.message)))
        .map((text) =>
          text.replace(`${prefix}.`, "").replace(`${prefix}: `, "").replace(`${prefix} : `, ""),
        ),
    ),
  ];
}

/**
 * A date as a person types it, read as `newsquiz add` reads an article's: 2024-03-14, or a day
 * in words (« 14 mars 2024 », "March 14, 2024"); and where `partial`, a month or a year alone
 * (2024-03, « mars 2024 », 2024). The date as a pack writes it, or undefined.
 */
export function readTypedDate(text: string, partial: boolean): string | undefined {
  const typed = text.trim();
  const iso = parsePartialDate(typed);
  if (iso) return partial || iso.precision === "day" ? typed : undefined;
  const day = normaliseDate(typed);
  if (day) return day;
  if (!partial) return undefined;
  const words = /^([\p{L}.]+)\s+(\d{4})$/u.exec(fold(typed));
  if (!words) return undefined;
  for (const names of Object.values(MONTHS)) {
    const month = names.findIndex((m) => {
      const name = fold(m);
      return (
        name === words[1] || (words[1]!.length >= 3 && name.startsWith(words[1]!.replace(".", "")))
      );
    });
    if (month >= 0) return `${words[2]}-${String(month + 1).padStart(2, "0")}`;
  }
  return undefined;
}

/** A typed date `readTypedDate` can read (or nothing, when optional); the reason otherwise. */
export function checkTypedDate(value: string, partial: boolean, optional = true): Verdict {
  const typed = value.trim();
  if (typed === "") return optional ? true : { key: "authoring.check.no-date" };
  if (readTypedDate(typed, partial)) return true;
  const vars = { value: typed };
  if (/^\d{4}(-\d{2}){0,2}$/.test(typed)) {
    return partial || typed.length === 10
      ? { key: "authoring.check.no-such-date", vars }
      : { key: "authoring.check.day", vars };
  }
  return { key: partial ? "authoring.check.date" : "authoring.check.published", vars };
}

/**
 * A unit as typed for a figure: what is counted (« salariés »), never a number, and never the
 * value again (« 450 salariés » for 450).
 */
export function checkUnit(unit: string, value: number | undefined): Verdict {
  const typed = unit.trim();
  if (typed === "") return true;
  if (parseNumber(typed) !== undefined) {
    return { key: "authoring.check.unit-number", vars: { value: typed } };
  }
  const number = /^[\d\s.,]+/.exec(typed)?.[0].trim();
  if (number && parseNumber(number) !== undefined) {
    const word = typed.slice(typed.indexOf(number) + number.length).trim();
    const such: Said | string = word ? { key: "authoring.check.such-as", vars: { word } } : "";
    const given: Said | string =
      value === undefined ? "" : { key: "authoring.check.value-is", vars: { value } };
    return { key: "authoring.check.unit-repeats", vars: { value: typed, such, given } };
  }
  return true;
}
