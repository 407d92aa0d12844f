import { parsePartialDate } from "../facts/dates.js";
import { formatDateAdverbial } from "../i18n/format.js";
import type { PhraseContext } from "../phrase/context.js";
import { spanAdverbText } from "../phrase/date-text.js";
import { word } from "../phrase/words.js";

/**
 * Dates as a story tells them: in full the first time (« le vendredi 17 novembre 2023 »),
 * shorter when met again (« le 17 novembre »), « le même jour » right after a sentence that
 * named that one day, and nothing at all for a third sentence of that day in a row (« Le même
 * jour… Le même jour… » reads as a list, not a story). A span is always said as a span.
 */
export interface DateMention {
  /**
   * The date (or span) as an adverbial, counted as mentioned in the sentence being written; ""
   * when the sentence may leave it out, if `omit` allows it.
   */
  say(date: string, until?: string, omit?: boolean): string;
  /** Ends a sentence: its dates become the ones « le même jour » may refer to. */
  endSentence(): void;
  /** Ends a paragraph: the next one names its first date again. */
  endParagraph(): void;
}

export function dateMention(ctx: PhraseContext): DateMention {
  const seen = new Set<string>();
  let previous: string[] = [];
  let current: string[] = [];
  // How the last sentence said its one day: in words, as « le même jour », or not at all.
  let previousSaid: "named" | "same" | "omitted" = "named";
  let currentSaid: "named" | "same" | "omitted" = "named";
  let firstYear: number | undefined;
  return {
    say(date, until, omit = false) {
      if (until && until !== date) {
        current.push(`${date}/${until}`);
        currentSaid = "named";
        return spanAdverbText(date, until, ctx.lang);
      }
      current.push(date);
      const p = parsePartialDate(date);
      if (previous.length === 1 && previous[0] === date && p?.precision === "day") {
        if (omit && previousSaid !== "named") {
          currentSaid = "omitted";
          return "";
        }
        currentSaid = "same";
        return word(ctx.lang, "sameDay");
      }
      currentSaid = "named";
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
      previousSaid = currentSaid;
      current = [];
      currentSaid = "named";
    },
    endParagraph() {
      previous = [];
      previousSaid = "named";
    },
  };
}
