import { comparePartialDates, daysInMonth, type PartialDate, parsePartialDate } from "./dates.js";

/**
 * Events this many days before the story's latest one are its background: the company founded
 * years ago, the investment of the year before. A reader retains the news first; the background
 * explains it. Two months holds a crisis of a few weeks and the run-up a story recalls.
 */
export const BACKGROUND_DAYS = 60;

/** The latest date of the events, or undefined when none is dated. */
export function latestDate(
  events: readonly { date?: PartialDate | null }[],
): PartialDate | undefined {
  let latest: PartialDate | undefined;
  for (const { date } of events) {
    if (date && (latest === undefined || comparePartialDates(date, latest) > 0)) latest = date;
  }
  return latest;
}

/**
 * Whether an event of this date is background to a story whose latest event is `latest`. A date
 * known only to the month or the year is read as its period's last day: "2023" may well be the
 * news of a story that ends in November 2023, so it is never background to it.
 */
export function isBackground(date: PartialDate, latest: PartialDate): boolean {
  const end = lastDay(date);
  const last = firstDay(latest);
  return end !== undefined && last !== undefined && last - end > BACKGROUND_DAYS;
}

/** Days since 1970 of the last day of a partial date's period. */
function lastDay(date: PartialDate): number | undefined {
  const p = parsePartialDate(date);
  if (!p) return undefined;
  const month = p.month ?? 12;
  return Date.UTC(p.year, month - 1, p.day ?? daysInMonth(p.year, month)) / 86_400_000;
}

/** Days since 1970 of the first day of a partial date's period. */
function firstDay(date: PartialDate): number | undefined {
  const p = parsePartialDate(date);
  if (!p) return undefined;
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1) / 86_400_000;
}
