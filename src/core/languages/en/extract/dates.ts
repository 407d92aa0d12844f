import { foldedMonths, foldedWeekdays } from "../../../extract/shared/calendar-words.js";
import type { DateParser } from "../../../extract/shared/date-parser.js";
import {
  monthAloneParser,
  type PeriodWords,
  yearPhraseParser,
} from "../../../extract/shared/period-parsers.js";
import { eveParser, relativeOffsetParser } from "../../../extract/shared/relative-offset.js";
import { EN_NUMBER_WORDS } from "./quantities.js";

const MONTHS = foldedMonths("en");
const PERIODS: PeriodWords = {
  months: MONTHS,
  beforeYear: "in|late|early|mid-|since|until|by|before|after|during",
  beforeMonth: "in|until|since|by|early|late",
  ahead: "next",
  examples: {
    year: "« in 2019 », « late 2015 »",
    month: "« in January 2023 »",
    monthAlone: "« in March »: the last March before the reference date",
  },
};

export const EN_DATE_PARSERS: readonly DateParser[] = [
  yearPhraseParser(PERIODS),
  monthAloneParser(PERIODS),
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
export const EN_DATE_PREFILTER = new RegExp(
  [
    ...foldedWeekdays("en"),
    ...MONTHS,
    "jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.|yesterday|today|tomorrow|tonight|morning|evening|ago|\\d{1,2}\\/\\d{1,2}|\\d{4}-\\d{2}",
  ].join("|"),
  "u",
);
