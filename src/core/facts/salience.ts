import { isBackground } from "./background.js";
import { type FactIndex, type FactRef, sourceCount } from "./fact-index.js";
import type { EventType, FactEvent } from "./model.js";

// Events that change who holds power or money are what a news story turns on; statements and
// announcements are its commentary. Data, not branches, so the weights can be read at a glance.
const TYPE_WEIGHT: Record<EventType, number> = {
  dismissal: 1,
  resignation: 1,
  appointment: 1,
  hiring: 1,
  acquisition: 1,
  founding: 1,
  closure: 1,
  layoff: 1,
  strike: 1,
  petition: 1,
  agreement: 1,
  investment: 1,
  departure: 0.5,
  joining: 0.5,
  launch: 0.5,
  negotiation: 0.5,
  statement: 0,
  announcement: 0,
  other: 0,
};

/** Extra weight for an entity the whole story is about (the most cited one gets all of it). */
const CENTRALITY_WEIGHT = 2;
/** Extra weight for a fact with figures attached, and again when sources disagree on them. */
const FIGURE_WEIGHT = 0.5;
/**
 * Weight an event loses when it is background (months before the story's latest events): the
 * founding of the company, a past investment. As much as a second source: the news comes first,
 * but what every source recalls of the background still outranks a detail one page gives.
 */
const BACKGROUND_WEIGHT = 1;

/**
 * How much a reader should retain a fact: stated by more sources, about the story's central
 * people, of a kind that changes things, part of the news rather than its background.
 * Summaries and questions both rank by it.
 */
export function salience(index: FactIndex, ref: FactRef): number {
  const base = sourceCount(ref.fact);
  if (ref.kind === "event") return base + eventBonus(index, ref.fact);
  if (ref.kind === "claim") {
    const about = ref.fact.subject ? (index.centrality.get(ref.fact.subject) ?? 0) : 0;
    return base + CENTRALITY_WEIGHT * about * 0.5;
  }
  return base + CENTRALITY_WEIGHT * (index.centrality.get(ref.fact.speaker) ?? 0) * 0.5;
}

function eventBonus(index: FactIndex, event: FactEvent): number {
  const central = Math.max(
    index.centrality.get(event.actor ?? "") ?? 0,
    index.centrality.get(event.target ?? "") ?? 0,
  );
  const claims = index.claimsOf.get(event.id) ?? [];
  const figures =
    claims.length === 0
      ? 0
      : FIGURE_WEIGHT * (claims.some((c) => index.conflictOf.has(c.id)) ? 2 : 1);
  const background =
    event.date && index.latest && isBackground(event.date, index.latest) ? BACKGROUND_WEIGHT : 0;
  return CENTRALITY_WEIGHT * central + TYPE_WEIGHT[event.type] + figures - background;
}
