import type { Language } from "../i18n/language.js";
import type { WordKey } from "../languages/about-types.js";
import { aboutOf } from "../languages/registry.js";

export { quoted } from "../i18n/typography.js";
export type { WordKey } from "../languages/about-types.js";

// The fixed words of generated sentences: each language's `words` (languages/<code>/about.ts).
// UI text lives in the message catalogue; these are the pieces sentences and questions are
// assembled from.

/** A fixed word or phrase of generated text in the given language. */
export function word(lang: Language, key: WordKey): string {
  return aboutOf(lang).words[key];
}

/** "A, B et C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${word(lang, "and")} ${items.at(-1)}`;
}

/** A sentence ends with one full stop, whatever the text it ends with. */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Drops a final full stop, for a sentence used inside another one or as a list item. */
export function withoutFinalStop(text: string): string {
  return text.trimEnd().replace(/\.$/, "");
}
