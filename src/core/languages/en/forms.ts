import { joinWords, restOf } from "../../phrase/clause.js";
import type { DatePlace } from "../../phrase/clause-types.js";
import { capitalize } from "../../text/capitalize.js";
import { attach } from "./attach.js";
import { INTERROGATIVES } from "./interrogatives.js";
import { englishStatusStatement, englishStatusWhen } from "./status.js";
import type { EnglishClause } from "./verb.js";

// English sentences and questions built from a clause: simple past for statements, do-support
// for questions ("Who did Microsoft hire"), the passive when the actor is left out.

function withDate(question: string, date: string | undefined, place: DatePlace): string {
  if (!date) return `${capitalize(question)}?`;
  if (place === "lead") return `${capitalize(date)}, ${question}?`;
  return `${capitalize(question)} ${date}?`;
}

function passive(c: EnglishClause, plural: boolean): string | undefined {
  if (!c.target || c.targetPrep !== "") return undefined;
  return joinWords(plural ? "were" : "was", c.verb.pp, c.verb.tail);
}

/** The clause as a statement, without date or final stop. */
export function englishStatement(c: EnglishClause): string | undefined {
  if (c.event.status) return englishStatusStatement(c);
  if (c.actor) return joinWords(c.actor.text, c.verb.past, c.verb.tail, restOf(c));
  const verb = passive(c, c.target?.plural ?? false);
  return verb ? joinWords(c.target!.text, verb, restOf(c, "target")) : undefined;
}

/** "Who fired Sam Altman on Friday, November 17, 2023?" */
export function englishWho(
  c: EnglishClause,
  date?: string,
  place: DatePlace = "trail",
): string | undefined {
  if (!c.actor) return undefined;
  const who =
    c.actor.kind === "product" || c.actor.kind === "place"
      ? INTERROGATIVES[c.actor.kind].text
      : "who";
  return withDate(joinWords(who, c.verb.past, c.verb.tail, restOf(c)), date, place);
}

/** "Who did Microsoft hire …?", "In which organisation did Microsoft invest …?", "Who was appointed …?" */
export function englishWhom(
  c: EnglishClause,
  options: { omitActor: boolean; date?: string; place?: DatePlace },
): string | undefined {
  if (!c.target || c.targetPrep === undefined) return undefined;
  const place = options.place ?? "trail";
  const ask = INTERROGATIVES[c.target.kind].text;
  const rest = restOf(c, "target");
  const verb = passive(c, false);
  if (verb && (options.omitActor || !c.actor))
    return withDate(joinWords(ask, verb, rest), options.date, place);
  if (!c.actor) return undefined;
  const lead = c.targetPrep === "" ? ask : attach(c.targetPrep, ask === "who" ? "whom" : ask);
  return withDate(
    joinWords(lead, "did", c.actor.text, c.verb.base, c.verb.tail, rest),
    options.date,
    place,
  );
}

function askedClause(c: EnglishClause, without: "role" | undefined): string | undefined {
  const rest = without ? restOf(c, without) : restOf(c);
  if (c.actor) return joinWords("did", c.actor.text, c.verb.base, c.verb.tail, rest);
  const verb = passive(c, c.target?.plural ?? false);
  if (!verb || !c.target) return undefined;
  const [aux, ...participle] = verb.split(" ");
  const restNoTarget = without ? restOf(c, "target", without) : restOf(c, "target");
  return joinWords(aux, c.target.text, ...participle, restNoTarget);
}

const WHEN_WORDS = {
  day: "on what day",
  span: "when",
  month: "in what month",
  year: "in what year",
} as const;

/** "On what day did the OpenAI board fire Sam Altman?" */
export function englishWhen(
  c: EnglishClause,
  precision: keyof typeof WHEN_WORDS,
): string | undefined {
  if (c.event.status) return englishStatusWhen(c, WHEN_WORDS[precision]);
  const clause = askedClause(c, undefined);
  return clause ? `${capitalize(joinWords(WHEN_WORDS[precision], clause))}?` : undefined;
}

/** "From which post did the OpenAI board fire Sam Altman …?" */
export function englishRole(c: EnglishClause, date?: string): string | undefined {
  if (!c.role || !c.entry.roleQuestion || c.event.status) return undefined;
  const clause = askedClause(c, "role");
  return clause
    ? withDate(joinWords(c.entry.roleQuestion.toLowerCase(), clause), date, "trail")
    : undefined;
}
