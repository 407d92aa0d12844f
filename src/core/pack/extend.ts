import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap, YAMLSeq } from "yaml";
import type { Claim, Entity, FactEvent, Pack, Quote } from "../facts/model.js";
import { fold } from "../text/fold.js";

/** How pack files are written: no line folding, so that evidence sentences stay one line each. */
export const PACK_TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** What extending a pack did: how many of each were added, and how many facts it confirmed. */
export interface ExtendSummary {
  sources: number;
  entities: number;
  events: number;
  claims: number;
  quotes: number;
  /** Facts already in the pack that the new articles state too: their sources were added. */
  confirmed: number;
}

// Short lists (sources, aliases) read best inline: « sources: [s1, s2] ».
const FLOW_KEYS = new Set(["sources", "aliases"]);
const SECTIONS = ["sources", "entities", "events", "claims", "quotes"] as const;

/** A value as a node of `doc`, short lists of scalars inline, as pack files write them. */
export function packNode(doc: Document, value: unknown): Node {
  const n = doc.createNode(value) as Node;
  style(n);
  return n;
}

function style(n: unknown): void {
  if (isMap(n)) {
    for (const pair of n.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (FLOW_KEYS.has(key) && isSeq(pair.value) && pair.value.items.every(isScalar))
        pair.value.flow = true;
      else style(pair.value);
    }
  } else if (isSeq(n)) {
    for (const item of n.items) style(item);
  }
}

/** What a new pack file holds, in its order: its own fields, then its non-empty sections. */
export function newPackFields(pack: Pack): Record<string, unknown> {
  const data: Record<string, unknown> = { id: pack.id, title: pack.title, language: pack.language };
  if (pack.description) data.description = pack.description;
  if (pack.unreviewed) data.unreviewed = pack.unreviewed;
  for (const section of SECTIONS) if (pack[section].length) data[section] = pack[section];
  return data;
}

/** A new pack file: a header comment, then the pack, empty sections left out. */
export function newPackDocument(pack: Pack, header: string): Document {
  const doc = new Document();
  doc.contents = packNode(doc, newPackFields(pack)) as YAMLMap;
  doc.commentBefore = header;
  return doc;
}

function names(e: Entity): string[] {
  return [e.name, ...e.aliases].map(fold);
}

function sameEvent(a: FactEvent, b: FactEvent): boolean {
  const same = (x?: string, y?: string) => x === y;
  const fits = (x?: string, y?: string) => x === undefined || y === undefined || x === y;
  return (
    a.type === b.type && same(a.actor, b.actor) && same(a.target, b.target) && fits(a.date, b.date)
  );
}

function sameClaim(a: Claim, b: Claim): boolean {
  return (
    fold(a.about) === fold(b.about) &&
    a.value === b.value &&
    a.total === b.total &&
    a.qualifier === b.qualifier &&
    (a.unit ?? "") === (b.unit ?? "")
  );
}

function sameQuote(a: Quote, b: Quote): boolean {
  const x = fold(a.text);
  const y = fold(b.text);
  return a.speaker === b.speaker && (x.includes(y) || y.includes(x));
}

/**
 * Adds the facts of `fresh` (extracted from new articles, with ids that the pack does not use)
 * to the pack file `doc`, whose validated content is `existing`. Entities the pack already has
 * are reused (« Altman » is the pack's « Sam Altman »); a fact the pack already states gets the
 * new sources; everything else is appended. Comments and the layout of what was there are kept.
 */
