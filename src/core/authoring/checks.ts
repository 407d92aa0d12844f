// Checks for what a person types in `newsquiz new`, built on the pack's own zod schemas and
// reference checks so that a value accepted here is one `newsquiz lint` accepts.
import type { z } from "zod";
import { normaliseDate } from "../extract/meta.js";
import { parsePartialDate } from "../facts/dates.js";
import { idSchema, packSchema, partialDateSchema } from "../facts/schema.js";
import { MONTHS } from "../i18n/calendar.js";
import { schemaText } from "../i18n/msg.js";
import { closest, formatPath } from "../pack/issue.js";
import { checkReferences } from "../pack/references.js";
import { describeSchemaIssues } from "../pack/schema-issues.js";
import { fold } from "../text/fold.js";

/** What a validator returns: true, or the reason the value is refused. */
export type Verdict = true | string;

/** The pack being written, as plain data (what its YAML holds so far). */
export type PackData = Record<string, unknown>;

/** Checks a value against one schema; the first problem, in the schema's own words. */
export function checkWith(schema: z.ZodType, value: unknown): Verdict {
  const result = schema.safeParse(value);
  if (result.success) return true;
  const issue = result.error.issues[0]!;
  return schemaText("en", issue.message);
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
  if (shape !== true) return `"${value}": ${shape}`;
  return usedIds(data).includes(value)
    ? `"${value}" is already used in this pack; expected a new id`
    : true;
}

/** An optional date: empty, or YYYY-MM-DD / YYYY-MM / YYYY that exists. */
export function checkDate(value: string): Verdict {
  if (value.trim() === "") return true;
  const verdict = checkWith(partialDateSchema, value.trim());
  return verdict === true ? true : `"${value.trim()}": ${verdict}`;
}

/** A number as typed, with a comma or a point for decimals. */
export function parseNumber(value: string): number | undefined {
  const text = value.trim().replace(/\s/g, "").replace(",", ".");
  return /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(text) ? Number(text) : undefined;
}

export function checkNumber(value: string, optional = false): Verdict {
  if (optional && value.trim() === "") return true;
  return parseNumber(value) === undefined
    ? `"${value}" is not a number; expected digits, such as 700 or 3.5`
    : true;
}

/** The entity an id, a name or an alias designates, if any. */
export function findEntity(data: PackData, value: string): string | undefined {
  const key = fold(value.trim());
  for (const e of (data.entities as Record<string, unknown>[] | undefined) ?? []) {
    const names = [e.id, e.name, ...((e.aliases as unknown[]) ?? [])];
    if (names.some((n) => typeof n === "string" && fold(n) === key)) return String(e.id);
  }
  return undefined;
}

/** An entity reference: an entity's id, name or alias (or nothing when optional). */
export function checkEntity(data: PackData, value: string, optional: boolean): Verdict {
  if (value.trim() === "") return optional ? true : "expected a person or organisation of the pack";
  if (findEntity(data, value)) return true;
  const known = ((data.entities as { id: string; name: string }[] | undefined) ?? []).map(
    (e) => e.id,
  );
  if (known.length === 0)
    return `"${value}" is not an entity; the pack has none yet: add people and organisations first`;
  const hint = closest(value.trim(), known);
  return `"${value}" is not an entity of the pack; ${hint ? `did you mean "${hint}"?` : `expected one of: ${known.join(", ")}`}`;
}

/** Source ids separated by commas or spaces; at least one when the fact needs it. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function checkSources(data: PackData, value: string, required: boolean): Verdict {
  const ids = splitList(value);
  if (ids.length === 0)
    return required ? "expected at least one source id (every fact names its sources)" : true;
  const known = ((data.sources as { id: string }[] | undefined) ?? []).map((s) => s.id);
  for (const id of ids) {
    if (!known.includes(id)) {
      const hint = closest(id, known);
      return `"${id}" is not a source of the pack; ${hint ? `did you mean "${hint}"?` : known.length ? `expected one of: ${known.join(", ")}` : "add a source first"}`;
    }
  }
  return true;
}

/**
 * Everything lint would say about one new item of `collection` once added to the pack: the
 * pack's schema and reference checks, run on the pack with the item, kept to that item.
 */
export function checkItem(
  data: PackData,
  collection: string,
  item: Record<string, unknown>,
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
        .map((i) => i.message.replace(`${prefix}.`, "").replace(`${prefix}: `, "")),
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
  if (typed === "") return optional ? true : "expected a date";
  if (readTypedDate(typed, partial)) return true;
  if (/^\d{4}(-\d{2}){0,2}$/.test(typed)) {
    return partial || typed.length === 10
      ? `"${typed}": no such date; expected a date that exists`
      : `"${typed}": expected a day, such as 2024-03-15 or 15 mars 2024`;
  }
  return partial
    ? `"${typed}" is not a date; expected 2024-03-14, 14 mars 2024, mars 2024 or 2024`
    : `"${typed}" is not a date; expected 2024-03-15 or 15 mars 2024`;
}

/**
 * A unit as typed for a figure: what is counted (« salariés »), never a number, and never the
 * value again (« 450 salariés » for 450).
 */
export function checkUnit(unit: string, value: number | undefined): Verdict {
  const typed = unit.trim();
  if (typed === "") return true;
  if (parseNumber(typed) !== undefined) {
    return `"${typed}" is a number; expected what is counted, such as salariés or euros (the figure is asked apart)`;
  }
  const number = /^[\d\s.,]+/.exec(typed)?.[0].trim();
  if (number && parseNumber(number) !== undefined) {
    const word = typed.slice(typed.indexOf(number) + number.length).trim();
    return `"${typed}" repeats a number; expected the unit alone${word ? `, such as ${word}` : ""}${value !== undefined ? ` (the value is ${value})` : ""}`;
  }
  return true;
}
