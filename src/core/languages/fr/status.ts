import { type Features, featuresOf } from "../../phrase/agreement.js";
import { joinWords, restOf, targetQuestion } from "../../phrase/clause.js";
import { pronoun } from "../../phrase/names.js";
import { capitalize } from "../../text/capitalize.js";
import { attach } from "./attach.js";
import { agree, de, elide, que } from "./french.js";
import { INTERROGATIVES } from "./interrogatives.js";
import type { FrenchClause } from "./verb.js";

// French forms of events that have not (yet) happened: what was announced is told in the
// conditional (« il a été annoncé que Jakub Pachocki rejoindrait Microsoft »), what was planned
// with « prévoyait de », what might happen with « pourrait »; never as done (« a rejoint »).

/** « rejoindrait », « s'exprimeraient »: the conditional for a subject, without the tail. */
function conditional(c: FrenchClause, plural: boolean): string {
  const verb = plural ? c.verb.cond.replace(/t$/, "ent") : c.verb.cond;
  return c.verb.reflexive ? elide("se", verb) : verb;
}

/** « rejoindre », « s'exprimer », « se mettre en grève ». */
function infinitive(c: FrenchClause): string {
  const { inf, reflexive, tail } = c.verb;
  return joinWords(reflexive ? elide("se", inf) : inf, tail);
}

/** The passive is said of a direct object of a verb with « avoir »: « serait nommée ». */
function hasPassive(c: FrenchClause): boolean {
  return !!c.target && c.targetPrep === "" && c.verb.aux === "avoir" && !c.verb.reflexive;
}

/** « Jakub Pachocki rejoindrait Microsoft », « Mira Murati serait nommée PDG par intérim ». */
function conditionalClause(c: FrenchClause): string | undefined {
  if (c.actor) {
    const f = featuresOf(c.actor);
    return joinWords(c.actor.text, conditional(c, f.plural), c.verb.tail, restOf(c));
  }
  if (!hasPassive(c)) return undefined;
  const f = featuresOf(c.target!);
  const be = f.plural ? "seraient" : "serait";
  const pp = agree(c.verb.pp, f.gender, f.plural);
  return joinWords(c.target!.text, be, pp, c.verb.tail, restOf(c, "target"));
}

/** The event as a statement in its status, without date or final stop. */
export function frenchStatusStatement(c: FrenchClause): string | undefined {
  const status = c.event.status;
  if (status === "announced") {
    const core = conditionalClause(c);
    return core && `il a été annoncé ${que(core)}`;
  }
  if (!c.actor) {
    if (status !== "conditional" || !hasPassive(c)) return undefined;
    const f = featuresOf(c.target!);
    const pp = agree(c.verb.pp, f.gender, f.plural);
    const may = f.plural ? "pourraient être" : "pourrait être";
    return joinWords(c.target!.text, may, pp, c.verb.tail, restOf(c, "target"));
  }
  const plural = featuresOf(c.actor).plural;
  if (status === "planned") {
    return joinWords(
      c.actor.text,
      plural ? "prévoyaient" : "prévoyait",
      de(infinitive(c)),
      restOf(c),
    );
  }
  return joinWords(c.actor.text, plural ? "pourraient" : "pourrait", infinitive(c), restOf(c));
}

/**
 * « D'après l'annonce du lundi 20 novembre 2023, qui rejoindrait Microsoft ? », « Qui prévoyait
 * de racheter Vega ? »; nothing is asked of what only might happen.
 */
export function frenchStatusWho(c: FrenchClause, lead: string): string | undefined {
  if (!c.actor) return undefined;
  const who = INTERROGATIVES[c.actor.kind === "organisation" ? "group" : c.actor.kind];
  if (c.event.status === "announced") {
    return `${lead}, ${joinWords(who.text, conditional(c, false), c.verb.tail, restOf(c))} ?`;
  }
  if (c.event.status === "planned") {
    return `${capitalize(joinWords(who.text, "prévoyait", de(infinitive(c)), restOf(c)))} ?`;
  }
  return undefined;
}

/**
 * « D'après l'annonce du …, quelle organisation Jakub Pachocki rejoindrait-il ? », « …, qui
 * serait nommé PDG par intérim ? », « Quelle organisation Acme prévoyait-elle de racheter ? ».
 */
export function frenchStatusWhom(
  c: FrenchClause,
  choices: Features,
  lead: string,
  omitActor: boolean,
): string | undefined {
  const question = targetQuestion(c, hasPassive(c), omitActor);
  if (!question) return undefined;
  const { status, target, prep, rest, actor } = question;
  const ask = INTERROGATIVES[target.kind];
  if (!actor) {
    const asked: Features = ask.person ? choices : { gender: ask.gender, plural: false };
    const pp = agree(c.verb.pp, asked.gender, asked.plural);
    return `${lead}, ${joinWords(ask.text, "serait", pp, c.verb.tail, rest)} ?`;
  }
  const head = prep === "" ? ask.text : attach(prep, ask.text);
  const subject = featuresOf(actor);
  const pron = pronoun(actor);
  if (status === "announced") {
    const body = pron
      ? joinWords(head, actor.text, `${conditional(c, subject.plural)}-${pron}`, c.verb.tail, rest)
      : joinWords(
          head,
          "est-ce",
          que(joinWords(actor.text, conditional(c, subject.plural), c.verb.tail, rest)),
        );
    return `${lead}, ${body} ?`;
  }
  const plan = subject.plural ? "prévoyaient" : "prévoyait";
  const body = pron
    ? joinWords(head, actor.text, `${plan}-${pron}`, de(infinitive(c)), rest)
    : joinWords(head, "est-ce", que(joinWords(actor.text, plan, de(infinitive(c)), rest)));
  return `${capitalize(body)} ?`;
}

/** « Quel jour a-t-il été annoncé que Jakub Pachocki rejoindrait Microsoft ? » */
export function frenchStatusWhen(c: FrenchClause, whenWords: string): string | undefined {
  if (c.event.status !== "announced") return undefined;
  const core = conditionalClause(c);
  return core && `${capitalize(whenWords)} a-t-il été annoncé ${que(core)} ?`;
}