export function extendPackDocument(
  doc: Document,
  existing: Pack,
  fresh: Pack,
  articles: readonly string[],
): ExtendSummary {
  const summary: ExtendSummary = {
    sources: 0,
    entities: 0,
    events: 0,
    claims: 0,
    quotes: 0,
    confirmed: 0,
  };
  const byName = new Map<string, string>();
  for (const e of existing.entities)
    for (const n of names(e)) if (!byName.has(n)) byName.set(n, e.id);
  const idMap = new Map<string, string>();
  const entityNode = (id: string) => findById(doc, "entities", id);

  for (const s of fresh.sources) {
    append(doc, "sources", s);
    summary.sources++;
  }
  for (const e of fresh.entities) {
    const known = names(e)
      .map((n) => byName.get(n))
      .find((id) => id !== undefined);
    if (known) {
      idMap.set(e.id, known);
      const target = existing.entities.find((x) => x.id === known)!;
      const have = new Set(target.descriptions.map((d) => fold(d.text)));
      for (const d of e.descriptions) {
        if (have.has(fold(d.text))) continue;
        const n = entityNode(known);
        if (!n) continue;
        let list = n.get("descriptions");
        if (!isSeq(list)) {
          list = new YAMLSeq();
          n.set("descriptions", list);
        }
        // « descriptions: [] » written inline would put a whole mapping on one line.
        if ((list as YAMLSeq).items.length === 0) (list as YAMLSeq).flow = false;
        (list as YAMLSeq).add(packNode(doc, d));
      }
      continue;
    }
    append(doc, "entities", e);
    for (const n of names(e)) if (!byName.has(n)) byName.set(n, e.id);
    summary.entities++;
  }
  const id = (x: string | undefined) => (x === undefined ? undefined : (idMap.get(x) ?? x));
  const remap = <T extends object>(fact: T, keys: readonly (keyof T)[]): T => {
    const out = { ...fact };
    for (const k of keys)
      if (out[k] !== undefined) (out as Record<keyof T, unknown>)[k] = id(out[k] as string);
    return out;
  };

  const merge = <T extends { id: string; sources: string[]; evidence?: string; review?: string }>(
    section: "events" | "claims" | "quotes",
    facts: readonly T[],
    existingFacts: readonly T[],
    same: (a: T, b: T) => boolean,
    what: (fact: T) => string,
  ) => {
    for (const fact of facts) {
      // A fact a person corrected no longer reads as the extractor read it: the same reading of
      // the same sentence is that fact, and does not come back as a new one to review.
      const match =
        existingFacts.find((x) => same(x, fact)) ??
        existingFacts.find((x) => x.review === "edited" && sameReading(x, fact, what));
      if (match) {
        const n = findById(doc, section, match.id);
        const sources = n?.get("sources");
        if (isSeq(sources))
          for (const s of fact.sources) if (!match.sources.includes(s)) sources.add(s);
        summary.confirmed++;
        continue;
      }
      append(doc, section, fact);
      summary[section]++;
    }
  };
  merge(
    "events",
    fresh.events.map((e) => remap(e, ["actor", "target", "org"])),
    existing.events,
    sameEvent,
    (e) => e.type,
  );
  merge(
    "claims",
    fresh.claims.map((c) => remap(c, ["subject"])),
    existing.claims,
    sameClaim,
    (c) => fold(c.about),
  );
  merge(
    "quotes",
    fresh.quotes.map((q) => remap(q, ["speaker"])),
    existing.quotes,
    sameQuote,
    (q) => fold(q.text),
  );

  const listed = doc.get("articles");
  if (isSeq(listed)) for (const a of articles) listed.add(a);
  return summary;
}

/** Read from the same sentence as the same kind of fact (an event's type, a figure's subject). */
function sameReading<T extends { evidence?: string }>(
  a: T,
  b: T,
  what: (fact: T) => string,
): boolean {
  return (
    a.evidence !== undefined &&
    b.evidence !== undefined &&
    fold(a.evidence) === fold(b.evidence) &&
    what(a) === what(b)
  );
}

function append(doc: Document, section: string, value: unknown): void {
  let seq = doc.get(section);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set(section, seq);
  }
  (seq as YAMLSeq).add(packNode(doc, value));
}

function findById(doc: Document, section: string, id: string): YAMLMap | undefined {
  const seq = doc.get(section);
  if (!isSeq(seq)) return undefined;
  for (const item of seq.items) if (isMap(item) && item.get("id") === id) return item;
  return undefined;
}
