import Fuse from "fuse.js";
import { boundedMemo } from "../memo.js";
import { fold } from "../text/fold.js";

/** A text field of the items to search, and how much a match in it counts. */
export interface SearchKey<T> {
  get: (item: T) => string | readonly string[];
  weight?: number;
}

/** How far a word may be from the text it matches (fuse.js threshold): "altmn" finds Altman. */
const THRESHOLD = 0.34;
/** Words are runs of letters and digits; « d'OpenAI » is "d" and "openai". */
const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/** Where a word of the vocabulary occurs: which item, and the weight of the key it is in. */
interface Posting {
  item: number;
  weight: number;
}

/** A search over items, and the words of their keys a query matched (to highlight them). */
export type FuzzySearch<T> = ((query: string) => T[]) & {
  /** The words (folded: no case nor accents) of the items that the query's words matched. */
  words(query: string): Set<string>;
};

/** The runs of a text that hold a word of `words` (folded), to highlight: [text, matched][]. */
export function highlight(text: string, words: ReadonlySet<string>): [string, boolean][] {
  const runs: [string, boolean][] = [];
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (!words.has(fold(m[0]))) continue;
    if (m.index > at) runs.push([text.slice(at, m.index), false]);
    runs.push([m[0], true]);
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push([text.slice(at), false]);
  return runs;
}

/**
 * Builds a search over items: every word of the query must match (fuzzily, forgiving accents,
 * case and typos) a word of the item's keys; the best matches come first. An empty query keeps
 * every item in its order. Build once, query on every keystroke.
 *
 * fuse.js runs over the vocabulary (each distinct word once), not over every item's text: on
 * 10,000 questions that is a few thousand short strings instead of ten thousand long ones, which
 * keeps a keystroke within a frame. Each query word's hits are remembered, so typing one more
 * letter only searches the word being typed.
 */
export function fuzzySearch<T>(items: readonly T[], keys: readonly SearchKey<T>[]): FuzzySearch<T> {
  const postings = new Map<string, Posting[]>();
  items.forEach((item, index) => {
    keys.forEach((key) => {
      const value = key.get(item);
      const weight = key.weight ?? 1;
      for (const text of typeof value === "string" ? [value] : value) {
        for (const word of fold(text).match(WORD) ?? []) {
          const list = postings.get(word);
          const last = list?.[list.length - 1];
          if (last?.item === index) last.weight = Math.max(last.weight, weight);
          else if (list) list.push({ item: index, weight });
          else postings.set(word, [{ item: index, weight }]);
        }
      }
    });
  });
  const vocabulary = [...postings.keys()];
  const maxWeight = Math.max(1, ...keys.map((k) => k.weight ?? 1));
  // Numbers are matched by how they begin (« 20 » finds 2023, not 32): a typo in a figure is
  // another figure. Only words with letters go through fuse.js.
  const fuse = new Fuse(
    vocabulary.filter((v) => !DIGITS.test(v)),
    { includeScore: true, ignoreLocation: true, threshold: THRESHOLD },
  );
  /**
   * Items holding a word like `word`, each with its best score (lower is better), and the words
   * of the vocabulary that matched it (what a view highlights).
   */
  const match = (word: string) => {
    const hits = new Map<number, number>();
    // One or two letters say too little for a fuzzy match: they match the words they begin.
    const found =
      word.length < 3 || DIGITS.test(word)
        ? vocabulary.filter((v) => v.startsWith(word)).map((v) => ({ item: v, score: 0 }))
        : fuse.search(word);
    for (const { item: v, score = 0 } of found) {
      for (const { item, weight } of postings.get(v)!) {
        // A match in a lighter key (a detail rather than a title) ranks a little lower.
        const s = score + 0.1 * (1 - weight / maxWeight);
        const best = hits.get(item);
        if (best === undefined || s < best) hits.set(item, s);
      }
    }
    return { hits, words: found.map((f) => f.item) };
  };
  // Typing one more letter asks again for every word before it.
  const remembered = boundedMemo<ReturnType<typeof match>>(256);
  const matchesOf = (word: string) => remembered(word, () => match(word));
  const hitsOf = (word: string): Map<number, number> => matchesOf(word).hits;

  const search = (query: string): T[] => {
    const words = fold(query).match(WORD) ?? [];
    if (words.length === 0) return [...items];
    let scores: Map<number, number> | undefined;
    for (const word of words) {
      const hits = hitsOf(word);
      if (!scores) scores = new Map(hits);
      else {
        for (const [i, s] of scores) {
          const h = hits.get(i);
          if (h === undefined) scores.delete(i);
          else scores.set(i, s + h);
        }
      }
      if (scores.size === 0) break;
    }
    return [...(scores ?? [])].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([i]) => items[i]!);
  };
  return Object.assign(search, {
    words(query: string): Set<string> {
      const out = new Set<string>();
      for (const word of fold(query).match(WORD) ?? []) {
        for (const w of matchesOf(word).words) out.add(w);
      }
      return out;
    },
  });
}
