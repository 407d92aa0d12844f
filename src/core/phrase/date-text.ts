import type { Language } from "../facts/model.js";
import { formatDate, formatDateAdverbial } from "../i18n/format.js";

// Every date question writes a handful of dates many times over; writing one parses it and
// builds Date objects, so the text is remembered (bounded, and only ever what format.ts says).
const MAX_ENTRIES = 5_000;
const texts = new Map<string, string>();

function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= MAX_ENTRIES) texts.clear();
    text = make();
    texts.set(key, text);
  }
  return text;
}

/** « vendredi 17 novembre 2023 », « novembre 2023 », « 2015 »: a date as a choice shows it. */
export function dateText(date: string, lang: Language): string {
  return remembered(`d|${lang}|${date}`, () => formatDate(date, lang, { weekday: true }));
}

/** « le vendredi 17 novembre 2023 », « en 2019 »: a date as a sentence says it. */
export function dateAdverbText(date: string, lang: Language): string {
  return remembered(`a|${lang}|${date}`, () => formatDateAdverbial(date, lang, { weekday: true }));
}
