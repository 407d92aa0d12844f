import { isQuestionable } from "../extract/threshold.js";
import type { Fact, Pack, Review } from "./model.js";

/** What a fact says of its review: only extracted facts are reviewed. */
export type Reviewable = Pick<Fact, "extracted" | "review" | "confidence">;

/** True for an extracted fact no person has accepted, rejected or edited yet. */
export function awaitsReview(fact: Reviewable): boolean {
  return fact.extracted === true && fact.review === undefined;
}

/** How many facts of a pack await review: what `lint` and `add` report. */
export function countAwaitingReview(pack: Pack): number {
  return [...pack.events, ...pack.claims, ...pack.quotes].filter(awaitsReview).length;
}

/** True when a person accepted the fact, as it was or corrected. */
export function isApproved(review: Review | undefined): boolean {
  return review === "accepted" || review === "edited";
}

/**
 * Whether questions and summaries may use a fact of this pack: facts written by hand and facts a
 * person accepted or edited, always; rejected facts, never; facts still awaiting review only when
 * the pack allows it (`unreviewed: ask`, the default) and they are at or above the confidence
 * threshold.
 */
export function isInUse(fact: Reviewable, pack: Pick<Pack, "unreviewed">): boolean {
  if (awaitsReview(fact) && pack.unreviewed === "skip") return false;
  return isQuestionable(fact);
}

// A pack is never changed in place, so its facts in use are worked out once; a pack where every
// fact is in use is its own result, so that what generation and summaries cache of it is shared.
const inUse = new WeakMap<Pack, Pack>();

/**
 * The pack as questions and summaries see it: only the facts in use (`isInUse`). Generation and
 * summarising both call this where the pack enters them, and nowhere else decides it.
 */
export function factsInUse(pack: Pack): Pack {
  let used = inUse.get(pack);
  if (!used) {
    const keep = <T extends Reviewable>(facts: T[]) => facts.filter((f) => isInUse(f, pack));
    const events = keep(pack.events);
    const claims = keep(pack.claims);
    const quotes = keep(pack.quotes);
    const same =
      events.length === pack.events.length &&
      claims.length === pack.claims.length &&
      quotes.length === pack.quotes.length;
    used = same ? pack : { ...pack, events, claims, quotes };
    inUse.set(pack, used);
    inUse.set(used, used);
  }
  return used;
}

/** True when any of these facts still awaits review: a question made from it says so. */
export function fromUnreviewed(facts: readonly (Reviewable | undefined)[]): boolean {
  return facts.some((f) => f !== undefined && awaitsReview(f));
}
