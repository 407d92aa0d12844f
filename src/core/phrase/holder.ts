import type { Claim } from "../facts/model.js";
import { entitiesNamedIn } from "../facts/named-in.js";
import type { PhraseContext } from "./context.js";

/**
 * The entity a figure belongs to (its subject, the actor of its event, or an entity what it
 * counts names), or undefined when the figure says nobody's: « Quelle est la part d'OpenAI
 * visée ? » cannot be answered without knowing by whom, so such a figure is not asked.
 */
export function holderOf(ctx: PhraseContext, claim: Claim): string | undefined {
  const about = (ctx.text(claim, "about") ?? claim.about).toLowerCase().trim();
  // What a figure counts ends on a participle with nobody behind it: « la part d'OpenAI visée »
  // (by whom?), "the stake sought".
  const { dangling, danglingAgent } = ctx.grammar.figureLabels;
  if (dangling.test(about) && !danglingAgent.test(about)) return undefined;
  if (claim.subject) return claim.subject;
  const event = claim.event ? ctx.index.events.get(claim.event) : undefined;
  const holder = event?.actor ?? event?.target;
  if (holder) return holder;
  return [...entitiesNamedIn(ctx.index, claim.about)][0];
}
