import type { Claim, Conflict } from "../facts/model.js";
import { formatClaimValue } from "../i18n/format.js";
import { capitalize } from "../text/capitalize.js";
import type { PhraseContext } from "./context.js";
import { figureLabelProblem } from "./figure-labels.js";
import { according, accordingLead } from "./sources.js";
import { claimIn, unitOnce } from "./units.js";
import { endSentence, joinList, quoted, word } from "./words.js";

/**
 * The claim in the language being written (what it counts and its unit in that language), or,
 * when the pack gives no words for it there, as the pack wrote it, quoted (a review card shows
 * it so): questions and summaries ask `claimSayable` first, and the tests check that none of
 * their texts mixes two languages.
 */
function inLanguage(ctx: PhraseContext, claim: Claim): Claim {
  return claimIn(ctx, claim) ?? { ...claim, about: quoted(claim.about, ctx.lang) };
}

/** True when the claim can be said in this language: the pack gives what it counts there. */
export function claimSayable(ctx: PhraseContext, claim: Claim): boolean {
  return claimIn(ctx, claim) !== undefined && figureLabelProblem(ctx, claim) === undefined;
}

/**
 * « les salaires versés » and "the salaries paid" are plural; "the price paid" and "the number
 * of …" are not: English "the" says nothing of number, the head noun does.
 */
function plural(about: string): boolean {
  if (/^les\s/i.test(about)) return true;
  const head = /^the\s+([a-z]+)/i.exec(about)?.[1];
  return !!head && /[^su]s$/i.test(head);
}

/** « le nombre d'employés signataires de la lettre est de plus de 500 sur 770 employés ». */
export function claimClause(ctx: PhraseContext, original: Claim): string {
  const claim = unitOnce(inLanguage(ctx, original));
  const about = claim.about;
  const value = formatClaimValue(claim, ctx.lang);
  // « Le montant …, selon la presse américaine, est de … »: an aside in the subject is closed.
  const subject = about.includes(", ") ? `${about},` : about;
  return ctx.grammar.claimIs(subject, plural(about), value);
}

/** « Selon MacGeneration, le nombre … est de 650 sur environ 700 employés. » */
export function claimSentence(ctx: PhraseContext, claim: Claim, attributed: boolean): string {
  const clause = claimClause(ctx, claim);
  return endSentence(
    attributed ? `${accordingLead(ctx, claim.sources)}${clause}` : capitalize(clause),
  );
}

/** « Quel est le nombre … ? », « Quelle est la part … ? », « À combien s'élève … ? ». */
export function claimQuestion(ctx: PhraseContext, original: Claim, attributed: boolean): string {
  const claim = inLanguage(ctx, original);
  const about = claim.about;
  const ask = ctx.grammar.claimQuestion(about, plural(about));
  return attributed ? `${accordingLead(ctx, claim.sources)}${ask}` : capitalize(ask);
}

/**
 * « le nombre d'employés signataires de la lettre varie selon les sources : plus de 500 sur 770
 * employés selon …, 650 sur environ 700 employés selon MacGeneration et … »
 */
export function conflictClause(ctx: PhraseContext, conflict: Conflict): string {
  const about = conflictAbout(ctx, conflict);
  const verb = word(ctx.lang, plural(about) ? "vary" : "varies");
  return `${about} ${verb}${word(ctx.lang, "colon")}${figures(ctx, conflict)}`;
}

function figures(ctx: PhraseContext, conflict: Conflict): string {
  const each = conflict.claims
    .map((id) => ctx.index.claims.get(id))
    .filter((c): c is Claim => !!c)
    .map((c) => `${formatClaimValue(inLanguage(ctx, c), ctx.lang)} ${according(ctx, c.sources)}`);
  return joinList(each, ctx.lang);
}

/**
 * Where sources disagree, each figure with who gives it: « Le nombre d'employés signataires de
 * la lettre : plus de 500 sur 770 employés selon …, 650 sur environ 700 employés selon
 * MacGeneration. »
 */
export function conflictSentence(ctx: PhraseContext, conflict: Conflict): string {
  const about = conflictAbout(ctx, conflict);
  return endSentence(`${capitalize(about)}${word(ctx.lang, "colon")}${figures(ctx, conflict)}`);
}

/** What the claims of a conflict count, in the language being written. */
function conflictAbout(ctx: PhraseContext, conflict: Conflict): string {
  const first = ctx.index.claims.get(conflict.claims[0]!);
  return (first && claimIn(ctx, first)?.about) ?? conflict.about;
}

/** True when every figure of the conflict can be said in this language. */
export function conflictSayable(ctx: PhraseContext, conflict: Conflict): boolean {
  return conflict.claims.every((id) => {
    const claim = ctx.index.claims.get(id);
    return claim !== undefined && claimSayable(ctx, claim);
  });
}
