import { joinWords, restOf, targetQuestion } from "../../phrase/clause.js";
import { capitalize } from "../../text/capitalize.js";
import { attach } from "./attach.js";
import { INTERROGATIVES } from "./interrogatives.js";
import type { EnglishClause } from "./verb.js";

// English forms of events that have not (yet) happened: "it was announced that X would join
// Y", "X planned to acquire Y", "X might leave Y"; never "X joined Y".

function hasPassive(c: EnglishClause): boolean {
  return !!c.target && c.targetPrep === "";
}

/** "Jakub Pachocki would join Microsoft", "Mira Murati would be appointed interim CEO". */
function wouldClause(c: EnglishClause): string | undefined {
  if (c.actor) return joinWords(c.actor.text, "would", c.verb.base, c.verb.tail, restOf(c));
  if (!hasPassive(c)) return undefined;
  return joinWords(c.target!.text, "would be", c.verb.pp, c.verb.tail, restOf(c, "target"));
}

/** The event as a statement in its status, without date or final stop. */
export function englishStatusStatement(c: EnglishClause): string | undefined {
  const status = c.event.status;
  if (status === "announced") {
    const core = wouldClause(c);
    return core && `it was announced that ${core}`;
  }
  if (!c.actor) {
    if (status !== "conditional" || !hasPassive(c)) return undefined;
    return joinWords(c.target!.text, "might be", c.verb.pp, c.verb.tail, restOf(c, "target"));
  }
  const modal = status === "planned" ? "planned to" : "might";
  return joinWords(c.actor.text, modal, c.verb.base, c.verb.tail, restOf(c));
}

/** "According to the announcement of …, who would join Microsoft?", "Who planned to acquire Vega?" */
export function englishStatusWho(c: EnglishClause, lead: string): string | undefined {
  if (!c.actor) return undefined;
  const who =
    c.actor.kind === "product" || c.actor.kind === "place"
      ? INTERROGATIVES[c.actor.kind].text
      : "who";
  const verb = joinWords(c.verb.base, c.verb.tail, restOf(c));
  if (c.event.status === "announced") return `${lead}, ${who} would ${verb}?`;
  if (c.event.status === "planned") return `${capitalize(who)} planned to ${verb}?`;
  return undefined;
}

/** "According to the announcement of …, which organisation would Jakub Pachocki join?" */
export function englishStatusWhom(
  c: EnglishClause,
  lead: string,
  omitActor: boolean,
): string | undefined {
  const asked = targetQuestion(c, hasPassive(c), omitActor);
  if (!asked) return undefined;
  const { status, target, prep, rest, actor } = asked;
  const ask = INTERROGATIVES[target.kind].text;
  if (!actor) return `${lead}, ${joinWords(ask, "would be", c.verb.pp, c.verb.tail, rest)}?`;
  const head = prep === "" ? ask : attach(prep, ask === "who" ? "whom" : ask);
  if (status === "announced") {
    return `${lead}, ${joinWords(head, "would", actor.text, c.verb.base, c.verb.tail, rest)}?`;
  }
  return `${capitalize(joinWords(head, "did", actor.text, "plan to", c.verb.base, c.verb.tail, rest))}?`;
}

/** "On what day was it announced that Jakub Pachocki would join Microsoft?" */
export function englishStatusWhen(c: EnglishClause, whenWords: string): string | undefined {
  if (c.event.status !== "announced") return undefined;
  const core = wouldClause(c);
  return core && `${capitalize(whenWords)} was it announced that ${core}?`;
}
