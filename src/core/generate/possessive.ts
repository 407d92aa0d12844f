import type { FactEvent } from "../facts/model.js";
import type { GenContext } from "./context.js";

/**
 * True when the event's label (or role) in the language asked has a possessive (« ses studios
 * canadiens », "its plant"): it belongs to the actor, and reads only in a sentence whose subject
 * is that actor. A question that asks who the actor is, or puts the target first, leaves it
 * pointing nowhere. The possessives are the language's (`Phrasing.possessive`).
 */
export function ownedByActor(ctx: GenContext, event: FactEvent): boolean {
  const texts = [ctx.phrase.text(event, "label"), ctx.phrase.text(event, "role")];
  return texts.some((t) => t !== undefined && ctx.phrase.grammar.possessive.test(` ${t}`));
}
