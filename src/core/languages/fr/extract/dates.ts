import { foldedMonths, foldedWeekdays } from "../../../extract/shared/calendar-words.js";
import type { DateParser, ParsedDate } from "../../../extract/shared/date-parser.js";
import {
  monthAloneParser,
  type PeriodWords,
  yearPhraseParser,
} from "../../../extract/shared/period-parsers.js";
import { eveParser, relativeOffsetParser } from "../../../extract/shared/relative-offset.js";
import { FR_NUMBER_WORDS } from "./numbers.js";

// Chrono reads « 17 novembre » but not « en janvier 2023 » nor « en mars ».
const MONTHS = foldedMonths("fr");
const MONTH = `(${MONTHS.join("|")})`;
const PERIODS: PeriodWords = {
  months: MONTHS,
  // Prepositions and markers of a period: « en 2019 », « fin 2015 », « jusqu'en mars ».
  beforeYear:
    "en|fin|debut|mi-|courant|depuis|des|jusqu'en|jusqu'a|avant|apres|d'ici|au printemps|a l'automne|a l'ete|en hiver",
  beforeMonth: "en|fin|debut|mi-|courant|depuis|des|jusqu'en|jusqu'a|avant|apres",
  ahead: "prochain",
  examples: {
    year: "« en 2019 », « fin 2015 »: a year",
    month: "« en janvier 2023 »: month and year",
    monthAlone: "« en mars »: the last March before the reference date",
  },
};

const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+((?:19|20)\\d{2})(?!\\d)`, "gu");
const HAS_YEAR = /(?:19|20)\d\d/;

/** « novembre 2023 » without a day, which chrono leaves out. */
const monthYear: DateParser = {
  name: "fr-month-year",
  parse(_text, folded) {
    const out: ParsedDate[] = [];
    if (!HAS_YEAR.test(folded)) return out;
    MONTH_YEAR.lastIndex = 0;
    for (let m = MONTH_YEAR.exec(folded); m; m = MONTH_YEAR.exec(folded)) {
      // « 17 novembre 2023 » is a day: leave it to chrono.
      if (/\d\s*(?:er)?\s*$/.test(folded.slice(Math.max(0, m.index - 5), m.index))) continue;
      const month = MONTHS.indexOf(m[1]!) + 1;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        date: `${m[2]}-${String(month).padStart(2, "0")}`,
        confidence: 0.9,
        reason: "« novembre 2023 »: month and year",
      });
    }
    return out;
  },
};

/** French date parsers, tried after chrono and preferred where they overlap it. */
export const FR_DATE_PARSERS: readonly DateParser[] = [
  yearPhraseParser(PERIODS),
  monthYear,
  monthAloneParser(PERIODS),
  relativeOffsetParser({
    count: `\\d{1,3}|${[...FR_NUMBER_WORDS.keys()].join("|")}`,
    numberWords: FR_NUMBER_WORDS,
    days: "jours?",
    after: "apres",
    before: "avant",
  }),
  eveParser({ eve: "(?:a )?la veille (?:de|du|d')", morrow: "(?:au |le )lendemain (?:de|du|d')" }),
];

/** Sentences chrono is worth running on: a weekday, a month, a relative word or a numeric date.
 * A bare number (« 650 employés ») is left to the parsers above. */
export const FR_DATE_PREFILTER = new RegExp(
  [
    ...foldedWeekdays("fr"),
    // « mai » inside a word (« maison ») is no month.
    ...MONTHS.map((m) => (m === "mai" ? "(?<![\\p{L}])mai(?![\\p{L}])" : m)),
    "hier|aujourd|demain|matin|soir|veille|lendemain|il y a|\\d{1,2}\\/\\d{1,2}|\\d{4}-\\d{2}",
  ].join("|"),
  "u",
);
