import type { Claim, Conflict } from "../facts/model.js";
import { formatClaimValue } from "../i18n/format.js";
import { capitalize, elide } from "../i18n/french.js";
import { letterRunEnd } from "../text/letters.js";
import type { PhraseContext } from "./context.js";
import { nounGender } from "./noun-gender.js";
import { according, accordingLead } from "./sources.js";
import { endSentence, joinList, quoted, word } from "./words.js";

/** What a claim counts, as the sentence says it: the pack's words, quoted in another language. */
function aboutOf(ctx: PhraseContext, claim: Claim): string {
  return ctx.native ? claim.about : quoted(claim.about, ctx.lang);
}

function plural(about: string): boolean {
  return /^(les|the)\s/i.test(about) && !/^the (number|amount|share|value)\b/i.test(about);
}

/** « le nombre d'employés signataires de la lettre est de plus de 500 sur 770 employés ». */
export function claimClause(ctx: PhraseContext, claim: Claim): string {
  const about = aboutOf(ctx, claim);
  const value = formatClaimValue(claim, ctx.lang);
  // « Le montant …, selon la presse américaine, est de … »: an aside in the subject is closed.
  const subject = ctx.native && about.includes(", ") ? `${about},` : about;
  if (ctx.lang === "fr")
    return `${subject} ${plural(about) ? "sont" : "est"} ${elide("de", value)}`;
  return `${subject} ${plural(about) ? "are" : "is"} ${value}`;
}

/** « Selon MacGeneration, le nombre … est de 650 sur environ 700 employés. » */
export function claimSentence(ctx: PhraseContext, claim: Claim, attributed: boolean): string {
  const clause = claimClause(ctx, claim);
  return endSentence(
    attributed ? `${accordingLead(ctx, claim.sources)}${clause}` : capitalize(clause),
  );
}

/** « Quel est le nombre … ? », « Quelle est la part … ? », « À combien s'élève … ? ». */
export function claimQuestion(ctx: PhraseContext, claim: Claim, attributed: boolean): string {
  const about = aboutOf(ctx, claim);
  let ask: string;
  if (ctx.lang === "en") {
    ask = `${plural(about) ? "what are" : "what is"} ${about}?`;
  } else {
    const gender = genderOfAbout(claim.about);
    const lead = plural(about)
      ? "à combien s'élèvent"
      : gender === "f"
        ? "quelle est"
        : gender === "m"
          ? "quel est"
          : "à combien s'élève";
    ask = `${lead} ${about} ?`;
  }
  return attributed ? `${accordingLead(ctx, claim.sources)}${ask}` : capitalize(ask);
}

function genderOfAbout(about: string): "m" | "f" | undefined {
  if (/^le\s/i.test(about)) return "m";
  if (/^la\s/i.test(about)) return "f";
  // What /^l['’](\p{L}+)/iu takes, without building a Unicode class on a first call.
  if (!/^l['’]/i.test(about)) return undefined;
  const end = letterRunEnd(about, 2, true, false);
  return end > 2 ? nounGender(about.slice(2, end)) : undefined;
}

/**
 * « le nombre d'employés signataires de la lettre varie selon les sources : plus de 500 sur 770
 * employés selon …, 650 sur environ 700 employés selon MacGeneration et … »
 */
export function conflictClause(ctx: PhraseContext, conflict: Conflict): string {
  const about = ctx.native ? conflict.about : quoted(conflict.about, ctx.lang);
  const verb = word(ctx.lang, plural(about) ? "vary" : "varies");
  return `${about} ${verb}${word(ctx.lang, "colon")}${figures(ctx, conflict)}`;
}

function figures(ctx: PhraseContext, conflict: Conflict): string {
  const each = conflict.claims
    .map((id) => ctx.index.claims.get(id))
    .filter((c): c is Claim => !!c)
    .map((c) => `${formatClaimValue(c, ctx.lang)} ${according(ctx, c.sources)}`);
  return joinList(each, ctx.lang);
}

/**
 * Where sources disagree, each figure with who gives it: « Le nombre d'employés signataires de
 * la lettre : plus de 500 sur 770 employés selon …, 650 sur environ 700 employés selon
 * MacGeneration. »
 */
export function conflictSentence(ctx: PhraseContext, conflict: Conflict): string {
  const about = ctx.native ? conflict.about : quoted(conflict.about, ctx.lang);
  return endSentence(`${capitalize(about)}${word(ctx.lang, "colon")}${figures(ctx, conflict)}`);
}
