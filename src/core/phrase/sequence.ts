import type { FactEvent } from "../facts/model.js";
import { capitalize } from "../text/capitalize.js";
import type { PhraseContext } from "./context.js";
import { dateAdverb, eventSentence } from "./event-sentence.js";
import { endSentence } from "./words.js";

/**
 * Events that filled one post in turn, in one sentence: « Mira Murati a été nommée PDG par
 * intérim d'OpenAI le vendredi 17 novembre 2023 ; Emmett Shear a succédé à Mira Murati le lundi
 * 20 novembre 2023. » Events in date order, each with a target; other events are listed apart.
 */
export function successionSentence(
  ctx: PhraseContext,
  events: readonly FactEvent[],
  dateText: (date: string) => string = (date) => dateAdverb(ctx, date),
): string {
  const [first, ...rest] = events;
  if (!first) return "";
  const opening = passiveWithDate(ctx, first, dateText);
  if (!opening) return events.map((e) => eventSentence(ctx, e, { date: "lead" })).join(" ");
  const parts = [opening];
  let previous = first;
  for (const event of rest) {
    const who = ctx.name(event.target)?.text ?? "";
    const before = ctx.name(previous.target)?.text ?? "";
    const when = event.date ? ` ${dateText(event.date)}` : "";
    parts.push(ctx.grammar.succeeded(who, before, when));
    previous = event;
  }
  return endSentence(capitalize(parts.join(ctx.grammar.partSeparator)));
}

/** « Mira Murati a été nommée PDG par intérim d'OpenAI le vendredi 17 novembre 2023 ». */
function passiveWithDate(
  ctx: PhraseContext,
  event: FactEvent,
  dateText: (date: string) => string,
): string | undefined {
  const when = event.date ? ` ${dateText(event.date)}` : "";
  const passive = ctx.grammar.passive(ctx.grammar.clause(ctx, event));
  return passive === undefined ? undefined : passive + when;
}
