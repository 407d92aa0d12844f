import type { Claim, Entity, FactEvent, Language, Pack, Quote, Source } from "../facts/model.js";
import { LANGUAGES } from "../i18n/language.js";
import { fold } from "../text/fold.js";
import { IdPool, nameSlug } from "./shared/ids.js";
import { mergeClaims, mergeEvents, mergeQuotes, type Sourced } from "./shared/merge.js";
import type { ArticleFacts, ClaimDraft, EntityDraft, EventDraft, QuoteDraft } from "./types.js";

/** What to call the pack built from articles. */
export interface BuildOptions {
  id?: string;
  title?: string;
  /** Ids already used in the pack being extended, so new ones never collide. */
  takenIds?: Iterable<string>;
}

interface GlobalEntity {
  id: string;
  /** Its place among the pack's entities: the first one that fits is the one an article means. */
  order: number;
  draft: EntityDraft;
  names: Set<string>;
  descriptions: Map<string, { text: string; sources: string[] }>;
}

/** The pack's entities so far, and those answering to each folded name. */
interface Registry {
  all: GlobalEntity[];
  // Looked up by name rather than by going through every entity for every article's entity,
  // which grew with the pack and made most of a large pack's short-lived garbage.
  byName: Map<string, GlobalEntity[]>;
}

/**
 * Joins the facts read from several articles into one pack: entities merged by name and alias
 * (« Altman » in one article is « Sam Altman » of another), facts stated by several articles
 * merged with all their sources. Every fact carries its evidence, confidence and `extracted`.
 */
