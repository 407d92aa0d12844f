import { rememberedPer } from "../memo.js";
import { fold } from "../text/fold.js";
import { latestDate } from "./background.js";
import { findConflicts } from "./conflicts.js";
import type {
  Claim,
  Conflict,
  Entity,
  Fact,
  FactEvent,
  Language,
  Pack,
  Quote,
  Source,
} from "./model.js";

/**
 * A pack with the lookups every reader of facts needs, built once in linear time: the
 * summary and the question generator both read facts through it, so that nothing downstream
 * scans the whole pack per fact (a pack may hold a thousand articles' facts).
 */
export interface FactIndex {
  pack: Pack;
  lang: Language;
  entities: Map<string, Entity>;
  sources: Map<string, Source>;
  events: Map<string, FactEvent>;
  claims: Map<string, Claim>;
  quotes: Map<string, Quote>;
  conflicts: Conflict[];
  /** The conflict a claim belongs to, when sources disagree about its figure. */
  conflictOf: Map<string, Conflict>;
  /** Claims that give a figure of an event (`claim.event`). */
  claimsOf: Map<string, Claim[]>;
  /** How central an entity is to the story, from 0 to 1 (the most cited entity is 1). */
  centrality: Map<string, number>;
  /** The latest event date: what happened long before it is the story's background. */
  latest: string | undefined;
  /**
   * Every name and alias of an entity, in every language the pack gives, folded: "Altman" and
   * "Sam Altman" are one answer.
   */
  names: Map<string, Set<string>>;
  /** Which entity answers to a folded name or alias. */
  owner: Map<string, string>;
}

/** A fact with the kind of record it is, for code that handles all three. */
export type FactRef =
  | { kind: "event"; fact: FactEvent }
  | { kind: "claim"; fact: Claim }
  | { kind: "quote"; fact: Quote };

// A pack is read, never changed in place (every edit writes a new pack), so its index is built
// once: the summary and the questions of one command share it.
export const indexFacts: (pack: Pack) => FactIndex = rememberedPer(buildIndex);

function buildIndex(pack: Pack): FactIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const conflicts = findConflicts(pack.claims);
  const conflictOf = new Map<string, Conflict>();
  for (const conflict of conflicts) for (const id of conflict.claims) conflictOf.set(id, conflict);
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of pack.claims) {
    if (!claim.event) continue;
    const list = claimsOf.get(claim.event);
    if (list) list.push(claim);
    else claimsOf.set(claim.event, [claim]);
  }
  const names = new Map<string, Set<string>>();
  const owner = new Map<string, string>();
  for (const entity of pack.entities) {
    // Its names in every language the pack gives: "the OpenAI board" is the board too.
    const translated = Object.values(entity.translations ?? {}).flatMap((t) => [
      ...(t?.name ? [t.name] : []),
      ...(t?.aliases ?? []),
    ]);
    const folded = new Set([entity.name, ...entity.aliases, ...translated].map(fold));
    names.set(entity.id, folded);
    for (const name of folded) if (!owner.has(name)) owner.set(name, entity.id);
  }
  return {
    pack,
    lang: pack.language,
    entities: byId(pack.entities),
    sources: byId(pack.sources),
    events: byId(pack.events),
    claims: byId(pack.claims),
    quotes: byId(pack.quotes),
    conflicts,
    conflictOf,
    claimsOf,
    centrality: centralityOf(pack),
    latest: latestDate(pack.events),
    names,
    owner,
  };
}

/** The fact with this id, whatever its kind. */
export function factById(index: FactIndex, id: string): FactRef | undefined {
  const event = index.events.get(id);
  if (event) return { kind: "event", fact: event };
  const claim = index.claims.get(id);
  if (claim) return { kind: "claim", fact: claim };
  const quote = index.quotes.get(id);
  if (quote) return { kind: "quote", fact: quote };
  return undefined;
}

/** Every fact of the pack, events first, in pack order. */
export function allFacts(index: FactIndex): FactRef[] {
  return [
    ...index.pack.events.map((fact) => ({ kind: "event" as const, fact })),
    ...index.pack.claims.map((fact) => ({ kind: "claim" as const, fact })),
    ...index.pack.quotes.map((fact) => ({ kind: "quote" as const, fact })),
  ];
}

/** Distinct sources of a fact: a source listed twice counts once. */
export function sourceCount(fact: Fact): number {
  return new Set(fact.sources).size;
}

// An entity matters to the story in proportion to how many source statements mention it:
// each fact counts once per source that states it, so the dismissed CEO whom every page names
// outweighs a product one page mentions.
function centralityOf(pack: Pack): Map<string, number> {
  const weight = new Map<string, number>();
  const add = (id: string | undefined, fact: Fact) => {
    if (id) weight.set(id, (weight.get(id) ?? 0) + sourceCount(fact));
  };
  for (const event of pack.events) {
    add(event.actor, event);
    if (event.target !== event.actor) add(event.target, event);
    // The organisation a post belongs to is part of the story too, if less than who acted.
    if (event.org && event.org !== event.actor && event.org !== event.target) {
      weight.set(event.org, (weight.get(event.org) ?? 0) + sourceCount(event) / 2);
    }
  }
  for (const claim of pack.claims) add(claim.subject, claim);
  for (const quote of pack.quotes) add(quote.speaker, quote);
  let max = 1;
  for (const w of weight.values()) if (w > max) max = w;
  const out = new Map<string, number>();
  for (const entity of pack.entities) out.set(entity.id, (weight.get(entity.id) ?? 0) / max);
  return out;
}
