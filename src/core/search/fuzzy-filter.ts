import Fuse from "fuse.js";
import { fold } from "../text/fold.js";

/** A text field of the items to search, and how much a match in it counts. */
export interface SearchKey<T> {
  get: (item: T) => string | readonly string[];
  weight?: number;
}

/** How far a word may be from the text it matches (fuse.js threshold): "altmn" finds Altman. */
const THRESHOLD = 0.34;

/**
 * Builds a search over items: every word of the query must match (fuzzily, forgiving accents,
 * case and typos) somewhere in the item's keys; the best matches come first. An empty query
 * keeps every item in its order. Build once, query on every keystroke.
 */
export function fuzzySearch<T>(
  items: readonly T[],
  keys: readonly SearchKey<T>[],
): (query: string) => T[] {
  const docs = items.map((item) => ({
    fields: keys.map((k) => {
      const value = k.get(item);
      return (typeof value === "string" ? [value] : value).map(fold);
    }),
  }));
  const fuse = new Fuse(docs, {
    keys: keys.map((k, i) => ({
      name: String(i),
      getFn: (d) => d.fields[i]!,
      weight: k.weight ?? 1,
    })),
    includeScore: true,
    ignoreLocation: true,
    threshold: THRESHOLD,
  });
  return (query) => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [...items];
    let scores: Map<number, number> | undefined;
    for (const word of words) {
      const hits = new Map(fuse.search(word).map((h) => [h.refIndex, h.score ?? 0]));
      scores = scores
        ? new Map([...scores].filter(([i]) => hits.has(i)).map(([i, s]) => [i, s + hits.get(i)!]))
        : hits;
      if (scores.size === 0) break;
    }
    return [...(scores ?? new Map<number, number>())]
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .map(([i]) => items[i]!);
  };
}
