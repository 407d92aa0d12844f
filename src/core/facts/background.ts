import { comparePartialDates, firstDayOf, lastDayOf, type PartialDate } from "./dates.js";

/**
 * Events this many days before the story's latest one are its background: the company founded
 * years ago, the investment of the year before. A reader retains the news first; the background
 * explains it. Two months holds a crisis of a few weeks and the run-up a story recalls.
 */
export const BACKGROUND_DAYS = 60;

/** The latest date of the events (the end of a span), or undefined when none is dated. */
export function latestDate(
  events: readonly { date?: PartialDate | null; until?: PartialDate | null }[],
): PartialDate | undefined {
  let latest: PartialDate | undefined;
  for (const { date, until } of events) {
    const end = until ?? date;
    if (end && (latest === undefined || comparePartialDates(end, latest) > 0)) latest = end;
  }
  return latest;
}

/**
 * Whether an event of this date is background to a story whose latest event is `latest`. A date
 * known only to the month or the year is read as its period's last day: "2023" may well be the
 * news of a story that ends in November 2023, so it is never background to it.
 */
export function isBackground(date: PartialDate, latest: PartialDate): boolean {
  const end = lastDayOf(date);
  const last = firstDayOf(latest);
  return end !== undefined && last !== undefined && last - end > BACKGROUND_DAYS;
}
