import type { FactEvent } from "../facts/model.js";
import { a, agree, capitalize } from "../i18n/french.js";
import { englishClause, frenchClause, restOf } from "./clause.js";
import type { PhraseContext } from "./context.js";
import { dateAdverb, eventSentence } from "./event-sentence.js";
import { endSentence, withoutFinalStop } from "./words.js";

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
    parts.push(
      ctx.lang === "fr"
        ? `${who} a succédé ${a(before)}${when}`
        : `${who} succeeded ${before}${when}`,
    );
    previous = event;
  }
  return endSentence(capitalize(parts.join(ctx.lang === "fr" ? " ; " : "; ")));
}

/** « Mira Murati a été nommée PDG par intérim d'OpenAI le vendredi 17 novembre 2023 ». */
function passiveWithDate(
  ctx: PhraseContext,
  event: FactEvent,
  dateText: (date: string) => string,
): string | undefined {
  const when = event.date ? ` ${dateText(event.date)}` : "";
  if (ctx.lang === "fr") {
    const c = frenchClause(ctx, event);
    if (!c.target || c.targetPrep !== "" || c.verb.aux !== "avoir" || c.verb.reflexive) return;
    const t = c.target;
    const verb = `${t.plural ? "ont" : "a"} été ${agree(c.verb.pp, t.gender, t.plural)}`;
    return withoutFinalStop(`${t.text} ${verb} ${restOf(c, "target")}`.trim()) + when;
  }
  const c = englishClause(ctx, event);
  if (!c.target || c.targetPrep !== "") return;
  const verb = `${c.target.plural ? "were" : "was"} ${c.verb.pp}`;
  return `${c.target.text} ${verb} ${restOf(c, "target")}`.trim() + when;
}
