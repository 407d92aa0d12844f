import type { Claim } from "../facts/model.js";
import { entitiesNamedIn } from "../facts/named-in.js";
import type { PhraseContext } from "./context.js";
import {
  CHANGE_LABEL,
  changeDirection,
  nameCutShort,
  sumOfAnother,
  workforceProblem,
} from "./figure-evidence.js";

// What a figure counts becomes the subject of a question (« Quel est le montant de … ? ») and of
// a true-or-false statement. Read from an article, it can be a phrase that cannot stand alone;
// such a figure is not asked. Each test below is a shape, per language, never a word list of
// one story.
const WORDS = {
  fr: {
    // « le montant de sa troisième offre »: whose offer is said only in the article.
    // (« cités par leur nom » names its owner inside the phrase.)
    possessive: /^(?:le|la|les|l')\s?[\p{L}-]+ (?:de |d'|des )?(?:sa|son|ses|leur|leurs)\s/u,
    // « détenue par Engie », the agent of what is counted.
    agent: /\s(?:détenue?s?|possédée?s?|contrôlée?s?)\spar\s/u,
    // A share of people: « la part des journalistes », « la part des salariés d'Acme ».
    shareOfPeople:
      /^la (?:part|proportion) (?:des|de|du) (?:\S+ ){0,1}(?:salariés|employés|personnels?|effectifs|journalistes|pilotes|membres|adhérents|agents|collaborateurs|syndiqués|électeurs|votants)(?:\s|$)/u,
    // … unless the phrase says what they did: « ayant voté contre », « qui ont signé ».
    act: /\s(?:qui|ayant|ayant été)\s|\s\p{Ll}[\p{L}-]+(?:ée?s?|[^aeiouy]is(?:es)?)(?:\s|$)/u,
    workforce: /^(?:employés|salariés|collaborateurs|personnes)$/u,
    // « la part d'Acme »: a share that names only whose it is, not of what.
    bareShare: /^la part (?:de |d'|du |des )/u,
    // « la part du programme d'Air France »: a share of what a holder has, which says not what
    // was done with it (flown, sold, cut). « la part de marché de Vega » has no article: a term.
    shareOfOwn: /^la (?:part|proportion) (?:du|de la|de l'|des) \S+ (?:de |d'|du |des )\S/u,
    // « le montant des actions de Vega », « le montant du numéraire »: the form a sum is paid in,
    // or a share price, never what the sum is.
    meansOfPayment:
      /^le montant (?:des|du|de l') (?:actions?|titres?|numéraire|liquidités|cash)(?:\s|$)/u,
    // « le montant du coût de la WGA »: a cost is the cost of something, not someone's.
    costOfNothing: /^le montant (?:du coût|des coûts) (?:de |d'|du )\p{Lu}/u,
  },
  en: {
    possessive: /^the [a-z-]+ (?:of |in |for )?(?:its|his|her|their)\s/u,
    agent: /\s(?:held|owned|controlled)\sby\s/u,
    shareOfPeople:
      /^the (?:share|proportion|percentage) (?:of|for) (?:the )?(?:\S+ ){0,1}(?:employees|workers|staff|workforce|journalists|pilots|members|people|voters)\b/u,
    act: /\s(?:who|that|which)\s|\s(?:laid off|let go|cut|[a-z][a-z-]+ed)(?:\s|$)/u,
    workforce: /^(?:employees|workers|people)$/u,
    bareShare: /^the (?:percentage|share) (?:for|of) /u,
    shareOfOwn: /^the (?:share|proportion|percentage) of (?:.+['’]s?|the \S+ of) \S/u,
    // "the amount of Facebook's stock" (the part of a price paid in stock), "Disney's stock" (a
    // share price).
    meansOfPayment: /^the amount of (?:.+['’]s? )?(?:stock|shares|cash)$/u,
    // "the amount of WGA's cost": a cost or a price is of something, which this does not say.
    costOfNothing: /^the amount of \S.*['’]s? (?:costs?|price)$/u,
  },
} as const;

/** Why a figure's "about" cannot be asked, or undefined when it can. */
export function figureLabelProblem(ctx: PhraseContext, claim: Claim): string | undefined {
  const about = (ctx.text(claim, "about") ?? claim.about).trim();
  const words = WORDS[ctx.lang];
  const lower = about.toLowerCase();
  if (words.possessive.test(lower)) return "a possessive whose owner the article named";
  // "the number of -plus employees": a piece of a compound word.
  if (/(?:^|\s)-\p{L}/u.test(about)) return "a piece of a word";
  // « FNAC MULTIPLIENT »: words from a headline in capitals.
  if (/(?:^|\s)\p{Lu}{3,}\s\p{Lu}{3,}(?:\s|$)/u.test(about)) return "a headline's capitals";
  const agent = words.agent.exec(lower);
  if (agent) {
    const before = entitiesNamedIn(ctx.index, about.slice(0, agent.index));
    const after = entitiesNamedIn(ctx.index, about.slice(agent.index + agent[0].length));
    if ([...after].some((id) => before.has(id))) return "an organisation holding itself";
  }
  const share = words.bareShare.exec(lower);
  if (
    share &&
    !/(?:^|\s)\p{Ll}{3,}/u.test(
      about.slice(share[0].length).replace(/\b(?:of|the|de|du|des|la|le)\b/gu, ""),
    )
  )
    return "a share that says not of what";
  const people = words.shareOfPeople.exec(lower);
  if (people && !words.act.test(` ${about.slice(people[0].length)}`))
    return "a share of people that says not what they did";
  const own = words.shareOfOwn.exec(lower);
  if (own && !words.act.test(` ${about.slice(own[0].length - 1)}`) && !words.agent.test(lower))
    return "a share of what its holder has that says not what was done with it";
  if (words.meansOfPayment.test(lower)) return "the form a sum is paid in, not what it is";
  if (words.costOfNothing.test(about.replace(/^\S+/, (w) => w.toLowerCase())))
    return "a cost or a price that says not of what";
  const read = ctx.index.claims.get(claim.id) ?? claim;
  if (CHANGE_LABEL.test(about) && ctx.native && !changeDirection(read))
    return "a change that says not which way";
  if (nameCutShort(ctx.index, read)) return "a name its sentence writes with a number, cut short";
  if (sumOfAnother(ctx.index, read)) return "a sum its sentence gives as another's";
  // The sentence is in the pack's language, so is what it is checked against.
  const partOnly = workforceProblem(ctx.index.lang, claim.about, claim);
  if (partOnly) return partOnly;
  // « le nombre de salariés de Mathieu Gallet »: a workforce belongs to an organisation.
  const unit = ctx.text(claim, "unit") ?? claim.unit;
  if (unit && words.workforce.test(unit)) {
    const named = [...entitiesNamedIn(ctx.index, about)].map((id) => ctx.index.entities.get(id));
    if (named.length > 0 && named.every((e) => e?.kind === "person"))
      return "a workforce said to be a person's";
  }
  return undefined;
}
