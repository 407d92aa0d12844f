import type { Language } from "../facts/model.js";
import { LANGUAGE_LIST } from "../languages/registry.js";

// Short function words that are frequent in one language and rare in the others (each
// language's `markers`, languages/<code>/about.ts). Counting them is enough to tell French from
// English news prose; n-gram models are overkill for a few languages.

/** The language of a text and how sure the guess is (share of marker words of that language). */
export interface LanguageGuess {
  lang: Language;
  confidence: number;
}

/**
 * French or English, from the function words of the first 2,000 characters; null when the text
 * has too few of them to tell (under 5 markers).
 */
export function detectLanguage(text: string): LanguageGuess | null {
  const counts = LANGUAGE_LIST.map(() => 0);
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    LANGUAGE_LIST.forEach((about, i) => {
      if (about.markers.has(word)) counts[i]!++;
    });
  }
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total < 5) return null;
  // A tie goes to the language listed first.
  const best = counts.indexOf(Math.max(...counts));
  const lang: Language = LANGUAGE_LIST[best]!.code;
  return { lang, confidence: Math.round((counts[best]! / total) * 100) / 100 };
}
