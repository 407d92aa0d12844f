import type { Entity, EventType } from "../../facts/model.js";
import { formatDate } from "../../i18n/format.js";
import { restOf } from "../../phrase/clause.js";
import type { RoleAttachment } from "../../phrase/lexicon.js";
import { type Named, startsLowerCase } from "../../phrase/names.js";
import type { AnyClause } from "../phrasing-types.js";
import { ENGLISH } from "./lexicon.js";
import type { EnglishClause } from "./verb.js";

// English sentences and questions that are not built from a clause's verb (forms.ts, status.ts).

const FRENCH_WORDS = /^(?:le|la|les)\s|^l['’]|\b(?:d['’]|du|des|de la)\b/i;

/** "the Acme board", "OpenAI employees": an alias that reads as English, for a foreign phrase. */
export function aliasOf(entity: Entity): string | undefined {
  return (
    entity.aliases.find((a) => /^the\s/i.test(a)) ??
    entity.aliases.find((a) => /\s/.test(a) && !FRENCH_WORDS.test(a) && !startsLowerCase(a))
  );
}

/** "as CEO of OpenAI", "the post of CEO": how a role attaches. */
export function roleText(
  role: string,
  attachment: RoleAttachment,
  ofOrg: string | undefined,
): string {
  const of = ofOrg ? ` of ${ofOrg}` : "";
  if (attachment === "attribute") return `${role}${of}`;
  if (attachment === "post") return `the post of ${role}${of}`;
  return `as ${role}${of}`;
}

/** "the resignation of Greg Brockman took place". */
export function nounLine(type: EventType, about: string | undefined, label?: string): string {
  const noun = ENGLISH[type].noun;
  const subject = label || (about ? `${noun} of ${about}` : noun);
  return `${subject} took place`;
}

/** "Mira Murati was appointed interim CEO of OpenAI": the clause in the passive. */
export function passive(clause: AnyClause): string | undefined {
  const c = clause as EnglishClause;
  if (!c.target || c.targetPrep !== "") return;
  const verb = `${c.target.plural ? "were" : "was"} ${c.verb.pp}`;
  return `${c.target.text} ${verb} ${restOf(c, "target")}`.trim();
}

/** "According to the announcement of January 2023". */
export function announcementLead(date: string | undefined): string {
  if (!date) return "According to what was announced";
  return `According to the announcement of ${formatDate(date, "en", { weekday: true })}`;
}

// Where an English head noun ends: before its complement or a participle.
const EN_COMPLEMENT =
  /\s(?:of|at|in|for|with|behind|from|to|on|by|that|which|who|whose|[a-z]+ed)\b.*$/i;

/** The noun an English description part is headed by: the last word before its complement. */
export function descriptionHead(part: string): string {
  return part.replace(EN_COMPLEMENT, "").trim().split(/\s+/).at(-1) ?? "";
}

/** "the chief executive of Microsoft", "a researcher at OpenAI" (one of many). */
export function describedAs(_name: Named, text: string, unique: boolean): string {
  if (unique) return `the ${text}`;
  return `${/^(?:[aeio]|u(?!ni|se|sa|ro))/i.test(text) ? "an" : "a"} ${text}`;
}

/** "Who is the CEO of Microsoft?", "Which organisation is the platform …?" */
export function whoIsDescribed(name: Named, described: string): string {
  const be = name.plural ? "are" : "is";
  const ask =
    name.kind === "person" || name.kind === "group"
      ? "Who"
      : `Which ${name.kind === "organisation" ? "organisation" : name.kind}`;
  return `${ask} ${be} ${described}?`;
}

/** "Who is Satya Nadella?", "What is Twitch?" */
export function whatIs(name: Named): string {
  const person = name.kind === "person" || name.plural;
  return `${person ? "Who" : "What"} ${name.plural ? "are" : "is"} ${name.text}?`;
}
