import type { Language } from "../../facts/model.js";
import { MONTHS, WEEKDAYS } from "../../i18n/calendar.js";
import { fold } from "../../text/fold.js";

// Extraction reads the month and day names a date is written with (core/i18n/calendar.ts), in
// the forms it matches: folded, and as an article may write them, with or without accents.

/** Month names folded, January first: « fevrier », "march". */
export function foldedMonths(lang: Language): string[] {
  return MONTHS[lang].map(fold);
}

/** Day names folded, Monday first as a week runs in the news: « lundi », "monday". */
export function foldedWeekdays(lang: Language): string[] {
  const [sunday, ...rest] = WEEKDAYS[lang];
  return [...rest, sunday!].map(fold);
}

/** Day and month names as an article may write them, folded or not: « février », « fevrier ». */
export function calendarNames(lang: Language): string[] {
  const written = [...WEEKDAYS[lang].slice(1), WEEKDAYS[lang][0]!, ...MONTHS[lang]];
  return [...new Set(written.flatMap((name) => [name.toLowerCase(), fold(name)]))];
}
