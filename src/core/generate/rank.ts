import type { QuestionKind } from "../question/model.js";
import { seedFrom } from "../random.js";

/**
 * How much each kind adds to a question's rank: who did what to whom and when is what a reader
 * should retain first; true or false, which tells least, comes last. Written questions were
 * chosen by a person and rank above generated ones about facts of the same weight.
 */
export const KIND_WEIGHT: Record<QuestionKind, number> = {
  who: 1,
  whom: 0.9,
  when: 0.8,
  "how-many": 0.8,
  quote: 0.6,
  role: 0.5,
  order: 0.4,
  "true-false": 0.2,
  written: 1.5,
};

/** How far the seed may move a question in the ranking: variety across seeds, not chaos. */
const JITTER = 0.75;

/** Something ranked: an id, the facts it tests and its score. */
export interface Rankable {
  id: string;
  facts: readonly string[];
  score: number;
}

/**
 * Ranks questions: by score, nudged by the seed so that two seeds do not open on the same
 * questions; then each fact's best question before any fact's second, so that the first ten
 * questions of a quiz test ten different facts.
 */
export function rank<T extends Rankable>(items: readonly T[], seed: number): T[] {
  const scored = items.map((item) => ({
    item,
    score: item.score + JITTER * ((seedFrom(seed, item.id) % 1000) / 1000),
  }));
  scored.sort((a, b) => b.score - a.score || (a.item.id < b.item.id ? -1 : 1));
  // Rounds in turn, each in the order just sorted: the same as sorting again by round, then
  // score, then id, without a second sort (a sort costs most on a command's first call).
  const seen = new Map<string, number>();
  const rounds: T[][] = [];
  for (const { item } of scored) {
    const key = item.facts[0] ?? item.id;
    const round = seen.get(key) ?? 0;
    seen.set(key, round + 1);
    const list = rounds[round];
    if (list) list.push(item);
    else rounds[round] = [item];
  }
  return rounds.flat();
}
