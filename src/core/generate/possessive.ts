import type { FactEvent } from "../facts/model.js";
import type { GenContext } from "./context.js";

// Possessives that point back to the subject of the sentence a label was taken from.
const POSSESSIVE = {
  fr: /(?:^|[\s'’])(?:son|sa|ses|leur|leurs)\s/i,
  en: /(?:^|\s)(?:his|her|its|their)\s/i,
} as const;

/**
 * True when the event's label (or role) in the language asked has a possessive (« ses studios
 * canadiens », "its plant"): it belongs to the actor, and reads only in a sentence whose subject
 * is that actor. A question that asks who the actor is, or puts the target first, leaves it
 * pointing nowhere.
 */
export function ownedByActor(ctx: GenContext, event: FactEvent): boolean {
  const texts = [ctx.phrase.text(event, "label"), ctx.phrase.text(event, "role")];
  return texts.some((t) => t !== undefined && POSSESSIVE[ctx.lang].test(` ${t}`));
}
