import { parsePartialDate, weekday } from "../facts/dates.js";
import type { Claim, Language } from "../facts/model.js";
import { aboutOf } from "../languages/registry.js";
import { formatNumber, withPercent } from "./number.js";

export { formatNumber, NBSP } from "./number.js";

export interface DateStyle {
  /** Name the day of the week: "vendredi 17 novembre 2023". */
  weekday?: boolean;
  /** Leave out the year: "17 novembre". */
  year?: boolean;
}

/**
 * A partial date as a reader writes it: "vendredi 17 novembre 2023", "novembre 2023", "2015";
 * in English "Friday, November 17, 2023", "November 2023", "2015".
 */
export function formatDate(date: string, lang: Language, style: DateStyle = {}): string {
  const p = parsePartialDate(date);
  if (!p) return date;
  const withYear = style.year !== false;
  if (p.month === undefined) return String(p.year);
  const about = aboutOf(lang);
  const month = about.months[p.month - 1]!;
  if (p.day === undefined) return withYear ? `${month} ${p.year}` : month;
  return about.dates.day({
    day: p.day,
    month,
    ...(withYear ? { year: p.year } : {}),
    ...(style.weekday ? { weekday: about.weekdays[weekday(date) ?? 0]! } : {}),
  });
}

/** "le 17 novembre 2023", "en novembre 2023", "en 2015"; "on November 17, 2023", "in 2015". */
export function formatDateAdverbial(date: string, lang: Language, style: DateStyle = {}): string {
  const precision = parsePartialDate(date)?.precision ?? "year";
  const text = formatDate(date, lang, style);
  return aboutOf(lang).dates.adverbial(text, precision);
}

/** "13 milliards de dollars", "770 employés", "90 %"; "13 billion dollars", "90%". */
export function formatQuantity(value: number, unit: string | undefined, lang: Language): string {
  if (unit === "%") return withPercent(formatNumber(value, lang), lang);
  const words = aboutOf(lang).quantities;
  for (const large of words.large) {
    if (Math.abs(value) >= large.size) {
      const scaled = value / large.size;
      const word = Math.abs(scaled) >= 2 ? large.other : large.one;
      const number = `${formatNumber(scaled, lang)} ${word}`;
      return unit ? `${number} ${words.afterLarge(unit)}` : number;
    }
  }
  const number = formatNumber(value, lang);
  return unit ? `${number} ${value === 1 ? singular(unit) : unit}` : number;
}

function singular(unit: string): string {
  return unit.length > 3 && unit.endsWith("s") ? unit.slice(0, -1) : unit;
}

/**
 * The figure a claim states, as the source put it: "plus de 500 sur 770 employés",
 * "650 sur environ 700 employés", "plus de 90 %"; "more than 500 of 770 employees".
 */
export function formatClaimValue(claim: Claim, lang: Language): string {
  const { qualifiers: words, of } = aboutOf(lang).quantities;
  const qualifier = words[claim.qualifier];
  if (claim.total === undefined) return qualifier + formatQuantity(claim.value, claim.unit, lang);
  const totalQualifier = words[claim.totalQualifier ?? "exactly"];
  const total = formatQuantity(claim.total, claim.unit, lang);
  return `${qualifier}${formatNumber(claim.value, lang)} ${of} ${totalQualifier}${total}`;
}

/**
 * A span of days (or months, or years) as a choice shows it: "du samedi 18 au dimanche 19
 * novembre 2023", "de janvier à mars 2023"; "from Saturday, November 18 to Sunday, November
 * 19, 2023". The parts both ends share (the year, in French the month) are said once.
 */
export function formatSpan(date: string, until: string, lang: Language): string {
  const [first, last] = spanEnds(date, until, lang);
  const days = parsePartialDate(date)?.precision === "day";
  return aboutOf(lang).dates.span(first, last, days);
}

/** "entre le samedi 18 et le dimanche 19 novembre 2023"; "between … and …". */
export function formatSpanAdverbial(date: string, until: string, lang: Language): string {
  const [first, last] = spanEnds(date, until, lang);
  const days = parsePartialDate(date)?.precision === "day";
  return aboutOf(lang).dates.spanAdverbial(first, last, days);
}

function spanEnds(date: string, until: string, lang: Language): [string, string] {
  const a = parsePartialDate(date);
  const b = parsePartialDate(until);
  const last = formatDate(until, lang, { weekday: true });
  if (!a || !b || a.year !== b.year || a.precision !== b.precision || a.precision === "year") {
    return [formatDate(date, lang, { weekday: true }), last];
  }
  const first = formatDate(date, lang, { weekday: true, year: false });
  // French says the month once when both days are in it: « du samedi 18 au dimanche 19 novembre ».
  if (aboutOf(lang).dates.monthOnce && a.precision === "day" && a.month === b.month) {
    return [first.replace(/ [^ ]+$/, ""), last];
  }
  return [first, last];
}

/** "18–19 novembre 2023", "November 18–19, 2023": a span in a timeline's date column. */
export function formatSpanShort(date: string, until: string, lang: Language): string {
  const a = parsePartialDate(date);
  const b = parsePartialDate(until);
  if (a?.day !== undefined && b?.day !== undefined && a.year === b.year && a.month === b.month) {
    return aboutOf(lang).dates.spanShort(a.day, formatDate(until, lang));
  }
  return `${formatDate(date, lang)} – ${formatDate(until, lang)}`;
}
