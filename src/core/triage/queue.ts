import { allFacts, type FactRef, indexFacts } from "../facts/fact-index.js";
import type { Pack, Review } from "../facts/model.js";
import { awaitsReview } from "../facts/review.js";
import { salience } from "../facts/salience.js";

/**
 * The extracted facts to review, the ones questions depend on most first (salience: stated by
 * more sources, about the story's central people, of a kind that changes things); ties keep the
 * pack's order. With `all`, facts already reviewed come too, to be reviewed again.
 */
export function triageQueue(pack: Pack, all = false): FactRef[] {
  const index = indexFacts(pack);
  const refs = allFacts(index).filter(
    (ref) => ref.fact.extracted === true && (all || awaitsReview(ref.fact)),
  );
  const weight = new Map(refs.map((ref) => [ref, salience(index, ref)]));
  return refs
    .map((ref, order) => ({ ref, order }))
    .sort((a, b) => weight.get(b.ref)! - weight.get(a.ref)! || a.order - b.order)
    .map(({ ref }) => ref);
}

/** The review of every extracted fact of a pack, by id (undefined: awaiting review). */
export function reviewsOf(pack: Pack): Map<string, Review | undefined> {
  const out = new Map<string, Review | undefined>();
  for (const fact of [...pack.events, ...pack.claims, ...pack.quotes]) {
    if (fact.extracted) out.set(fact.id, fact.review);
  }
  return out;
}

/** How far the review of a pack's extracted facts has come. */
export interface ReviewCounts {
  /** Extracted facts in the pack. */
  total: number;
  reviewed: number;
  accepted: number;
  rejected: number;
  edited: number;
}

/** The counts of a set of reviews (undefined: awaiting review). */
export function countReviews(reviews: Iterable<Review | undefined>): ReviewCounts {
  const counts: ReviewCounts = { total: 0, reviewed: 0, accepted: 0, rejected: 0, edited: 0 };
  for (const review of reviews) {
    counts.total++;
    if (review === undefined) continue;
    counts.reviewed++;
    counts[review]++;
  }
  return counts;
}
