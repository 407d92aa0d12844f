import type { Language } from "../facts/model.js";
import {
  formatDate,
  formatDateAdverbial,
  formatSpan,
  formatSpanAdverbial,
} from "../i18n/format.js";
import { boundedMemo } from "../memo.js";

// Every date question writes a handful of dates many times over; writing one parses it and
// builds Date objects, so the text is remembered (bounded, and only ever what format.ts says).
const remembered = boundedMemo<string>(5_000);

/** « vendredi 17 novembre 2023 », « novembre 2023 », « 2015 »: a date as a choice shows it. */
export function dateText(date: string, lang: Language): string {
  return remembered(`d|${lang}|${date}`, () => formatDate(date, lang, { weekday: true }));
}

/** « le vendredi 17 novembre 2023 », « en 2019 »: a date as a sentence says it. */
export function dateAdverbText(date: string, lang: Language): string {
  return remembered(`a|${lang}|${date}`, () => formatDateAdverbial(date, lang, { weekday: true }));
}

/** « du samedi 18 au dimanche 19 novembre 2023 »: a span as a choice shows it. */
export function spanText(date: string, until: string, lang: Language): string {
  return remembered(`s|${lang}|${date}|${until}`, () => formatSpan(date, until, lang));
}

/** « entre le samedi 18 et le dimanche 19 novembre 2023 »: a span as a sentence says it. */
export function spanAdverbText(date: string, until: string, lang: Language): string {
  return remembered(`sa|${lang}|${date}|${until}`, () => formatSpanAdverbial(date, until, lang));
}

/** When an event happened, as a choice shows it: its day, or its span. */
export function whenText(event: { date?: string; until?: string }, lang: Language): string {
  if (!event.date) return "";
  return event.until && event.until !== event.date
    ? spanText(event.date, event.until, lang)
    : dateText(event.date, lang);
}

/** When an event happened, as a sentence says it: « le vendredi 17 novembre 2023 », or a span. */
export function whenAdverbText(event: { date?: string; until?: string }, lang: Language): string {
  if (!event.date) return "";
  return event.until && event.until !== event.date
    ? spanAdverbText(event.date, event.until, lang)
    : dateAdverbText(event.date, lang);
}
