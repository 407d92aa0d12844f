import type { FactIndex } from "../facts/fact-index.js";
import type { FactEvent } from "../facts/model.js";
import { entitiesNamedIn as named } from "../facts/named-in.js";

/**
 * Who is tied to whom by the facts: the entities an event brings together (actor, target and
 * the organisation of a post; not talks, agreements or statements), those a description names (« PDG de Microsoft » ties Satya
 * Nadella to Microsoft), and those a name names (« les employés d'OpenAI » belong to OpenAI).
 * Distractors are judged by it: leaving or acting for an organisation takes a tie to it, joining
 * one or being hired by it takes none (Microsoft does not hire its own chief executive).
 * Built in one pass, names looked up by the word sequences of each text rather than by trying
 * every name in every text.
 */
const LOOSE = new Set<FactEvent["type"]>([
  "agreement",
  "negotiation",
  "statement",
  "announcement",
  "petition",
  "other",
]);

export function buildTies(index: FactIndex): Map<string, Set<string>> {
  const ties = new Map<string, Set<string>>();
  const link = (a: string | undefined, b: string | undefined) => {
    if (!a || !b || a === b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = ties.get(x);
      if (set) set.add(y);
      else ties.set(x, new Set([y]));
    }
  };
  for (const e of index.pack.events) {
    // Talks, agreements, statements and letters bring parties together without making either
    // part of the other: a partner has no say in a company's posts.
    if (LOOSE.has(e.type)) continue;
    link(e.actor, e.target);
    link(e.actor, e.org);
    link(e.target, e.org);
  }
  for (const entity of index.pack.entities) {
    const texts = [
      entity.name,
      ...entity.descriptions.map((d) => d.text),
      ...Object.values(entity.translations ?? {}).map((t) => t?.name ?? ""),
    ];
    for (const text of texts) for (const id of named(index, text)) link(entity.id, id);
  }
  return ties;
}
