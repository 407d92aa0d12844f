import { parsePartialDate } from "../facts/dates.js";
import { formatDateAdverbial } from "../i18n/format.js";
import type { PhraseContext } from "../phrase/context.js";
import { word } from "../phrase/words.js";

/**
 * Dates as a story tells them: in full the first time (« le vendredi 17 novembre 2023 »),
 * shorter when met again (« le 17 novembre »), and « le même jour » right after a sentence that
 * named that one day.
 */
export interface DateMention {
  /** The date as an adverbial, counted as mentioned in the sentence being written. */
  say(date: string): string;
  /** Ends a sentence: its dates become the ones « le même jour » may refer to. */
  endSentence(): void;
}

export function dateMention(ctx: PhraseContext): DateMention {
  const seen = new Set<string>();
  let previous: string[] = [];
  let current: string[] = [];
  let firstYear: number | undefined;
  return {
    say(date) {
      current.push(date);
      const p = parsePartialDate(date);
      if (previous.length === 1 && previous[0] === date && p?.precision === "day") {
        return word(ctx.lang, "sameDay");
      }
      const again = seen.has(date);
      seen.add(date);
      firstYear ??= p?.year;
      if (!again || p?.precision !== "day") {
        return formatDateAdverbial(date, ctx.lang, { weekday: p?.precision === "day" });
      }
      return formatDateAdverbial(date, ctx.lang, { year: p.year !== firstYear });
    },
    endSentence() {
      previous = current;
      current = [];
    },
  };
}
