import { parsePartialDate, weekday } from "../facts/dates.js";
import type { Claim, Language, Qualifier } from "../facts/model.js";
import { elide } from "./french.js";

// Own tables rather than Intl: output must be identical on every Node build (small-icu builds
// print English month names), and French writes "1er novembre", which Intl does not.
export const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};
const WEEKDAYS: Record<Language, string[]> = {
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** A non-breaking space: keeps "90 %" and "13 000" on one line in French. */
export const NBSP = "\u00a0";

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

/** A number with the language's digit grouping: 13 000 and 94,6 in French, 13,000 and 94.6 in English. */
export function formatNumber(value: number, lang: Language): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "fr" ? NBSP : ",");
  const sign = rounded < 0 ? "-" : "";
  return sign + grouped + (fraction ? (lang === "fr" ? "," : ".") + fraction : "");
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