export function buildPack(articles: Iterable<ArticleFacts>, options: BuildOptions = {}): Pack {
  const ids = new IdPool(options.takenIds);
  const sources: Source[] = [];
  const langs: Language[] = [];
  let firstTitle: string | undefined;
  const registry: Registry = { all: [], byName: new Map() };
  const events: Sourced<EventDraft>[] = [];
  const claims: Sourced<ClaimDraft>[] = [];
  const quotes: Sourced<QuoteDraft>[] = [];
  // One article at a time: each is joined and let go before the next is read.
  for (const article of articles) {
    const source = sourceOf(article, sources.length, ids);
    sources.push(source);
    langs.push(article.lang);
    firstTitle ??= article.meta.title;
    const local = new Map<string, GlobalEntity>();
    for (const draft of article.entities) local.set(draft.key, adopt(draft, source.id, registry));
    const id = (key: string | undefined) => (key ? local.get(key)?.draft.key : undefined);
    for (const e of article.events) {
      events.push({
        ...e,
        actor: id(e.actor),
        target: id(e.target),
        org: id(e.org),
        sources: [source.id],
      } as Sourced<EventDraft>);
    }
    for (const c of article.claims)
      claims.push({ ...c, subject: id(c.subject), sources: [source.id] } as Sourced<ClaimDraft>);
    for (const q of article.quotes)
      quotes.push({ ...q, speaker: id(q.speaker)!, sources: [source.id] });
  }
  const mergedEvents = mergeEvents(events.map(clean));
  const mergedClaims = mergeClaims(claims.map(clean));
  const mergedQuotes = mergeQuotes(quotes);

  const used = new Set<string>();
  for (const e of mergedEvents) for (const k of [e.actor, e.target, e.org]) if (k) used.add(k);
  for (const c of mergedClaims) if (c.subject) used.add(c.subject);
  for (const q of mergedQuotes) used.add(q.speaker);
  const kept = registry.all.filter((g) => used.has(g.draft.key) || worthKeeping(g));
  for (const g of kept) g.id = ids.take(g.draft.name);
  const idOf = new Map(kept.map((g) => [g.draft.key, g.id]));
  const lang = majority(langs);
  const title = options.title ?? firstTitle ?? "Articles";
  return {
    id: options.id ?? nameSlug(title),
    title,
    language: lang,
    sources,
    entities: entitiesOf(kept),
    events: mergedEvents.map((e) => eventOf(e, idOf, ids)),
    claims: mergedClaims.map((c) => claimOf(c, idOf, ids)),
    quotes: mergedQuotes.map((q) => quoteOf(q, idOf, ids)),
    questions: [],
  };
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function sourceOf(article: ArticleFacts, index: number, ids: IdPool): Source {
  const m = article.meta;
  const file = m.file
    ?.split("/")
    .pop()
    ?.replace(/\.[^.]+$/, "");
  const id = ids.take(m.outlet ?? file ?? m.title ?? `article-${index + 1}`);
  return clean({
    id,
    outlet: m.outlet,
    title: m.title,
    author: m.author,
    published: m.published,
    language: article.lang,
    url: m.url,
    file: m.file,
  }) as Source;
}

function namesOf(draft: EntityDraft): string[] {
  return [draft.name, ...draft.aliases].map(fold);
}

/**
 * The first entity of the pack, in order, that shares a name with the draft, of its kind unless
 * one of the two is an organisation.
 */
function named(draft: EntityDraft, names: readonly string[], registry: Registry) {
  let first: GlobalEntity | undefined;
  for (const n of names)
    for (const x of registry.byName.get(n) ?? [])
      if (
        (x.draft.kind === draft.kind ||
          x.draft.kind === "organisation" ||
          draft.kind === "organisation") &&
        (!first || x.order < first.order)
      )
        first = x;
  return first;
}

/** The one person of the pack whose full name ends with the draft's single name, if only one. */
function onlyOwner(draft: EntityDraft, registry: Registry): GlobalEntity | undefined {
  const key = fold(draft.name);
  let owner: GlobalEntity | undefined;
  let count = 0;
  for (const x of registry.all) {
    if (x.draft.kind !== "person") continue;
    const full = fold(x.draft.name);
    if (full.slice(full.lastIndexOf(" ") + 1) !== key) continue;
    owner = x;
    count++;
  }
  return count === 1 ? owner : undefined;
}

function addName(g: GlobalEntity, name: string, registry: Registry): void {
  if (g.names.has(name)) return;
  g.names.add(name);
  const list = registry.byName.get(name);
  if (list) list.push(g);
  else registry.byName.set(name, [g]);
}

/** Finds the entity of the pack an article's entity is, or adds it. */
function adopt(draft: EntityDraft, source: string, registry: Registry): GlobalEntity {
  const names = namesOf(draft);
  let g = named(draft, names, registry);
  if (!g && !draft.name.includes(" ")) g = onlyOwner(draft, registry);
  if (!g) {
    g = {
      id: "",
      order: registry.all.length,
      draft: { ...draft, aliases: new Set(draft.aliases), descriptions: [] },
      names: new Set(),
      descriptions: new Map(),
    };
    for (const n of names) addName(g, n, registry);
    registry.all.push(g);
  } else {
    if (draft.kindConfidence > g.draft.kindConfidence) {
      g.draft.kind = draft.kind;
      g.draft.kindConfidence = draft.kindConfidence;
    }
    if (
      draft.name.length > g.draft.name.length &&
      draft.name.includes(" ") &&
      g.draft.kind === "person"
    ) {
      g.draft.aliases.add(g.draft.name);
      g.draft.name = draft.name;
    }
    for (const a of [draft.name, ...draft.aliases]) if (a !== g.draft.name) g.draft.aliases.add(a);
    if (draft.gender && !g.draft.gender) g.draft.gender = draft.gender;
    g.draft.mentions += draft.mentions;
    for (const n of names) addName(g, n, registry);
  }
  for (const text of draft.descriptions) {
    const key = fold(text);
    const d = g.descriptions.get(key) ?? { text, sources: [] };
    if (!d.sources.includes(source)) d.sources.push(source);
    g.descriptions.set(key, d);
  }
  return g;
}

function worthKeeping(g: GlobalEntity): boolean {
  return (
    g.descriptions.size > 0 ||
    (g.draft.kind === "person" && g.draft.kindConfidence >= 0.99 && g.draft.mentions >= 2)
  );
}

function entitiesOf(kept: readonly GlobalEntity[]): Entity[] {
  // No two entities may answer to the same name: an alias already taken is dropped.
  const taken = new Set(kept.map((g) => fold(g.draft.name)));
  return kept.map((g) => {
    const aliases: string[] = [];
    for (const a of g.draft.aliases) {
      const key = fold(a);
      if (taken.has(key)) continue;
      taken.add(key);
      aliases.push(a);
    }
    return clean({
      id: g.id,
      name: g.draft.name,
      kind: g.draft.kind,
      aliases,
      gender: g.draft.gender,
      plural: g.draft.plural,
      descriptions: [...g.descriptions.values()].map((d) => ({ text: d.text, sources: d.sources })),
    }) as Entity;
  });
}

function extracted(p: { evidence: string; confidence: number }) {
  return { evidence: p.evidence, confidence: p.confidence, extracted: true };
}

function eventOf(e: Sourced<EventDraft>, idOf: Map<string, string>, ids: IdPool): FactEvent {
  const actor = e.actor ? idOf.get(e.actor) : undefined;
  const target = e.target ? idOf.get(e.target) : undefined;
  return clean({
    id: ids.take(`${e.type}-${target ?? actor ?? "x"}`),
    type: e.type,
    actor,
    target,
    role: e.role,
    org: e.org ? idOf.get(e.org) : undefined,
    label: e.label,
    date: e.date,
    until: e.until,
    status: e.status,
    sources: e.sources,
    ...extracted(e),
  }) as FactEvent;
}

function claimOf(c: Sourced<ClaimDraft>, idOf: Map<string, string>, ids: IdPool): Claim {
  return clean({
    id: ids.take(`${nameSlug(c.about, 32)}-${c.value}`),
    about: c.about,
    value: c.value,
    total: c.total,
    totalQualifier: c.totalQualifier,
    qualifier: c.qualifier,
    unit: c.unit,
    date: c.date,
    subject: c.subject ? idOf.get(c.subject) : undefined,
    sources: c.sources,
    ...extracted(c),
  }) as Claim;
}

function quoteOf(q: Sourced<QuoteDraft>, idOf: Map<string, string>, ids: IdPool): Quote {
  const speaker = idOf.get(q.speaker)!;
  return clean({
    id: ids.take(`citation-${speaker}`),
    speaker,
    text: q.text,
    date: q.date,
    sources: q.sources,
    ...extracted(q),
  }) as Quote;
}

/** The language most articles are in; on a tie, the first in LANGUAGES (French). */
function majority(langs: readonly Language[]): Language {
  const count = (lang: Language) => langs.filter((l) => l === lang).length;
  return LANGUAGES.reduce((best, lang) => (count(lang) > count(best) ? lang : best));
}
