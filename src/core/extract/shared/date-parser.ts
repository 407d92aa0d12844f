import type { PartialDate } from "../../facts/dates.js";

/** A date found by a language's own parser, relative to the sentence it was read from. */
export interface ParsedDate {
  start: number;
  end: number;
  date: PartialDate;
  confidence: number;
  reason: string;
  ownsEventsInside?: boolean;
}

/** What a date parser needs besides the sentence: the article's reference date, if any. */
export interface DateContext {
  /** YYYY-MM-DD the article was published (or its latest full date), or undefined. */
  reference?: string;
  /** Day-precise dates already found in the sentence, for « trois jours après ». */
  sentenceDates: readonly PartialDate[];
}

/**
 * A small parser for one shape of date expression, in the manner of chrono's parsers: it gets the
 * sentence (original and folded) and returns what it found, or nothing. Never throws.
 */
export interface DateParser {
  name: string;
  parse(text: string, folded: string, context: DateContext): ParsedDate[];
}
