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
// one story (languages/<code>/shapes.ts).

/** Why a figure's "about" cannot be asked, or undefined when it can. */
export function figureLabelProblem(ctx: PhraseContext, claim: Claim): string | undefined {
  const about = (ctx.text(claim, "about") ?? claim.about).trim();
  const words = ctx.grammar.figureLabels;
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
