import type { Language } from "./model.js";

/** A record whose text fields may be given in other languages (see `translations` in schema.ts). */
export interface Translatable {
  translations?: Partial<Record<Language, Record<string, unknown> | undefined>> | undefined;
}

/**
 * A text field of a record in a language: the field itself when the language is the pack's,
 * its translation otherwise; undefined when the pack gives none in that language, so that a
 * sentence in that language never borrows the words of another.
 */
export function textIn<R extends Translatable, F extends keyof R & string>(
  record: R,
  field: F,
  lang: Language,
  packLang: Language,
): string | undefined {
  if (lang === packLang) {
    const own = record[field];
    return typeof own === "string" ? own : undefined;
  }
  const text = record.translations?.[lang]?.[field];
  return typeof text === "string" ? text : undefined;
}

/** True when the record has a text in a language other than the pack's. */
export function hasTranslation(record: Translatable, lang: Language): boolean {
  return record.translations?.[lang] !== undefined;
}
