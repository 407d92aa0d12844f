import { addDays } from "../../facts/dates.js";
import type { DateParser, ParsedDate } from "./date-parser.js";

/** The words of one language for « trois jours après son limogeage ». */
export interface OffsetWords {
  /** Regex source of a count: digits or number words. */
  count: string;
  numberWords: ReadonlyMap<string, number>;
  /** Regex source of « jours » / « days ». */
  days: string;
  after: string;
  before: string;
}

/**
 * « trois jours après son limogeage » names an event three days before the sentence's other
 * date (or the publication date, when the main verb is in the present). The date belongs to the
 * event named after « après », never to the sentence's main event.
 */
export function relativeOffsetParser(words: OffsetWords): DateParser {
  const re = new RegExp(
    `(?<![\\p{L}\\d])(${words.count})\\s+(?:${words.days})\\s+(?:(${words.after})|(?:${words.before}))(?![\\p{L}])[^,;.:!?]{0,80}`,
    "gu",
  );
  const quick = new RegExp(words.days, "u");
  return {
    name: "relative-offset",
    parse(_text, folded, context) {
      const out: ParsedDate[] = [];
      if (!quick.test(folded)) return out;
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : words.numberWords.get(m[1]!);
        const anchor = context.sentenceDates[0] ?? context.reference;
        if (n === undefined || !anchor || anchor.length !== 10) continue;
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          date: addDays(anchor, m[2] ? -n : n),
          confidence: 0.75,
          reason: "« N jours après X »: X is N days before the sentence's date",
          ownsEventsInside: true,
        });
      }
      return out;
    },
  };
}

/** The words of one language for « à la veille de X » and « au lendemain de X ». */
export interface EveWords {
  /** Regex source of « la veille de », « the eve of », « the day before ». */
  eve: string;
  /** Regex source of « le lendemain de », « the day after ». */
  morrow: string;
}

/**
 * « jeudi, à la veille de son renvoi »: the event named after « la veille de » happened the day
 * after the sentence's date; after « au lendemain de », the day before.
 */
export function eveParser(words: EveWords): DateParser {
  const re = new RegExp(
    `(?<![\\p{L}])(?:(${words.eve})|(?:${words.morrow}))(?![\\p{L}])[^,;.:!?]{0,60}`,
    "gu",
  );
  return {
    name: "eve",
    parse(_text, folded, context) {
      const out: ParsedDate[] = [];
      const anchor = context.sentenceDates[0];
      if (!anchor) return out;
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          date: addDays(anchor, m[1] ? 1 : -1),
          confidence: 0.75,
          reason: "« à la veille de X »: X is the day after the sentence's date",
          ownsEventsInside: true,
        });
      }
      return out;
    },
  };
}
