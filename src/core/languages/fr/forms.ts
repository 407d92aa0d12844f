import { type Features, featuresOf } from "../../phrase/agreement.js";
import { joinWords, restOf } from "../../phrase/clause.js";
import type { DatePlace } from "../../phrase/clause-types.js";
import type { Slot } from "../../phrase/lexicon.js";
import { pronoun } from "../../phrase/names.js";
import { capitalize } from "../../text/capitalize.js";
import { attach } from "./attach.js";
import { agree, que } from "./french.js";
import { INTERROGATIVES } from "./interrogatives.js";
import { frenchStatusStatement, frenchStatusWhen } from "./status.js";
import type { FrenchClause } from "./verb.js";

// French sentences and questions built from a clause. Each form picks the construction French
// readers expect: inversion with a pronoun (« Microsoft a-t-elle embauché »), the passive
// (« Qui a été nommé »), or « est-ce que » when the pack does not give a gender to invert with.

/** « a évincé », « s'est exprimée », « sont partis »: the verb for a subject. */
function verbGroup(c: FrenchClause, subject: Features): string {
  const { pp, aux, reflexive, tail } = c.verb;
  const conj = aux === "avoir" ? (subject.plural ? "ont" : "a") : subject.plural ? "sont" : "est";
  const agreed = aux === "être" ? agree(pp, subject.gender, subject.plural) : pp;
  const head = reflexive ? (subject.plural ? `se ${conj}` : `s'${conj}`) : conj;
  return joinWords(head, agreed, tail);
}

/** « a-t-il évincé », « s'est-elle exprimée », « ont-ils signé »: the verb after a subject, inverted. */
function invertedVerb(
  c: FrenchClause,
  subject: Features,
  pron: string,
  agreeWith?: Features,
): string {
  const { pp, aux, reflexive, tail } = c.verb;
  const conj = aux === "avoir" ? (subject.plural ? "ont" : "a") : subject.plural ? "sont" : "est";
  const link = conj.endsWith("a") ? "-t-" : "-";
  const target = aux === "être" ? subject : agreeWith;
  const agreed = target ? agree(pp, target.gender, target.plural) : pp;
  const head = reflexive ? (subject.plural ? `se ${conj}` : `s'${conj}`) : conj;
  return joinWords(`${head}${link}${pron}`, agreed, tail);
}

/** The clause as a statement, without date or final stop; undefined when French cannot say it. */
export function frenchStatement(c: FrenchClause): string | undefined {
  if (c.event.status) return frenchStatusStatement(c);
  if (c.actor) return joinWords(c.actor.text, verbGroup(c, featuresOf(c.actor)), restOf(c));
  const passive = passiveOf(c);
  if (passive)
    return joinWords(c.target!.text, passive(featuresOf(c.target!)), restOf(c, "target"));
  return undefined;
}

/** « a été nommée »: the passive, when the verb takes its target as a direct object. */
function passiveOf(c: FrenchClause): ((f: Features) => string) | undefined {
  if (!c.target || c.targetPrep !== "" || c.verb.aux !== "avoir" || c.verb.reflexive) return;
  return (f) =>
    joinWords(f.plural ? "ont été" : "a été", agree(c.verb.pp, f.gender, f.plural), c.verb.tail);
}

function withDate(question: string, date: string | undefined, place: DatePlace): string {
  if (!date) return `${capitalize(question)} ?`;
  if (place === "lead") return `${capitalize(date)}, ${question} ?`;
  return `${capitalize(question)} ${date} ?`;
}

/** « Qui a évincé Sam Altman le vendredi 17 novembre 2023 ? » */
export function frenchWho(
  c: FrenchClause,
  choices: Features,
  date?: string,
  place: DatePlace = "trail",
): string | undefined {
  if (!c.actor) return undefined;
  const who = INTERROGATIVES[c.actor.kind === "organisation" ? "group" : c.actor.kind];
  return withDate(
    joinWords(
      who.text,
      verbGroup(c, who.person ? choices : { gender: who.gender, plural: false }),
      restOf(c),
    ),
    date,
    place,
  );
}

