import type { FactEvent } from "../facts/model.js";
import type { AnyClause } from "../languages/phrasing-types.js";
import type { Features } from "../phrase/agreement.js";
import type { DatePlace } from "../phrase/clause.js";
import { eventSayable, eventWhen } from "../phrase/event-sentence.js";
import { realisable } from "../phrase/realise.js";
import { fold } from "../text/fold.js";
import { type GenContext, playedKey } from "./context.js";
import type { Assertion } from "./truth.js";

// The question forms of an event in the context's language, so that generators do not branch
// on the language themselves.

export type { AnyClause };

export function clauseOf(ctx: GenContext, event: FactEvent): AnyClause {
  return ctx.phrase.grammar.clause(ctx.phrase, event);
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
 * True when a question may be about the event at all: it can be told in the language asked (its
 * author's sentence there, or a clause that says all it needs), and it is no mere possibility
 * (what « pourrait » happen is never asked).
 */
export function askable(ctx: GenContext, event: FactEvent): boolean {
  return event.status !== "conditional" && eventSayable(ctx.phrase, event);
}

/**
 * True when a question may be phrased from the event's fields: no author's sentence stands for
 * it, the clause says all the event needs in this language, and it is no mere possibility.
 */
export function phrasable(event: FactEvent, clause: AnyClause): boolean {
  return templated(event) && event.status !== "conditional" && realisable(clause);
}

/** Acts whose label says what was said: another label is another act. */
const SAID = new Set<FactEvent["type"]>(["statement", "announcement", "other"]);

/**
 * The assertions that would also answer a question about the event: all those the truth index
 * finds, except, for what someone said (a statement, an announcement), those that said
 * something else: announcing a three-point plan is no answer to « who announced new ChatGPT
 * features ».
 */
export function sameAct(event: FactEvent, matches: readonly Assertion[]): Assertion[] {
  if (!event.label || !SAID.has(event.type)) return [...matches];
  const label = fold(event.label);
  return matches.filter((m) => m.fact === event.id || m.label === label);
}

/** The date as a question states it, and where: before the clause when a label ends it. */
export function promptDate(ctx: GenContext, event: FactEvent, clause: AnyClause) {
  const date = event.date ? eventWhen(ctx.phrase, event) : undefined;
  const place: DatePlace = clause.slots.some((s) => s.slot === "label") ? "lead" : "trail";
  return { date, place };
}

/** « D'après l'annonce du lundi 20 novembre 2023 »: which announcement a question means. */
function leadOf(ctx: GenContext, event: FactEvent): string {
  return ctx.phrase.grammar.announcementLead(event.until ? undefined : event.date);
}

export function whoPrompt(
  ctx: GenContext,
  clause: AnyClause,
  features: Features,
): string | undefined {
  if (clause.event.status) {
    const lead = leadOf(ctx, clause.event);
    return ctx.phrase.grammar.statusWho(clause, lead);
  }
  const { date, place } = promptDate(ctx, clause.event, clause);
  return ctx.phrase.grammar.who(clause, features, date, place);
}

export function whomPrompt(
  ctx: GenContext,
  clause: AnyClause,
  features: Features,
  omitActor: boolean,
  withDate = true,
): string | undefined {
  if (clause.event.status) {
    const lead = leadOf(ctx, clause.event);
    return ctx.phrase.grammar.statusWhom(clause, features, lead, omitActor);
  }
  const { date, place } = promptDate(ctx, clause.event, clause);
  const options = { omitActor, ...(withDate && date ? { date } : {}), place };
  return ctx.phrase.grammar.whom(clause, features, options);
}

export function whenPrompt(
  ctx: GenContext,
  clause: AnyClause,
  precision: "day" | "month" | "year" | "span",
): string | undefined {
  return ctx.phrase.grammar.when(clause, precision);
}

export function rolePrompt(ctx: GenContext, clause: AnyClause): string | undefined {
  const { date } = promptDate(ctx, clause.event, clause);
  return ctx.phrase.grammar.role(clause, date);
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
  const event = events?.find((e) => eventSayable(ctx.phrase, e));
  return event ? statedEvent(ctx, event) : undefined;
}
