import type { FactEvent } from "../facts/model.js";
import { memoPerObject } from "../memo.js";
import { capitalize } from "../text/capitalize.js";
import type { ClauseOverride } from "./clause.js";
import type { PhraseContext } from "./context.js";
import { dateAdverbText, whenAdverbText } from "./date-text.js";
import { realisable } from "./realise.js";
import { endSentence, withoutFinalStop } from "./words.js";

/** Where a sentence states the event's date: before the clause, after it, or not at all. */
export type DatePosition = "lead" | "trail" | "none";

export interface SentenceOptions {
  date?: DatePosition;
  /** How the date is written, when not the default « le vendredi 17 novembre 2023 ». */
  dateText?: string;
  /** Names told instead of the event's own (several actors as one subject). */
  override?: ClauseOverride;
}

/** « le vendredi 17 novembre 2023 », « en 2019 »; "on Friday, November 17, 2023". */
export function dateAdverb(ctx: PhraseContext, date: string): string {
  return dateAdverbText(date, ctx.lang);
}

/** When an event happened, as a sentence says it: its date, or its span (« entre le … et le … »). */
export function eventWhen(ctx: PhraseContext, event: FactEvent): string {
  return whenAdverbText(event, ctx.lang);
}

/** The clause of an event as a statement (no date, no capital, no stop), when one can be built. */
export function eventStatement(
  ctx: PhraseContext,
  event: FactEvent,
  override: ClauseOverride = {},
): string | undefined {
  return ctx.grammar.statement(ctx.grammar.clause(ctx, event, override));
}

/** True when the author's own sentence stands for the event in this language. */
export function usesAuthorText(ctx: PhraseContext, event: FactEvent): boolean {
  return event.text !== undefined && ctx.text(event, "text") !== undefined;
}

/**
 * True when the event can be told in this language without saying less than it needs (see
 * `realisable`) or borrowing another language's words: through the author's sentence when the
 * pack has one (never a template in its place, which would put other words in their mouth),
 * else through a clause that says everything its event type needs.
 */
export function eventSayable(ctx: PhraseContext, event: FactEvent): boolean {
  if (event.text !== undefined) return usesAuthorText(ctx, event);
  const clause = ctx.grammar.clause(ctx, event);
  return realisable(clause) && eventStatement(ctx, event) !== undefined;
}

/**
 * An event as one sentence: the author's `text` verbatim when the pack has one in this
 * language, else a sentence built from the facts, else a noun phrase (« La démission de X »).
 */
export function eventSentence(
  ctx: PhraseContext,
  event: FactEvent,
  options: SentenceOptions = {},
): string {
  // What was announced is told with its date first: « Le lundi 20 novembre, il a été annoncé
  // que … rejoindrait … », never with a date at the end that would read as the date it happens.
  const asked = options.date ?? "none";
  const place = !event.date ? "none" : event.status && asked === "trail" ? "lead" : asked;
  const when = event.date ? (options.dateText ?? eventWhen(ctx, event)) : "";
  if (usesAuthorText(ctx, event)) {
    const text = ctx.text(event, "text")!.trim();
    // The author's sentence may already say when; saying it twice reads as a mistake.
    const year = event.date?.slice(0, 4) ?? "";
    if (place === "none" || text.includes(year)) return endSentence(text);
    if (place === "trail") return endSentence(`${withoutFinalStop(text)} ${when}`);
    return endSentence(`${capitalize(when)}, ${lowerArticle(text)}`);
  }
  const clause = eventStatement(ctx, event, options.override) ?? nounLine(ctx, event);
  if (place === "lead") return endSentence(`${capitalize(when)}, ${clause}`);
  if (place === "trail") return endSentence(capitalize(`${clause} ${when}`));
  return endSentence(capitalize(clause));
}

const lines = memoPerObject<PhraseContext, FactEvent, string>();

/**
 * A timeline line: the event's sentence without its date, which the timeline shows apart.
 * Remembered: the summary, its timeline and the ordering questions all read every event's line.
 */
export function eventLine(ctx: PhraseContext, event: FactEvent): string {
  return lines(ctx, event, () => eventSentence(ctx, event, { date: "none" }));
}

// A sentence may start with an article written in capitals ("Le conseil ..."); after a date
// it continues in lower case. Names keep their capitals.
function lowerArticle(text: string): string {
  return text.replace(/^(Le|La|Les|L['’]|Un|Une|Des|The|A|An)\b/, (w) => w.toLowerCase());
}

/**
 * « la démission de Greg Brockman a eu lieu », « la conférence annuelle a eu lieu »: what is
 * said of an event no clause can carry (no actor, and no target a passive could start with).
 */
function nounLine(ctx: PhraseContext, event: FactEvent): string {
  const about = ctx.name(event.target) ?? ctx.name(event.actor) ?? ctx.name(event.org);
  return ctx.grammar.nounLine(event.type, about?.text, ctx.text(event, "label"));
}
