/** A calendar date known to the day, the month or only the year: "2023-11-17", "2023-11", "2015". */
export type PartialDate = string;

/** How precisely a {@link PartialDate} is known. */
export type DatePrecision = "day" | "month" | "year";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of a partial date, or null when the text is not one or names a day that does not exist. */
export function parsePartialDate(
  text: string,
): { year: number; month?: number; day?: number; precision: DatePrecision } | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: "month" };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: "day" };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** Shifts a day-precise date by a number of days. */
export function addDays(date: PartialDate, days: number): PartialDate {
  const p = parsePartialDate(date);
  if (p?.day === undefined || p.month === undefined) return date;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return d.toISOString().slice(0, 10);
}