/**
 * « Qui le conseil d'administration d'OpenAI a-t-il évincé … ? », « Dans quelle organisation
 * Microsoft a-t-elle investi … ? », or without the actor « Qui a été nommé PDG par intérim … ? ».
 */
export function frenchWhom(
  c: FrenchClause,
  choices: Features,
  options: { omitActor: boolean; date?: string; place?: DatePlace },
): string | undefined {
  if (!c.target || c.targetPrep === undefined) return undefined;
  const place = options.place ?? "trail";
  const ask = INTERROGATIVES[c.target.kind];
  const asked: Features = ask.person ? choices : { gender: ask.gender, plural: false };
  const rest = restOf(c, "target");
  const passive = passiveOf(c);
  const pron = c.actor ? pronoun(c.actor) : undefined;
  if (passive && (options.omitActor || !c.actor || !pron)) {
    const by = !options.omitActor && c.actor ? `par ${c.actor.text}` : undefined;
    return withDate(joinWords(ask.text, passive(asked), rest, by), options.date, place);
  }
  if (!c.actor) return undefined;
  const lead = c.targetPrep === "" ? ask.text : attach(c.targetPrep, ask.text);
  const direct = c.targetPrep === "" ? asked : undefined;
  const subject = featuresOf(c.actor);
  const body = pron
    ? joinWords(lead, c.actor.text, invertedVerb(c, subject, pron, direct), rest)
    : joinWords(lead, "est-ce", que(joinWords(c.actor.text, verbGroup(c, subject), rest)));
  return withDate(body, options.date, place);
}

/** The clause inverted after a question word: « le conseil a-t-il évincé Sam Altman ». */
function invertedClause(c: FrenchClause, without: Slot[] = []): string | undefined {
  const rest = restOf(c, ...without);
  if (c.actor) {
    const subject = featuresOf(c.actor);
    const pron = pronoun(c.actor);
    if (pron) return joinWords(c.actor.text, invertedVerb(c, subject, pron), rest);
    return joinWords("est-ce", que(joinWords(c.actor.text, verbGroup(c, subject), rest)));
  }
  const passive = passiveOf(c);
  if (!passive || !c.target) return undefined;
  const subject = featuresOf(c.target);
  const restNoTarget = restOf(c, "target", ...without);
  const pron = pronoun(c.target);
  const participle = joinWords(agree(c.verb.pp, subject.gender, subject.plural), c.verb.tail);
  if (pron) {
    const conj = subject.plural ? `ont-${pron}` : `a-t-${pron}`;
    return joinWords(c.target.text, conj, "été", participle, restNoTarget);
  }
  return joinWords("est-ce", que(joinWords(c.target.text, passive(subject), restNoTarget)));
}

const WHEN_WORDS = {
  day: "quel jour",
  span: "quand",
  month: "en quel mois",
  year: "en quelle année",
} as const;

/** « Quel jour le conseil d'administration d'OpenAI a-t-il évincé Sam Altman ? » */
export function frenchWhen(
  c: FrenchClause,
  precision: keyof typeof WHEN_WORDS,
): string | undefined {
  if (c.event.status) return frenchStatusWhen(c, WHEN_WORDS[precision]);
  const clause = invertedClause(c);
  return clause ? `${capitalize(joinWords(WHEN_WORDS[precision], clause))} ?` : undefined;
}

/** « De quel poste le conseil d'administration d'OpenAI a-t-il évincé Sam Altman … ? » */
export function frenchRole(c: FrenchClause, date?: string): string | undefined {
  if (!c.role || !c.entry.roleQuestion || c.event.status) return undefined;
  const clause = invertedClause(c, ["role"]);
  return clause
    ? withDate(joinWords(c.entry.roleQuestion.toLowerCase(), clause), date, "trail")
    : undefined;
}
