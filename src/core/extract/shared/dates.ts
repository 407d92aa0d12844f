import type { Chrono, ParsedResult } from "chrono-node";
import { addDays, parsePartialDate, weekday as weekdayOf } from "../../facts/dates.js";
import { rememberedPer } from "../../memo.js";
import type { DateMention, SentenceUnit, Span } from "../types.js";
import type { DateContext, DateParser, ParsedDate } from "./date-parser.js";

/** How a language reads dates: chrono for what it does well, own parsers for what it misses. */
export interface DateReader {
  chrono: Chrono;
  parsers: readonly DateParser[];
  /** Only sentences matching this (folded) are given to chrono, which is slow. */
  prefilter: RegExp;
  /** Words that make a chrono match an estimate, not a date: « quelques », « several ». */
  vague: RegExp;
  /** « ce matin », « this morning »: chrono knows no day, but it is the reference day. */
  today: RegExp;
  /** « lundi prochain », « next Monday »: a weekday after the reference, not before. */
  next: RegExp;
  /** Whole words a date without digits must contain: chrono also reads « jeu » (jeudi) in
   * « jouer le jeu » and « Sam » (samedi) in « Sam Altman ». */
  words: RegExp;
}

// Weekday and month abbreviations that chrono accepts alone (« Sam », « Mar », « Sun »): alone,
// without a day number next to them, they are far more often names than dates.
const SHORT_WORD = /^\p{L}{2,4}\.?$/u;
const CAPITALISED_NEXT = /^[ \u00a0]+\p{Lu}/u;
const CAPITALISED_BEFORE = /\p{Lu}\p{L}*[ \u00a0]+$/u;

/**
 * The dates of one sentence, resolved against the article's reference date (its publication).
 * Refiners drop what chrono gets wrong here: names read as weekdays (« Sam »), times without a
 * day (« midi »), vague spans (« il y a quelques jours »), and anything relative when there is no
 * reference to resolve it against.
 */
export function readDates(
  sentence: SentenceUnit,
  reference: string | undefined,
  reader: DateReader,
  quotes: readonly Span[] = [],
): DateMention[] {
  const found: ParsedDate[] = [];
  // chrono tries dozens of patterns at every word: it runs only where a date word is.
  const results = chronoInWindows(sentence, reference, reader);
  for (const r of results) {
    // « les nouvelles d'aujourd'hui » in a quotation is the speaker's today, not the article's.
    const quoted = quotes.some((q) => q.start <= r.index && r.index < q.end);
    const date = refine(r, sentence.text, quoted ? undefined : reference, reader);
    if (date) found.push(date);
  }
  const context: DateContext = {
    ...(reference ? { reference } : {}),
    sentenceDates: found.filter((d) => d.date.length === 10).map((d) => d.date),
  };
  const own: ParsedDate[] = [];
  for (const parser of reader.parsers)
    own.push(...parser.parse(sentence.text, sentence.folded, context));
  // The language's own parsers win where they overlap chrono: they exist for what chrono misreads.
  // chrono sometimes runs a date into the phrase after it (« Jeudi, à la veille »): it keeps what
  // comes before the language's own match.
  const kept: ParsedDate[] = [];
  for (const d of found) {
    const clash = own.find((o) => o.start < d.end && d.start < o.end);
    if (!clash) kept.push(d);
    else if (d.start < clash.start)
      kept.push({ ...d, end: trimEnd(sentence.text, d.start, clash.start) });
  }
  return withoutOverlaps([...own, ...kept]);
}

// Around each date word, enough text for « le matin du lundi 20 novembre 2023 » and the like.
const WINDOW_BEFORE = 16;
const WINDOW_AFTER = 32;

/**
 * chrono on the stretches of the sentence around its date words only, merged when they touch,
 * with positions given back in the sentence: chrono's cost grows with the text it is given.
 */
const globalPrefilter = rememberedPer(
  (reader: DateReader) =>
    new RegExp(reader.prefilter.source, `${reader.prefilter.flags.replace("g", "")}g`),
);

/** What the refiners read of a chrono result. */
type Found = Pick<ParsedResult, "index" | "text" | "start">;

