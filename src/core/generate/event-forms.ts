import type { FactEvent } from "../facts/model.js";
import type { Features } from "../phrase/agreement.js";
import { type Clause, englishClause, frenchClause } from "../phrase/clause.js";
import { englishRole, englishWhen, englishWho, englishWhom } from "../phrase/en-forms.js";
import { dateAdverb } from "../phrase/event-sentence.js";
import {
  type DatePlace,
  frenchRole,
  frenchWhen,
  frenchWho,
  frenchWhom,
} from "../phrase/fr-forms.js";
import type { EnglishVerb, FrenchVerb } from "../phrase/lexicon.js";
import { type GenContext, playedKey } from "./context.js";

// The question forms of an event in the context's language, so that generators do not branch
// on the language themselves.

export type AnyClause = Clause<FrenchVerb> | Clause<EnglishVerb>;

export function clauseOf(ctx: GenContext, event: FactEvent): AnyClause {
  return ctx.lang === "fr" ? frenchClause(ctx.phrase, event) : englishClause(ctx.phrase, event);
}

/**
 * True when questions may be phrased from the event's fields. An event with the author's own
 * sentence is asked about only through that sentence (when, order, true or false): a template
 * would put words in the author's mouth (« tente en vain de convaincre » is not « a négocié »).
 */
export function templated(event: FactEvent): boolean {
  return event.text === undefined;
}

/**
 * True when a question may be about the event at all: phrased from its fields, or through the
 * author's sentence in the pack's language. In another language such an event is only told.
 */
export function askable(ctx: GenContext, event: FactEvent): boolean {
  return templated(event) || ctx.phrase.native;
}

/** The date as a question states it, and where: before the clause when a label ends it. */
export function promptDate(ctx: GenContext, event: FactEvent, clause: AnyClause) {
  const date = event.date ? dateAdverb(ctx.phrase, event.date) : undefined;
  const place: DatePlace = clause.slots.some((s) => s.slot === "label") ? "lead" : "trail";
  return { date, place };
}

export function whoPrompt(
  ctx: GenContext,
  clause: AnyClause,
  features: Features,
): string | undefined {
  const { date, place } = promptDate(ctx, clause.event, clause);
  return ctx.lang === "fr"
    ? frenchWho(clause as Clause<FrenchVerb>, features, date, place)
    : englishWho(clause as Clause<EnglishVerb>, date, place);
}

export function whomPrompt(
  ctx: GenContext,
  clause: AnyClause,
  features: Features,
  omitActor: boolean,
  withDate = true,
): string | undefined {
  const { date, place } = promptDate(ctx, clause.event, clause);
  const options = { omitActor, ...(withDate && date ? { date } : {}), place };
  return ctx.lang === "fr"
    ? frenchWhom(clause as Clause<FrenchVerb>, features, options)
    : englishWhom(clause as Clause<EnglishVerb>, options);
}

export function whenPrompt(
  ctx: GenContext,
  clause: AnyClause,
  precision: "day" | "month" | "year",
): string | undefined {
  return ctx.lang === "fr"
    ? frenchWhen(clause as Clause<FrenchVerb>, precision)
    : englishWhen(clause as Clause<EnglishVerb>, precision);
}

export function rolePrompt(ctx: GenContext, clause: AnyClause): string | undefined {
  const { date } = promptDate(ctx, clause.event, clause);
  return ctx.lang === "fr"
    ? frenchRole(clause as Clause<FrenchVerb>, date)
    : englishRole(clause as Clause<EnglishVerb>, date);
}

/** The event as the explanation states it: « Le vendredi 17 novembre 2023, … ». */
export function statedEvent(ctx: GenContext, event: FactEvent): string {
  return ctx.stated(event);
}

/**
 * Why a distractor is wrong, where the facts say so: what that entity really did in an event
 * of the same type (« Le lundi 20 novembre 2023, … a nommé Emmett Shear PDG par intérim »).
 */
export function entityFeedback(
  ctx: GenContext,
  id: string,
  type: FactEvent["type"],
  slot: "actor" | "target",
): string | undefined {
  const events = ctx.pools.played.get(playedKey(type, slot, id));
  const event = events?.[0];
  return event ? statedEvent(ctx, event) : undefined;
}
