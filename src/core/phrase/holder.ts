import type { Claim } from "../facts/model.js";
import { entitiesNamedIn } from "../facts/named-in.js";
import type { PhraseContext } from "./context.js";

// What a figure counts ends on a participle with nobody behind it: « la part d'OpenAI visée »
// (by whom?), "the stake sought". French participles end in é, i, u, s or t with their
// agreement; English ones in -ed or are the common irregular ones.
const DANGLING = {
  fr: /\s[\p{L}-]+(?:ée?s?|[^aeiouy]ue?s?|[^aeiouy]ise?s?)$/u,
  en: /\s(?:[a-z-]+ed|paid|sought|held|bought|sold|made|given|set)$/,
} as const;
const AGENT = { fr: /\spar\s/, en: /\sby\s/ } as const;

/**
 * The entity a figure belongs to (its subject, the actor of its event, or an entity what it
 * counts names), or undefined when the figure says nobody's: « Quelle est la part d'OpenAI
 * visée ? » cannot be answered without knowing by whom, so such a figure is not asked.
 */
export function holderOf(ctx: PhraseContext, claim: Claim): string | undefined {
  const about = (ctx.text(claim, "about") ?? claim.about).toLowerCase().trim();
  if (DANGLING[ctx.lang].test(about) && !AGENT[ctx.lang].test(about)) return undefined;
  if (claim.subject) return claim.subject;
  const event = claim.event ? ctx.index.events.get(claim.event) : undefined;
  const holder = event?.actor ?? event?.target;
  if (holder) return holder;
  return [...entitiesNamedIn(ctx.index, claim.about)][0];
}
