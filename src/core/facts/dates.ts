/** A calendar date known to the day, the month or only the year: "2023-11-17", "2023-11", "2015". */
export type PartialDate = string;

/** How precisely a {@link PartialDate} is known. */
export type DatePrecision = "day" | "month" | "year";

/**
 * The parts of a partial date, or null when the text is not one or names a day that does not exist.
 * Reads what /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/ would, character by character: dates are read
 * by the hundred on a command's first call, where a regular expression and a Date cost most.
 */
export function parsePartialDate(
  text: string,
): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digits(text, 0);
  if (year < 0) return null;
  if (length === 4) return { year, precision: "year" };
  const month = text.charCodeAt(4) === DASH ? digits(text, 5) : -1;
  if (month < 1 || month > 12) return null;
  if (length === 7) return { year, month, precision: "month" };
  const day = text.charCodeAt(7) === DASH ? digits(text, 8) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: "day" };
}

const DASH = 0x2d;

/** The number the year's four ASCII digits (at 0) or two (month, day) write; -1 if not digits. */
function digits(text: string, from: number): number {
  const to = from === 0 ? 4 : from + 2;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The calendar's year as Date.UTC reads it: years 0 to 99 are 1900 to 1999. Kept so that the
 * arithmetic below answers what Date did for every year ("0000-02-29" is no date).
 */
function utcYear(year: number): number {
  return year >= 0 && year <= 99 ? 1900 + year : year;
}

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  return month === 2 && leap(utcYear(year)) ? 29 : MONTH_DAYS[month - 1]!;
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

export function datePrecision(date: PartialDate): DatePrecision {
  return parsePartialDate(date)?.precision ?? "year";
}

/**
 * Orders partial dates chronologically; a less precise date sorts before the more precise
 * dates it contains ("2023-11" before "2023-11-17"), which is how a timeline reads.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Days between two day-precise dates (b - a); NaN when either is not known to the day. */
export function daysBetween(a: PartialDate, b: PartialDate): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (pa?.day === undefined || pb?.day === undefined) return Number.NaN;
  const ta = Date.UTC(pa.year, (pa.month ?? 1) - 1, pa.day);
  const tb = Date.UTC(pb.year, (pb.month ?? 1) - 1, pb.day);
  return Math.round((tb - ta) / 86_400_000);
}

/** Day of the week of a day-precise date, 0 = Sunday, or undefined. */
export function weekday(date: PartialDate): number | undefined {
  const p = parsePartialDate(date);
  if (p?.day === undefined || p.month === undefined) return undefined;
  // Sakamoto's method on the proleptic Gregorian calendar, as Date.UTC counts, without a Date.
  let y = utcYear(p.year);
  if (p.month < 3) y -= 1;
  return (
    (y +
      Math.floor(y / 4) -
      Math.floor(y / 100) +
      Math.floor(y / 400) +
      MONTH_SHIFT[p.month - 1]! +
      p.day) %
    7
  );
}

const MONTH_SHIFT = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** Shifts a day-precise date by a number of days. */
export function addDays(date: PartialDate, days: number): PartialDate {
  const p = parsePartialDate(date);
  if (p?.day === undefined || p.month === undefined) return date;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return d.toISOString().slice(0, 10);
}

/** When something happened: a date, or a span from `date` to `until`; no date means unknown. */
export interface Period {
  date?: PartialDate | undefined;
  until?: PartialDate | undefined;
}

/** Days since 1970 of the first day of a partial date's period. */
export function firstDayOf(date: PartialDate): number | undefined {
  const p = parsePartialDate(date);
  if (!p) return undefined;
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1) / 86_400_000;
}

/** Days since 1970 of the last day of a partial date's period. */
export function lastDayOf(date: PartialDate): number | undefined {
  const p = parsePartialDate(date);
  if (!p) return undefined;
  const month = p.month ?? 12;
  return Date.UTC(p.year, month - 1, p.day ?? daysInMonth(p.year, month)) / 86_400_000;
}

/**
 * True when two periods may share a day: « 2023-11 » meets « 2023-11-17 », and the weekend of
 * 18 to 19 November meets the 19th. An unknown date meets every date.
 */
export function periodsMeet(a: Period, b: Period): boolean {
  if (!a.date || !b.date) return true;
  const aFirst = firstDayOf(a.date);
  const aLast = lastDayOf(a.until ?? a.date);
  const bFirst = firstDayOf(b.date);
  const bLast = lastDayOf(b.until ?? b.date);
  if (aFirst === undefined || aLast === undefined || bFirst === undefined || bLast === undefined) {
    return true;
  }
  return aFirst <= bLast && bFirst <= aLast;
}
