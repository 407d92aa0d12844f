import { parsePartialDate, weekday } from "../facts/dates.js";
import type { Claim, Language, Qualifier } from "../facts/model.js";
import { MONTHS, WEEKDAYS } from "./calendar.js";
import { elide } from "./french.js";
import { formatNumber, NBSP } from "./number.js";

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
  const month = MONTHS[lang][p.month - 1]!;
  if (p.day === undefined) return withYear ? `${month} ${p.year}` : month;
  const day = WEEKDAYS[lang][weekday(date) ?? 0]!;
  if (lang === "fr") {
    const dayText = p.day === 1 ? "1er" : String(p.day);
    const text = `${dayText} ${month}${withYear ? ` ${p.year}` : ""}`;
    return style.weekday ? `${day} ${text}` : text;
  }
  const text = `${month} ${p.day}${withYear ? `, ${p.year}` : ""}`;
  return style.weekday ? `${day}, ${text}` : text;
}

/** "le 17 novembre 2023", "en novembre 2023", "en 2015"; "on November 17, 2023", "in 2015". */
export function formatDateAdverbial(date: string, lang: Language, style: DateStyle = {}): string {
  const precision = parsePartialDate(date)?.precision ?? "year";
  const text = formatDate(date, lang, style);
  if (lang === "fr") return precision === "day" ? `le ${text}` : `en ${text}`;
  return precision === "day" ? `on ${text}` : `in ${text}`;
}

const LARGE: { size: number; fr: [string, string]; en: string }[] = [
  { size: 1e12, fr: ["billion", "billions"], en: "trillion" },
  { size: 1e9, fr: ["milliard", "milliards"], en: "billion" },
  { size: 1e6, fr: ["million", "millions"], en: "million" },
];

/** "13 milliards de dollars", "770 employés", "90 %"; "13 billion dollars", "90%". */
export function formatQuantity(value: number, unit: string | undefined, lang: Language): string {
  if (unit === "%") return `${formatNumber(value, lang)}${lang === "fr" ? NBSP : ""}%`;
  for (const large of LARGE) {
    if (Math.abs(value) >= large.size) {
      const scaled = value / large.size;
      const word = lang === "fr" ? large.fr[Math.abs(scaled) >= 2 ? 1 : 0] : large.en;
      const number = `${formatNumber(scaled, lang)} ${word}`;
      if (!unit) return number;
      return lang === "fr" ? `${number} ${elide("de", unit)}` : `${number} ${unit}`;
    }
  }
  const number = formatNumber(value, lang);
  return unit ? `${number} ${value === 1 ? singular(unit) : unit}` : number;
}

function singular(unit: string): string {
  return unit.length > 3 && unit.endsWith("s") ? unit.slice(0, -1) : unit;
}

const QUALIFIER_WORDS: Record<Language, Record<Qualifier, string>> = {
  fr: {
    exactly: "",
    about: "environ ",
    "more-than": "plus de ",
    "less-than": "moins de ",
    "at-least": "au moins ",
    "at-most": "au plus ",
  },
  en: {
    exactly: "",
    about: "about ",
    "more-than": "more than ",
    "less-than": "fewer than ",
    "at-least": "at least ",
    "at-most": "at most ",
  },
};

/**
 * The figure a claim states, as the source put it: "plus de 500 sur 770 employés",
 * "650 sur environ 700 employés", "plus de 90 %"; "more than 500 of 770 employees".
 */
export function formatClaimValue(claim: Claim, lang: Language): string {
  const words = QUALIFIER_WORDS[lang];
  const qualifier = words[claim.qualifier];
  if (claim.total === undefined) return qualifier + formatQuantity(claim.value, claim.unit, lang);
  const totalQualifier = words[claim.totalQualifier ?? "exactly"];
  const of = lang === "fr" ? "sur" : "of";
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
  if (lang === "en") return `from ${first} to ${last}`;
  // « du samedi 18 au dimanche 19 », « de janvier à mars », « de 2015 à 2018 ».
  const day = parsePartialDate(date)?.precision === "day";
  return day ? `du ${first} au ${last}` : `${de(first)} à ${last}`;
}

/** "entre le samedi 18 et le dimanche 19 novembre 2023"; "between … and …". */
export function formatSpanAdverbial(date: string, until: string, lang: Language): string {
  const [first, last] = spanEnds(date, until, lang);
  const day = parsePartialDate(date)?.precision === "day";
  if (lang === "fr") {
    return day ? `entre le ${first} et le ${last}` : `entre ${first} et ${last}`;
  }
  return `between ${first} and ${last}`;
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
  if (lang === "fr" && a.precision === "day" && a.month === b.month) {
    return [first.replace(/ [^ ]+$/, ""), last];
  }
  return [first, last];
}

/** "18–19 novembre 2023", "November 18–19, 2023": a span in a timeline's date column. */
export function formatSpanShort(date: string, until: string, lang: Language): string {
  const a = parsePartialDate(date);
  const b = parsePartialDate(until);
  if (a?.day !== undefined && b?.day !== undefined && a.year === b.year && a.month === b.month) {
    const last = formatDate(until, lang);
    return lang === "fr"
      ? `${a.day === 1 ? "1er" : a.day}–${last}`
      : last.replace(/ (\d+),/, ` ${a.day}–$1,`);
  }
  return `${formatDate(date, lang)} – ${formatDate(until, lang)}`;
}

/** « du samedi 18 », « de janvier », « d'avril »: French « de » before a date. */
function de(text: string): string {
  return elide("de", text);
}
