import type { Language } from "../facts/model.js";
import { aboutOf } from "../languages/registry.js";

// Words one language uses and another never does (each language's `foreignWords`,
// languages/<code>/about.ts), so that one of them in a sentence of the other language shows
// words left untranslated.
const WORD = /[\p{L}\p{N}]+(?:['’](?=\p{L}))?/gu;

/**
 * A checker of language mixing in texts about a pack: the first word of another language in a
 * text of `lang`, or undefined. The words of proper names (« Banque de France », « Léa
 * Martin ») are the same in every language and never count; names written as phrases of one
 * language (« les employés d'OpenAI ») do.
 */
export function mixedLanguage(properNames: readonly string[]) {
  const own = new Set<string>();
  for (const name of properNames) {
    const first = name.charAt(0);
    if (first === first.toLocaleLowerCase() && first !== first.toLocaleUpperCase()) continue;
    for (const w of name.toLowerCase().match(WORD) ?? []) own.add(w.replace("’", "'"));
  }
  // The gate asks about the same few hundred texts a thousand times in one generation.
  const checked = new Map<string, string | undefined>();
  return (text: string, lang: Language): string | undefined => {
    const key = `${lang}\u0000${text}`;
    if (checked.has(key)) return checked.get(key);
    const found = firstOther(text, lang, own);
    checked.set(key, found);
    return found;
  };
}

function firstOther(text: string, lang: Language, own: ReadonlySet<string>): string | undefined {
  const { foreignWords: others, foreignLetters } = aboutOf(lang);
  for (const raw of text.toLowerCase().match(WORD) ?? []) {
    const w = raw.replace("’", "'");
    if (own.has(w)) continue;
    if (others.has(w)) return raw;
    if (foreignLetters?.test(w)) return raw;
  }
  return undefined;
}
