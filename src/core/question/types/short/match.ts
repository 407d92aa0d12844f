import Fuse from "fuse.js";
import { fold } from "../../../text/fold.js";
import { escapeRegExp } from "../../../text/regexp.js";

/** Loose enough for Bitap to find the answer with a typo or two; the word check decides. */
const FUSE_THRESHOLD = 0.4;

/** How a question compares typed text with its answers. */
export interface ShortAnswerRules {
  /** Moodle's "case must match": the text is compared exactly, as Moodle does. */
  caseSensitive?: boolean;
}

/**
 * Which accepted answer a typed text is, if any. Answers are tried in order, as Moodle does, and
 * the first that matches counts: an answer holding `*` is Moodle's pattern (`*` any text, `\*`
 * a star, the whole text must match); another must be the same text. Case and accents never
 * matter, unless the question is case-sensitive, which is then graded exactly as Moodle grades
 * it. When no answer matches, typos are forgiven per word, by length: none in words of up to 4
 * letters, one in 5 to 7, two from 8, and never in the first letter, so « Emmet Shear » is
 * Emmett Shear but « Switch » is not « Twitch » and « Greg Brockman » is nobody else. fuse.js
 * ranks the plain answers; each candidate must then pass the word check, so a part of the answer
 * (« Shear ») is not accepted.
 */
export function matchShortAnswer(
  typed: string,
  accepted: readonly string[],
  rules: ShortAnswerRules = {},
): number | undefined {
  if (!typed.trim()) return undefined;
  if (rules.caseSensitive) {
    const exact = accepted.findIndex((a) => wildcardMatch(typed, a, true));
    return exact >= 0 ? exact : undefined;
  }
  const text = fold(typed);
  const inOrder = accepted.findIndex((a) =>
    isPattern(a) ? wildcardMatch(text, fold(a), false) : fold(unescapeStars(a)) === text,
  );
  if (inOrder >= 0) return inOrder;
  const plain = accepted.flatMap((a, i) =>
    isPattern(a) ? [] : [{ key: fold(unescapeStars(a)), i }],
  );
  const fuse = new Fuse(
    plain.map((p) => p.key),
    { includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD },
  );
  for (const hit of fuse.search(text)) {
    if (closeEnough(text, hit.item)) return plain[hit.refIndex]!.i;
  }
  return undefined;
}

const STARS = /(?<!\\)\*+/;

/** Whether an answer is a Moodle pattern: it holds a `*` no backslash escapes. */
export function isPattern(answer: string): boolean {
  return STARS.test(answer);
}

/** An answer as a reader should see it: Moodle's wildcards left out, `\*` as a star. */
export function shownAnswer(answer: string): string {
  return unescapeStars(answer.split(STARS).join("")).trim() || answer;
}

function unescapeStars(text: string): string {
  return text.replaceAll("\\*", "*");
}

/**
 * Moodle's own comparison (qtype_shortanswer): both texts in Unicode NFC, the answer trimmed,
 * each run of unescaped `*` standing for any text, everything else literal, the whole answer
 * matched, case ignored unless asked.
 */
export function wildcardMatch(typed: string, pattern: string, caseSensitive: boolean): boolean {
  const bits = pattern
    .normalize("NFC")
    .split(/(?<!\\)\*+/)
    .map((bit) => escapeRegExp(unescapeStars(bit)));
  const regex = new RegExp(`^${bits.join(".*")}$`, caseSensitive ? "su" : "siu");
  return regex.test(typed.normalize("NFC").trim());
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
