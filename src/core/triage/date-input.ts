import { normaliseDate } from "../extract/meta.js";
import { type PartialDate, parsePartialDate } from "../facts/dates.js";
import { MONTHS } from "../i18n/calendar.js";
import { fold } from "../text/fold.js";

const MONTH_YEAR = /^([a-z]+)\.?\s+(\d{4})$/;

/**
 * A date as a person types it when correcting a fact, read as `--published` reads one: ISO
 * (2023-11-17, or 2023-11 and 2023 for a date known to the month or the year), French or
 * English words with the year (« 17 novembre 2023 », "November 17, 2023", « 17/11/2023 »), or a
 * month and its year (« novembre 2023 », which chrono does not read in French). Undefined when
 * the text is no date that exists.
 */
export function parseDateInput(text: string): PartialDate | undefined {
  const trimmed = text.trim();
  if (parsePartialDate(trimmed)) return trimmed;
  const month = MONTH_YEAR.exec(fold(trimmed));
  if (month) {
    for (const names of Object.values(MONTHS)) {
      const k = names.findIndex((name) => fold(name) === month[1]);
      if (k >= 0) return `${month[2]}-${String(k + 1).padStart(2, "0")}`;
    }
  }
  return normaliseDate(trimmed);
}
