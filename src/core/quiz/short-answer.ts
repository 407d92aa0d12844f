import Fuse from "fuse.js";
import { fold } from "../text/fold.js";

/** Loose enough for Bitap to find the answer with a typo or two; the word check decides. */
const FUSE_THRESHOLD = 0.4;

/**
 * Which accepted answer a typed text is, if any. Case, accents and punctuation never matter;
 * typos are forgiven per word, by length: none in words of up to 4 letters, one in 5 to 7, two
 * from 8, and never in the first letter, so « Emmet Shear » is Emmett Shear but « Switch » is
 * not « Twitch » and « Greg Brockman » is nobody else. fuse.js ranks the accepted answers; each
 * candidate must then pass the word check, so a part of the answer (« Shear ») is not accepted.
 */
export function matchShortAnswer(typed: string, accepted: readonly string[]): number | undefined {
  const text = fold(typed);
  if (!text) return undefined;
  const keys = accepted.map(fold);
  const exact = keys.indexOf(text);
  if (exact >= 0) return exact;
  const fuse = new Fuse(keys, {
    includeScore: true,
    ignoreLocation: true,
    threshold: FUSE_THRESHOLD,
  });
  for (const hit of fuse.search(text)) {
    if (closeEnough(text, hit.item)) return hit.refIndex;
  }
  return undefined;
}

function words(text: string): string[] {
  return text.split(/[\s'-]+/).filter(Boolean);
}

function closeEnough(typed: string, answer: string): boolean {
  const a = words(typed);
  const b = words(answer);
  if (a.length !== b.length) return false;
  return a.every((word, i) => {
    const target = b[i]!;
    if (word[0] !== target[0]) return false;
    return editDistance(word, target) <= typoBudget(target.length);
  });
}

/** Typos forgiven in a word of this length. */
export function typoBudget(length: number): number {
  if (length <= 4) return 0;
  return length <= 7 ? 1 : 2;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
