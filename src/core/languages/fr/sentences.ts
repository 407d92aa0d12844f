import { parsePartialDate } from "../../facts/dates.js";
import type { FactIndex } from "../../facts/fact-index.js";
import type { Entity, EventType } from "../../facts/model.js";
import { formatDate } from "../../i18n/format.js";
import { restOf } from "../../phrase/clause.js";
import type { RoleAttachment } from "../../phrase/lexicon.js";
import type { Named } from "../../phrase/names.js";
import { nounGender } from "../../phrase/noun-gender.js";
import { withoutFinalStop } from "../../phrase/words.js";
import { capitalize } from "../../text/capitalize.js";
import { letterRunEnd } from "../../text/letters.js";
import type { AnyClause } from "../phrasing-types.js";
import { articleRead, withArticle } from "./article.js";
import { a, agree, article, de, elide, que } from "./french.js";
import { FRENCH } from "./lexicon.js";
import type { FrenchClause } from "./verb.js";

// French sentences and questions that are not built from a clause's verb (forms.ts, status.ts).

/** « la CFDT »: a French name with the article the pack's sentences read it with. */
export function readName(name: Named, index: FactIndex, entity: Entity): Named {
  if (name.text !== entity.name) return name;
  const read = articleRead(index, entity);
  if (!read) return name;
  return { ...name, text: withArticle(name.text, read), gender: name.gender ?? read.gender };
}

/** « de son poste de PDG d'OpenAI », « comme responsable »: how a role attaches. */
export function roleText(
  role: string,
  attachment: RoleAttachment,
  ofOrg: string | undefined,
  owner: Named | undefined,
): string {
  const of = ofOrg ? ` ${de(ofOrg)}` : "";
  const poss = owner?.plural ? "leur" : "son";
  if (attachment === "post-from") return `de ${poss} poste ${elide("de", role)}${of}`;
  if (attachment === "post") return `${poss} poste ${elide("de", role)}${of}`;
  if (attachment === "as") return `comme ${role}${of}`;
  return `${role}${of}`;
}

/** « la démission de Greg Brockman a eu lieu », « la conférence annuelle a eu lieu ». */
export function nounLine(type: EventType, about: string | undefined, label?: string): string {
  const noun = FRENCH[type].noun;
  const subject = label || (about ? `${noun} ${de(about)}` : noun);
  return `${subject} ${/^(?:les|des)\s/i.test(subject) ? "ont" : "a"} eu lieu`;
}

/** « Mira Murati a été nommée PDG par intérim d'OpenAI »: the clause in the passive. */
export function passive(clause: AnyClause): string | undefined {
  const c = clause as FrenchClause;
  if (!c.target || c.targetPrep !== "" || c.verb.aux !== "avoir" || c.verb.reflexive) return;
  const t = c.target;
  const verb = `${t.plural ? "ont" : "a"} été ${agree(c.verb.pp, t.gender, t.plural)}`;
  return withoutFinalStop(`${t.text} ${verb} ${restOf(c, "target")}`.trim());
}

/** « D'après l'annonce du lundi 20 novembre 2023 ». */
export function announcementLead(date: string | undefined): string {
  if (!date) return "D'après ce qui a été annoncé";
  const text = formatDate(date, "fr", { weekday: true });
  const day = parsePartialDate(date)?.precision === "day";
  return day ? `D'après l'annonce du ${text}` : `D'après l'annonce ${elide("de", text)}`;
}

/** « Y a succédé à X le … ». */
export function succeeded(who: string, before: string, when: string): string {
  return `${who} a succédé ${a(before)}${when}`;
}

/** « Quel est le nombre … ? », « Quelle est la part … ? », « À combien s'élève … ? ». */
export function claimQuestion(about: string, plural: boolean): string {
  const gender = genderOfAbout(about);
  const lead = plural
    ? "à combien s'élèvent"
    : gender === "f"
      ? "quelle est"
      : gender === "m"
        ? "quel est"
        : "à combien s'élève";
  return `${lead} ${about} ?`;
}

function genderOfAbout(about: string): "m" | "f" | undefined {
  if (/^le\s/i.test(about)) return "m";
  if (/^la\s/i.test(about)) return "f";
  // What /^l['’](\p{L}+)/iu takes, without building a Unicode class on a first call.
  if (!/^l['’]/i.test(about)) return undefined;
  const end = letterRunEnd(about, 2, true, false);
  return end > 2 ? nounGender(about.slice(2, end)) : undefined;
}

/** The noun a French description part is headed by: its first word after an article. */
export function descriptionHead(part: string): string {
  const words = part.trim().split(/\s+/);
  return (/^(?:le|la|les|l['’]|un|une|des)$/i.test(words[0] ?? "") ? words[1] : words[0]) ?? "";
}

/**
 * « le PDG de Microsoft », « les salariés … », « un chercheur chez OpenAI » (one of many). A
 * person's description agrees with the person (« la directrice »); anything else's with its
 * first noun. Undefined when French needs a gender nobody gives.
 */
export function describedAs(name: Named, text: string, unique: boolean): string | undefined {
  if (name.plural) return `${unique ? "les" : "des"} ${text}`;
  const gender = name.kind === "person" ? name.gender : nounGender(text);
  if (!gender) return name.kind === "person" && unique ? text : undefined;
  if (!unique) return `${gender === "f" ? "une" : "un"} ${text}`;
  return article(text, gender);
}

/** « Qui est le PDG de Microsoft ? », « Quelle organisation est la plateforme … ? » */
export function whoIsDescribed(name: Named, described: string): string {
  const be = name.plural ? "sont" : "est";
  const ask =
    name.kind === "organisation"
      ? "Quelle organisation"
      : name.kind === "product"
        ? "Quel produit"
        : name.kind === "place"
          ? "Quel lieu"
          : "Qui";
  return `${ask} ${be} ${described} ?`;
}

/** « Qui est Satya Nadella ? », « Qu'est-ce qu'OpenAI ? » */
export function whatIs(name: Named): string {
  const person = name.kind === "person" || name.plural;
  if (person) return `Qui ${name.plural ? "sont" : "est"} ${name.text} ?`;
  return `${capitalize(`qu'est-ce ${que(name.text)}`)} ?`;
}

// The gender a French post's head noun shows: « directrice », « présidente » are a woman's,
// « directeur », « président » a man's; « PDG », « ministre », « responsable » show none. By
// suffix rather than from a list, so that posts a pack names in its own words are read too.
const FEMININE = /(?:rice|euse|ienne|onne|ière|ère|esse|ente|ante|ée|cheffe)$/;
const MASCULINE = /(?:teur|eur|ien|ier|ent|ant|é)$/;

/** The gender the first word of a post shows; undefined when it shows none. */
export function postGender(role: string): "f" | "m" | undefined {
  const head =
    role
      .trim()
      .split(/[\s,']/)[0]
      ?.toLowerCase() ?? "";
  if (FEMININE.test(head)) return "f";
  if (MASCULINE.test(head)) return "m";
  return undefined;
}