function chronoInWindows(
  sentence: SentenceUnit,
  reference: string | undefined,
  reader: DateReader,
): Found[] {
  const global = globalPrefilter(reader);
  const windows: [number, number][] = [];
  for (const m of sentence.folded.matchAll(global)) {
    let start = Math.max(0, m.index - WINDOW_BEFORE);
    const end = Math.min(sentence.text.length, m.index + m[0].length + WINDOW_AFTER);
    // Start and end on word boundaries, so a window never begins inside a word.
    while (start > 0 && /\S/.test(sentence.text[start - 1]!)) start--;
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const out: Found[] = [];
  for (const [start, rawEnd] of windows) {
    let end = rawEnd;
    while (end < sentence.text.length && /\S/.test(sentence.text[end]!)) end++;
    for (const r of chronoResults(sentence.text.slice(start, end), reference, reader)) {
      out.push({ index: r.index + start, text: r.text, start: r.start });
    }
  }
  return out;
}

function chronoResults(
  text: string,
  reference: string | undefined,
  reader: DateReader,
): ParsedResult[] {
  const instant = reference
    ? new Date(`${reference}T12:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1, 12));
  try {
    return reader.chrono.parse(text, { instant, timezone: 0 });
  } catch {
    return [];
  }
}

function refine(
  r: Found,
  text: string,
  reference: string | undefined,
  reader: DateReader,
): ParsedDate | null {
  const start = r.index;
  const end = r.index + r.text.length;
  const s = r.start;
  const known = (c: "day" | "weekday" | "month" | "year") => s.isCertain(c);
  if (reader.vague.test(r.text)) return null;
  const base = { start, end };
  if (!known("day") && !known("weekday") && !known("month") && !known("year")) {
    if (reference && reader.today.test(r.text)) {
      return {
        ...base,
        date: reference,
        confidence: 0.8,
        reason: "« ce matin »: the reference day",
      };
    }
    return null;
  }
  if (!/\d/.test(r.text)) {
    if (SHORT_WORD.test(r.text.trim()) || !reader.words.test(r.text)) return null;
    // « Sam Altman », « May Smith »: a lone capitalised date word run into a name. chrono keeps
    // a trailing comma in its match (« Dimanche, »), which separates it from the next word.
    const bare = !/[,.;:]\s*$/.test(r.text);
    if (bare && CAPITALISED_NEXT.test(text.slice(end)) && /^\p{Lu}/u.test(r.text)) return null;
    if (CAPITALISED_BEFORE.test(text.slice(0, start)) && /^\p{Lu}/u.test(r.text)) return null;
  }
  const hasYear = /\b(?:1[89]|20)\d{2}\b/.test(r.text);
  if (!reference && !hasYear) return null;
  const year = s.get("year");
  const month = s.get("month");
  const day = s.get("day");
  if (known("weekday") && !known("day")) {
    if (!reference) return null;
    const date = weekdayBefore(reference, s.get("weekday")!, reader.next.test(r.text));
    return date
      ? {
          ...base,
          date,
          confidence: 0.8,
          reason: "weekday: the last one on or before the reference date",
        }
      : null;
  }
  if (!known("day")) {
    if (known("month") && known("year") && month && year) {
      return { ...base, date: `${year}-${pad(month)}`, confidence: 0.9, reason: "month and year" };
    }
    return null;
  }
  if (!year || !month || !day) return null;
  let y = year;
  if (!known("year") && reference) y = yearNear(reference, month, day);
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (!parsePartialDate(date)) return null;
  return {
    ...base,
    date,
    confidence: known("year") ? 0.95 : 0.85,
    reason: known("year") ? "full date" : "day and month, year of the reference",
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The last `weekday` (0 = Sunday) on or before the reference day, or the next one after it. */
export function weekdayBefore(
  reference: string,
  weekday: number,
  forward: boolean,
): string | undefined {
  const refDay = weekdayOf(reference);
  if (refDay === undefined) return undefined;
  if (forward) return addDays(reference, (weekday - refDay + 7) % 7 || 7);
  return addDays(reference, -((refDay - weekday + 7) % 7));
}

/** News looks back: « le 30 novembre » in an article of 20 November 2023 is in 2022 if later than a week ahead. */
export function yearNear(reference: string, month: number, day: number): number {
  const p = parsePartialDate(reference)!;
  const candidate = `${p.year}-${pad(month)}-${pad(day)}`;
  return candidate > addDays(reference, 7) ? p.year - 1 : p.year;
}

/** The month `month` (1-12) of the reference year, or of the year before when that is still ahead. */
export function monthNear(reference: string, month: number, forward: boolean): string {
  const p = parsePartialDate(reference)!;
  const refMonth = p.month ?? 12;
  let year = p.year;
  if (!forward && month > refMonth) year--;
  if (forward && month < refMonth) year++;
  return `${year}-${pad(month)}`;
}

/** Overlapping dates keep the longer span: « en janvier 2023 » over « janvier 2023 ». */
function withoutOverlaps(dates: ParsedDate[]): DateMention[] {
  const sorted = [...dates].sort((a, b) => b.end - b.start - (a.end - a.start));
  const out: ParsedDate[] = [];
  for (const d of sorted) if (!out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
  return out.sort((a, b) => a.start - b.start);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s]/.test(text[e - 1]!)) e--;
  return e;
}
