import type { DateParser, ParsedDate } from "../shared/date-parser.js";
import { monthNear } from "../shared/dates.js";
import { eveParser, relativeOffsetParser } from "../shared/relative-offset.js";
import { EN_NUMBER_WORDS } from "./quantities.js";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = `(${MONTHS.join("|")})`;
const PERIOD = "(?:in|late|early|mid-|since|until|by|before|after|during)";
const YEAR_PHRASE = new RegExp(
  `(?<![\\p{L}])${PERIOD}\\s*(?:${MONTH}\\s+)?((?:19|20)\\d{2})(?!\\d)`,
  "gu",
);
const MONTH_ALONE = new RegExp(
  `(?<![\\p{L}])(?:in|until|since|by|early|late)\\s+${MONTH}(?![\\p{L}])(?!\\s+\\d)`,
  "gu",
);

/** « in 2019 », « late 2015 », « in January 2023 ». */
const yearPhrase: DateParser = {
  name: "en-year-phrase",
  parse(_text, folded) {
    const out: ParsedDate[] = [];
    YEAR_PHRASE.lastIndex = 0;
    for (let m = YEAR_PHRASE.exec(folded); m; m = YEAR_PHRASE.exec(folded)) {
      const month = m[1] ? MONTHS.indexOf(m[1]) + 1 : 0;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        date: month ? `${m[2]}-${String(month).padStart(2, "0")}` : m[2]!,
        confidence: 0.9,
        reason: month ? "« in January 2023 »" : "« in 2019 », « late 2015 »",
      });
    }
    return out;
  },
};

/** « in March », « until March »: the last March before the reference date. */
const monthAlone: DateParser = {
  name: "en-month-alone",
  parse(text, folded, context) {
    if (!context.reference) return [];
    const out: ParsedDate[] = [];
    MONTH_ALONE.lastIndex = 0;
    for (let m = MONTH_ALONE.exec(folded); m; m = MONTH_ALONE.exec(folded)) {
      // « May » written with a capital before a name is a person: « in May Smith's view ».
      if (m[1] === "may" && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        date: monthNear(context.reference, MONTHS.indexOf(m[1]!) + 1, false),
        confidence: 0.75,
        reason: "« in March »: the last March before the reference date",
      });
    }
    return out;
  },
};

export const EN_DATE_PARSERS: readonly DateParser[] = [
  yearPhrase,
  monthAlone,
  relativeOffsetParser({
    count: `\\d{1,3}|${[...EN_NUMBER_WORDS.keys()].join("|")}`,
    numberWords: EN_NUMBER_WORDS,
    days: "days?",
    after: "after",
    before: "before",
  }),
  eveParser({ eve: "(?:on )?the (?:eve|day before) of|the day before", morrow: "the day after" }),
];

/** Sentences chrono is worth running on: a weekday, a month, a relative word or a numeric date. */
export const EN_DATE_PREFILTER =
  /monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|yesterday|today|tomorrow|tonight|morning|evening|ago|\d{1,2}\/\d{1,2}|\d{4}-\d{2}/u;
