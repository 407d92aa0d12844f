import { addDays, isPartialDate } from "../../facts/dates.js";
import type { DateMention } from "../types.js";
import type { SentenceContext } from "./context.js";
import { dateFor } from "./event-details.js";
import type { Compiled } from "./event-patterns.js";

/** A modality rule, compiled: the status it gives and the words that give it. */
export type Modality = Compiled["modality"][number];

/** The status the words around a trigger give its event; none when it simply happened. */
export function modalityOf(
  folded: string,
  ts: number,
  te: number,
  trigger: string,
  c: Compiled,
): Modality | undefined {
  const before = folded.slice(Math.max(0, ts - 40), ts);
  const around = folded.slice(Math.max(0, ts - 60), te + 40);
  // « deviendra le patron »: the ending is the verb's, the trigger's first word.
  const verb = trigger.split(" ")[0]!;
  return c.modality.find(
    (r) =>
      r.before?.test(before) ||
      r.ending?.test(trigger) ||
      r.ending?.test(verb) ||
      r.near?.test(around),
  );
}

/**
 * A date written without its year, moved to the next such day after the reference: a day of the
 * month a year on (« le 1er mars » said in February), a weekday a week on. None when it cannot.
 */
function ahead(
  d: DateMention,
  folded: string,
  reference: string | undefined,
): { date: string; reason: string } | undefined {
  if (!reference || d.date >= reference.slice(0, d.date.length)) return d;
  const text = folded.slice(d.start, d.end);
  const next =
    /\d/.test(text) || d.date.length === 7
      ? `${Number(d.date.slice(0, 4)) + 1}${d.date.slice(4)}`
      : d.date.length === 10
        ? addDays(d.date, 7)
        : undefined;
  return next && isPartialDate(next)
    ? { date: next, reason: `${d.reason}, still to come` }
    : undefined;
}

/** An event's date and how it was found; `lede` when it is the day the article was published. */
export interface EventDate {
  date: string;
  reason: string;
  lede?: boolean;
}

/**
 * The date of the event whose trigger is at [ts, te): the sentence's date nearest to it; for
 * what is still to come, the next such day, never the day it was said (« a annoncé mercredi
 * qu'il rachèterait »); and, for a verb in the article's first sentence with no date of its own,
 * the day of publication: the news of the day (not « avait », "had": what came before it).
 */
export function eventDate(
  ctx: SentenceContext,
  dates: readonly DateMention[],
  ts: number,
  te: number,
  modality: Modality | undefined,
  c: Compiled,
  options: { lede: boolean },
): EventDate | undefined {
  const folded = ctx.sentence.folded;
  const found = dateFor(dates, ts, te, folded, c);
  let date: EventDate | undefined = found;
  if (modality && found && !/\d{4}/.test(folded.slice(found.start, found.end)))
    date = modality.status === "conditional" ? undefined : ahead(found, folded, ctx.reference);
  if (modality && found && found.end <= ts && c.g.that.test(folded.slice(found.end, ts)))
    date = undefined;
  if (
    !date &&
    !modality &&
    options.lede &&
    ctx.published &&
    ctx.sentence.index === 0 &&
    ctx.articleSentences >= 3 &&
    !c.pastPerfect.test(folded.slice(Math.max(0, ts - 24), ts))
  )
    return { date: ctx.published, reason: "the news of the day of publication", lede: true };
  return date;
}
