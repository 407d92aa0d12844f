import type { Language } from "../facts/model.js";

// Short function words that are frequent in one language and rare in the other. Counting them is
// enough to tell French from English news prose; n-gram models are overkill for two languages.
const MARKERS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(
    "le la les des du un une est et dans pour que qui sur avec par au aux ce cette il elle ils sont été pas ne plus ses son sa leur mais ou où aussi".split(
      " ",
    ),
  ),
  en: new Set(
    "the of and to in is was for that with on by at from as an are were has have had its his her their this which who but not be been will would".split(
      " ",
    ),
  ),
};

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
  const counts: Record<Language, number> = { fr: 0, en: 0 };
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    if (MARKERS.fr.has(word)) counts.fr++;
    if (MARKERS.en.has(word)) counts.en++;
  }
  const total = counts.fr + counts.en;
  if (total < 5) return null;
  const lang: Language = counts.fr >= counts.en ? "fr" : "en";
  return { lang, confidence: Math.round((counts[lang] / total) * 100) / 100 };
}
