import { firstDayOf, isPartialDate, lastDayOf } from "../facts/dates.js";
import { fold } from "../text/fold.js";
import { closest, type DataPath, formatPath, sayIssue } from "./issue.js";
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

  const ref = (path: DataPath, value: unknown, known: string[], what: What) => {
    if (typeof value !== "string" || known.includes(value)) return;
    const hint = closest(value, known);
    const vars = {
      path: formatPath(path),
      value,
      what,
      a: anA(what),
      plural: PLURALS[what],
      of: { key: `pack.what.${what}` } as const,
    };
    const said = hint
      ? sayIssue("pack.ref.hint", { ...vars, hint })
      : known.length === 0
        ? sayIssue("pack.ref.none", vars)
        : known.length <= 8
          ? sayIssue("pack.ref.list", { ...vars, list: known.join(", ") })
          : sayIssue("pack.ref.many", { ...vars, n: known.length });
    issues.push({ path, ...said });
  };
  const refs = (path: DataPath, value: unknown, known: string[], what: What) => {
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
        const path: DataPath = ["claims", i, "total"];
        issues.push({
          path,
          ...sayIssue("pack.total-small", {
            path: formatPath(path),
            total: claim.total,
            value: claim.value,
          }),
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
    const path: DataPath = ["events", i, "until"];
    issues.push({ path, ...sayIssue("pack.until-alone", { path: formatPath(path), until }) });
    return;
  }
  const first = isPartialDate(date) ? firstDayOf(date) : undefined;
  const last = lastDayOf(until);
  if (first !== undefined && last !== undefined && last < first) {
    const path: DataPath = ["events", i, "until"];
    issues.push({
      path,
      ...sayIssue("pack.until-before", { path: formatPath(path), until, date }),
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
    issues.push({ path: at, ...sayIssue("pack.translation-own", { path: formatPath(at), lang }) });
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
        const path: DataPath = [collection, i, "id"];
        issues.push({
          path,
          ...sayIssue("pack.duplicate-id", {
            path: formatPath(path),
            id,
            first: formatPath(first.slice(0, 2)),
          }),
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
          ...sayIssue("pack.name-taken", { path: formatPath(path), name, other: other.id }),
        });
      } else {
        owner.set(key, { id: String(entity.id), index: i });
      }
    });
  }
}

/**
 * Whether an article path, written inside the pack folder, leads outside it on disk (through a
 * link). The file system is the caller's: the core only asks.
 */
export type FileCheck = (relativePath: string) => boolean;

/** Article files must stay inside the pack folder. */
function checkArticlePaths(data: Item, issues: PathIssue[], checkFile?: FileCheck): void {
  const check = (path: DataPath, value: unknown) => {
    if (typeof value !== "string") return;
    if (!isInsidePath(value)) {
      issues.push({ path, ...sayIssue("pack.path-outside", { path: formatPath(path), value }) });
      return;
    }
    if (checkFile?.(value))
      issues.push({ path, ...sayIssue("pack.link-outside", { path: formatPath(path), value }) });
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

/** What an id names, as the references say it. */
type What = "entity" | "source" | "event" | "fact";

const PLURALS: Record<What, string> = {
  entity: "entities",
  source: "sources",
  event: "events",
  fact: "facts",
};

function anA(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
