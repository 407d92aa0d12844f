import type { Claim, Entity, FactEvent, Pack, Quote, Source } from "../facts/model.js";

/** A pack's reviewed facts, as `export --format json` shares them. */
export interface ReviewedFacts {
  sources: Source[];
  entities: Entity[];
  events: FactEvent[];
  claims: Claim[];
  quotes: Quote[];
}

/**
 * Every triage decision of a pack, to share: the extracted facts a person accepted, edited or
 * rejected, each as the pack holds it (its `review`, evidence and confidence included), with the
 * sources and entities they cite so that the facts read on their own. Undefined when no fact
 * was reviewed.
 */
export function reviewedFacts(pack: Pack): ReviewedFacts | undefined {
  const reviewed = <T extends { extracted?: boolean; review?: string }>(facts: readonly T[]) =>
    facts.filter((f) => f.extracted && f.review !== undefined);
  const events = reviewed(pack.events);
  const claims = reviewed(pack.claims);
  const quotes = reviewed(pack.quotes);
  if (events.length + claims.length + quotes.length === 0) return undefined;
  const cited = new Set<string>();
  const sourceIds = new Set<string>();
  for (const fact of [...events, ...claims, ...quotes]) {
    for (const s of fact.sources) sourceIds.add(s);
  }
  for (const e of events) for (const id of [e.actor, e.target, e.org]) if (id) cited.add(id);
  for (const c of claims) if (c.subject) cited.add(c.subject);
  for (const q of quotes) cited.add(q.speaker);
  return {
    sources: pack.sources.filter((s) => sourceIds.has(s.id)),
    entities: pack.entities.filter((e) => cited.has(e.id)),
    events,
    claims,
    quotes,
  };
}
