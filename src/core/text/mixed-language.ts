import type { Language } from "../facts/model.js";

// Words one language uses and the other never does, so that one of them in a sentence of the
// other language shows words left untranslated. Short and unambiguous on purpose: "on", "a",
// "an", "plus" belong to both.
const OTHERS: Record<Language, ReadonlySet<string>> = {
  // Words of English in a French sentence.
  fr: new Set(
    "the of and with was were is are has have had by from his her its their which who what this that these those been would will into about after before between according said did does than then there when where why how".split(
      " ",
    ),
  ),
  // Words of French in an English sentence.
  en: new Set(
    "le la les des du une est sont été avec pour dans qui que sur aux au cette ces ses son sa leur leurs ont très mais où être selon entre après avant chez lors nous vous ils elles je il elle pas ans jours mois employés salariés poste d' l' qu' n' s' c' j'".split(
      " ",
    ),
  ),
};
const ACCENTED = /[àâäçéèêëîïôöûùüÿœæ]/i;
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
  const others = OTHERS[lang];
  for (const raw of text.toLowerCase().match(WORD) ?? []) {
    const w = raw.replace("’", "'");
    if (own.has(w)) continue;
    if (others.has(w)) return raw;
    if (lang === "en" && ACCENTED.test(w)) return raw;
  }
  return undefined;
}
