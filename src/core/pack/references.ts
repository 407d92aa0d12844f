import { firstDayOf, isPartialDate, lastDayOf } from "../facts/dates.js";
import { fold } from "../text/fold.js";
import { closest, type DataPath, formatPath } from "./issue.js";
import type { PathIssue } from "./schema-issues.js";

type Item = Record<string, unknown>;
/** The lists of a pack that hold items with ids, in the order a pack file shows them. */
export const COLLECTIONS = [
  "sources",
  "entities",
  "events",
  "claims",
  "quotes",
  "questions",
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/**
 * Checks what a schema cannot: that every id is unique and every reference names something
 * that exists. Works on the raw data so that it reports alongside schema errors, in one pass.
 */
export function checkReferences(data: unknown, checkFile?: FileCheck): PathIssue[] {
  if (!isItem(data)) return [];
  const issues: PathIssue[] = [];
  checkUniqueIds(data, issues);
  const entityIds = idsOf(data, "entities");
  const sourceIds = idsOf(data, "sources");
  const eventIds = idsOf(data, "events");
  const factIds = [...eventIds, ...idsOf(data, "claims"), ...idsOf(data, "quotes"), ...entityIds];

  const ref = (path: DataPath, value: unknown, known: string[], what: string) => {
    if (typeof value !== "string" || known.includes(value)) return;
    const hint = closest(value, known);
    const expected = hint
      ? `did you mean "${hint}"?`
      : known.length === 0
        ? `the pack has no ${what}s`
        : known.length <= 8
          ? `expected one of: ${known.join(", ")}`
          : `expected one of the ${known.length} ${what} ids`;
    issues.push({
      path,
      message: `${formatPath(path)}: "${value}" is not ${anA(what)} id; ${expected}`,
    });
  };
  const refs = (path: DataPath, value: unknown, known: string[], what: string) => {
    if (!Array.isArray(value)) return;
    value.forEach((v, i) => {
      ref([...path, i], v, known, what);
    });
  };

  for (const [i, entity] of items(data, "entities")) {
    for (const [j, d] of itemsOf(entity.descriptions)) {
      refs(["entities", i, "descriptions", j, "sources"], d.sources, sourceIds, "source");
    }
  }
  for (const [i, event] of items(data, "events")) {
    refs(["events", i, "sources"], event.sources, sourceIds, "source");
    for (const field of ["actor", "target", "org"]) {
      ref(["events", i, field], event[field], entityIds, "entity");
    }
    checkSpan(event, i, issues);
  }
  checkTranslations(data, issues);
  for (const [i, claim] of items(data, "claims")) {
    refs(["claims", i, "sources"], claim.sources, sourceIds, "source");
    ref(["claims", i, "subject"], claim.subject, entityIds, "entity");
    ref(["claims", i, "event"], claim.event, eventIds, "event");
    if (typeof claim.total === "number" && typeof claim.value === "number") {
      if (claim.total < claim.value && claim.unit !== "%") {
        issues.push({
          path: ["claims", i, "total"],
          message: `claims[${i}].total: ${claim.total} is smaller than the value ${claim.value}; expected a total at least as large as the value`,
        });
      }
    }
  }
  for (const [i, quote] of items(data, "quotes")) {
    refs(["quotes", i, "sources"], quote.sources, sourceIds, "source");
    ref(["quotes", i, "speaker"], quote.speaker, entityIds, "entity");
  }
  for (const [i, question] of items(data, "questions")) {
    refs(["questions", i, "sources"], question.sources, sourceIds, "source");
    refs(["questions", i, "facts"], question.facts, factIds, "fact");
  }
  checkAliases(data, issues);
  checkArticlePaths(data, issues, checkFile);
  return issues;
}

/** A span ends on or after the day it starts, and has a start. */
function checkSpan(event: Item, i: number, issues: PathIssue[]): void {
  const { date, until } = event;
  if (typeof until !== "string" || !isPartialDate(until)) return;
  if (typeof date !== "string") {
    issues.push({
      path: ["events", i, "until"],
      message: `events[${i}].until: "${until}" ends a span that has no start; expected a date as well, the first day of the span`,
    });
    return;
  }
  const first = isPartialDate(date) ? firstDayOf(date) : undefined;
  const last = lastDayOf(until);
  if (first !== undefined && last !== undefined && last < first) {
    issues.push({
      path: ["events", i, "until"],
      message: `events[${i}].until: "${until}" is before the date "${date}"; expected the last day of the span, on or after its first`,
    });
  }
}

/** Translations give other languages than the pack's: the fields themselves are in its own. */
function checkTranslations(data: Item, issues: PathIssue[]): void {
  const lang = data.language;
  if (typeof lang !== "string") return;
  const check = (path: DataPath, item: Item) => {
    const tr = item.translations;
    if (!isItem(tr) || !(lang in tr)) return;
    const at: DataPath = [...path, "translations", lang];
    issues.push({
      path: at,
      message: `${formatPath(at)}: the pack is written in ${lang}, so its fields are already in ${lang}; expected translations in another language only`,
    });
  };
  check([], data);
  for (const collection of ["sources", "entities", "events", "claims", "quotes"] as const) {
    for (const [i, item] of items(data, collection)) check([collection, i], item);
  }
}

function checkUniqueIds(data: Item, issues: PathIssue[]): void {
  const seen = new Map<string, DataPath>();
  for (const collection of COLLECTIONS) {
    for (const [i, item] of items(data, collection)) {
      const id = item.id;
      if (typeof id !== "string") continue;
      const first = seen.get(id);
      if (first) {
        issues.push({
          path: [collection, i, "id"],
          message: `${collection}[${i}].id: duplicate id "${id}", already used by ${formatPath(first.slice(0, 2))}; expected ids unique across the pack`,
        });
      } else {
        seen.set(id, [collection, i]);
      }
    }
  }
}

/** Two entities answering to the same name would make "who" questions ambiguous. */
function checkAliases(data: Item, issues: PathIssue[]): void {
  const owner = new Map<string, { id: string; index: number }>();
  for (const [i, entity] of items(data, "entities")) {
    const names = [entity.name, ...(Array.isArray(entity.aliases) ? entity.aliases : [])];
    const mine = new Set<string>();
    names.forEach((name, n) => {
      if (typeof name !== "string") return;
      const key = fold(name);
      if (mine.has(key)) return;
      mine.add(key);
      const other = owner.get(key);
      if (other && other.id !== entity.id) {
        const path: DataPath =
          n === 0 ? ["entities", i, "name"] : ["entities", i, "aliases", n - 1];
        issues.push({
          path,
          message: `${formatPath(path)}: "${name}" already names entity "${other.id}"; expected each name and alias to belong to one entity`,
        });
      } else {
        owner.set(key, { id: String(entity.id), index: i });
      }
    });
  }
}

/** Article files must stay inside the pack folder. */
/**
 * Says what is wrong with an article path once it is known to be written inside the pack
 * folder (it does not exist, a link takes it outside...), or undefined when it is fine. The
 * file system is the caller's: the core only asks.
 */
export type FileCheck = (relativePath: string) => string | undefined;

function checkArticlePaths(data: Item, issues: PathIssue[], checkFile?: FileCheck): void {
  const check = (path: DataPath, value: unknown) => {
    if (typeof value !== "string") return;
    if (!isInsidePath(value)) {
      issues.push({
        path,
        message: `${formatPath(path)}: "${value}" points outside the pack folder; expected a path relative to the pack, such as articles/page.html`,
      });
      return;
    }
    const problem = checkFile?.(value);
    if (problem) issues.push({ path, message: `${formatPath(path)}: "${value}" ${problem}` });
  };
  if (Array.isArray(data.articles)) {
    data.articles.forEach((a, i) => {
      check(["articles", i], a);
    });
  }
  for (const [i, source] of items(data, "sources")) check(["sources", i, "file"], source.file);
}

/** True for a relative path that cannot climb out of its folder. */
export function isInsidePath(path: string): boolean {
  if (path.startsWith("/") || path.startsWith("\\") || /^[a-zA-Z]:/.test(path)) return false;
  return !path.split(/[\\/]/).some((part) => part === "..");
}

function items(data: Item, collection: Collection): [number, Item][] {
  return itemsOf(data[collection]);
}

function itemsOf(value: unknown): [number, Item][] {
  if (!Array.isArray(value)) return [];
  const out: [number, Item][] = [];
  value.forEach((item, i) => {
    if (isItem(item)) out.push([i, item]);
  });
  return out;
}

function idsOf(data: Item, collection: Collection): string[] {
  return items(data, collection)
    .map(([, item]) => item.id)
    .filter((id): id is string => typeof id === "string");
}

function isItem(value: unknown): value is Item {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function anA(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
