import type { Claim, Entity, Fact, FactEvent, Pack, Quote, Source } from "../facts/model.js";
import { isApproved } from "../facts/review.js";

// A pack's triage decisions as an extra evaluation set, in the format of the development corpus
// (../shared/corpus/README.md): one article text with front matter, and one gold file, per
// source of the pack that kept its article. Accepted and edited facts are gold; rejected facts
// are known-wrong, under `rejected` in the same shape (the corpus scorer ignores that key);
// facts nobody reviewed are in neither, so the gold is not exhaustive: what the extractor
// missed is not in it.

/** A gold entity, as the corpus writes it ("organization", as its scorer's files do). */
export interface GoldEntity {
  name: string;
  kind: string;
  aliases: string[];
}

export interface GoldEvent {
  type: string;
  actor: string | null;
  target: string | null;
  date: string | null;
  role?: string;
  evidence: string;
  optional: boolean;
}

export interface GoldClaim {
  about: string;
  value: number;
  total: number | null;
  unit: string | null;
  holder: string | null;
  evidence: string;
  optional: boolean;
}

export interface GoldQuote {
  speaker: string;
  text_start: string;
  evidence: string;
}

export interface GoldFacts {
  events: GoldEvent[];
  claims: GoldClaim[];
  quotes: GoldQuote[];
}

/** One gold file: the corpus format, plus the reviewer's rejections and where it came from. */
export interface TriageGold extends GoldFacts {
  published: string | null;
  lang: string;
  entities: GoldEntity[];
  /** Facts the reviewer rejected: an extractor that still reads them is wrong. */
  rejected: GoldFacts;
  triage: { pack: string; source: string; exhaustive: false };
}

/** One article of the set: `articles/<name>.txt` and `gold/<name>.json`. */
export interface EvalCase {
  name: string;
  /** The article file: front matter (url, outlet, title, published, lang), then the text. */
  article: string;
  gold: TriageGold;
}

/** Words of a quotation the gold keeps as its start: enough to find it, few enough to be sure. */
const QUOTE_START_WORDS = 6;

/**
 * The evaluation cases of a pack: one per source whose article text is given (`texts`, by
 * source id) and that has reviewed facts. Pure: reading the article files is the caller's.
 */
export function triageEvalSet(pack: Pack, texts: ReadonlyMap<string, string>): EvalCase[] {
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const cases: EvalCase[] = [];
  for (const source of pack.sources) {
    const text = texts.get(source.id);
    if (text === undefined) continue;
    const of = <T extends Fact>(facts: readonly T[]) =>
      facts.filter((f) => f.extracted && f.review && f.sources.includes(source.id));
    const events = of(pack.events);
    const claims = of(pack.claims);
    const quotes = of(pack.quotes);
    if (events.length + claims.length + quotes.length === 0) continue;
    const used = new Set<string>();
    const name = (id: string | undefined) => {
      const entity = id === undefined ? undefined : entities.get(id);
      if (!entity) return null;
      used.add(entity.id);
      return entity.name;
    };
    const facts = (approved: boolean): GoldFacts => {
      const pick = <T extends Fact>(list: readonly T[]) =>
        list.filter((f) => isApproved(f.review) === approved);
      return {
        events: pick(events).map((e) => goldEvent(e, name)),
        claims: pick(claims).map((c) => goldClaim(c, name)),
        quotes: pick(quotes).map((q) => goldQuote(q, name)),
      };
    };
    const gold = facts(true);
    const rejected = facts(false);
    cases.push({
      name: `${pack.id}-${source.id}`,
      article: `${frontMatter(source)}${text.trim()}\n`,
      gold: {
        published: source.published ?? null,
        lang: source.language,
        entities: [...used].map((id) => goldEntity(entities.get(id)!)),
        ...gold,
        rejected,
        triage: { pack: pack.id, source: source.id, exhaustive: false },
      },
    });
  }
  return cases;
}

type Namer = (id: string | undefined) => string | null;

function goldEvent(e: FactEvent, name: Namer): GoldEvent {
  return {
    type: e.type,
    actor: name(e.actor),
    target: name(e.target),
    date: e.date ?? null,
    ...(e.role ? { role: e.role } : {}),
    evidence: e.evidence ?? "",
    optional: false,
  };
}

function goldClaim(c: Claim, name: Namer): GoldClaim {
  return {
    about: c.about,
    value: c.value,
    total: c.total ?? null,
    unit: c.unit ?? null,
    holder: name(c.subject),
    evidence: c.evidence ?? "",
    optional: false,
  };
}

function goldQuote(q: Quote, name: Namer): GoldQuote {
  return {
    speaker: name(q.speaker) ?? q.speaker,
    text_start: q.text.split(/\s+/).slice(0, QUOTE_START_WORDS).join(" "),
    evidence: q.evidence ?? "",
  };
}

function goldEntity(e: Entity): GoldEntity {
  return {
    name: e.name,
    kind: e.kind === "organisation" ? "organization" : e.kind,
    aliases: e.aliases,
  };
}

/** The corpus's front matter; strings are JSON-quoted, which YAML reads as they are. */
function frontMatter(source: Source): string {
  const fields: [string, string | undefined][] = [
    ["url", source.url],
    ["outlet", source.outlet],
    ["title", source.title],
    ["published", source.published],
    ["lang", source.language],
  ];
  const lines = fields
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${/^[\w-]+$/.test(v!) ? v : JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n`;
}
