import type { FactIndex } from "../facts/fact-index.js";
import type { FactEvent } from "../facts/model.js";
import { entitiesNamedIn } from "../facts/named-in.js";
import { rememberedPer } from "../memo.js";

/** The entities the headlines name: the sources' titles, and the pack's title and description. */
const headlineNames = rememberedPer((index: FactIndex): Set<string> => {
  const named = new Set<string>();
  const texts = [
    index.pack.title,
    index.pack.description ?? "",
    ...index.pack.sources.map((s) => s.title ?? ""),
  ];
  for (const text of texts) for (const id of entitiesNamedIn(index, text)) named.add(id);
  return named;
});

/**
 * How much the headlines are about these events: how many of their parties (who acted, on whom,
 * for which organisation) a headline names. A story leads with what its headlines say, not with
 * its background.
 */
export function headlineWeight(index: FactIndex, events: readonly FactEvent[]): number {
  const named = headlineNames(index);
  const parties = new Set(events.flatMap((e) => [e.actor, e.target, e.org]));
  let weight = 0;
  for (const id of parties) if (id && named.has(id)) weight += 1;
  return weight;
}
