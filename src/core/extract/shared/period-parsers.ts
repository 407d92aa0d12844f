import type { DateParser, ParsedDate } from "./date-parser.js";
import { monthNear } from "./dates.js";

/** A language's words for periods: « en 2019 », « fin 2015 », « in March ». */
export interface PeriodWords {
  /** Folded month names, January first. */
  months: readonly string[];
  /** Regex source of what may stand before a year: « en », « fin », « late ». */
  beforeYear: string;
  /** Regex source of what may stand before a month alone: « en », « jusqu'en », « in ». */
  beforeMonth: string;
  /** Regex source of a word after the month that points ahead: « prochain », « next ». */
  ahead: string;
  /** How the reasons name these dates, for the language's own examples. */
  examples: { year: string; month: string; monthAlone: string };
}

// Cheap tests first: most sentences have neither a year nor a month name.
const HAS_YEAR = /(?:19|20)\d\d/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** « en 2019 », « fin 2015 », « en janvier 2023 »: a year, or a month of a year. */
export function yearPhraseParser(words: PeriodWords): DateParser {
  const month = `(${words.months.join("|")})`;
  const re = new RegExp(
    `(?<![\\p{L}])(?:${words.beforeYear})\\s*(?:${month}\\s+)?((?:19|20)\\d{2})(?!\\d)`,
    "gu",
  );
  return {
    name: "year-phrase",
    parse(_text, folded) {
      const out: ParsedDate[] = [];
      if (!HAS_YEAR.test(folded)) return out;
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const n = m[1] ? words.months.indexOf(m[1]) + 1 : 0;
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          date: n ? `${m[2]}-${pad(n)}` : m[2]!,
          confidence: 0.9,
          reason: n ? words.examples.month : words.examples.year,
        });
      }
      return out;
    },
  };
}

/** « en mars », « jusqu'en mars »: that month, the last one before the reference date. */
export function monthAloneParser(words: PeriodWords): DateParser {
  const re = new RegExp(
    `(?<![\\p{L}])(?:${words.beforeMonth})\\s*(${words.months.join("|")})(?![\\p{L}])(?!\\s+\\d)(\\s+(?:${words.ahead}))?`,
    "gu",
  );
  const any = new RegExp(words.months.join("|"));
  return {
    name: "month-alone",
    parse(text, folded, context) {
      if (!context.reference || !any.test(folded)) return [];
      const out: ParsedDate[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        // « in May Smith's view »: a capitalised word after the month makes it a name.
        if (
          /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)) &&
          /^\p{Lu}/u.test(text.slice(m.index + m[0].length - m[1]!.length))
        )
          continue;
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          date: monthNear(context.reference, words.months.indexOf(m[1]!) + 1, m[2] !== undefined),
          confidence: 0.75,
          reason: words.examples.monthAlone,
        });
      }
      return out;
    },
  };
}
