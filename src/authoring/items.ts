import type { PackData } from "../core/authoring/checks.js";
import { COLLECTIONS, type Collection } from "../core/pack/references.js";
import type { Item } from "./steps.js";

/** The lists guided authoring adds to: a pack's, in the order its file shows them. */
export { COLLECTIONS, type Collection };

/** The singular and plural of each list, to count what was added. */
export const NOUNS: Record<Collection, [string, string]> = {
  sources: ["source", "sources"],
  entities: ["person or organisation", "people and organisations"],
  events: ["event", "events"],
  claims: ["figure", "figures"],
  quotes: ["quote", "quotes"],
  questions: ["question", "questions"],
};

/** The ids of the items that name `id` (as actor, target, speaker, source...), but `self`. */
export function referencesTo(id: string, data: PackData, self: Item): string[] {
  const users: string[] = [];
  for (const c of COLLECTIONS) {
    for (const item of (data[c] as Item[] | undefined) ?? []) {
      if (item === self || item.id === self.id) continue;
      const { id: _own, ...fields } = item;
      if (JSON.stringify(fields).includes(JSON.stringify(id))) users.push(String(item.id));
    }
  }
  return users;
}

/** One line for an item: its id, and what a person would recognise it by. */
export function label(collection: Collection, item: Item): string {
  const parts = (...values: unknown[]) =>
    values.filter((v) => v !== undefined && v !== "").map(String);
  switch (collection) {
    case "sources":
      return [item.id, ...parts(item.outlet ?? item.title, item.published)].join(" · ");
    case "entities":
      return [item.id, ...parts(item.name, item.kind, item.plural ? "plural" : undefined)].join(
        " · ",
      );
    case "events":
      return [
        item.id,
        ...parts(
          item.type,
          item.actor && `by ${item.actor}`,
          item.target && `to ${item.target}`,
          item.date,
        ),
      ].join(" · ");
    case "claims":
      return [
        item.id,
        ...parts(item.about, [item.value, item.unit].filter(Boolean).join(" ")),
      ].join(" · ");
    case "quotes":
      return [item.id, ...parts(item.speaker, `« ${item.text} »`)].join(" · ");
    default:
      return [item.id, ...parts(item.type, item.prompt)].join(" · ");
  }
}

/** The order a pack file shows each item's fields in (questions keep the order they were built in). */
const FIELD_ORDER: Partial<Record<Collection, string[]>> = {
  sources: ["id", "outlet", "title", "published", "language", "url"],
  entities: ["id", "name", "kind", "aliases", "gender", "plural", "descriptions"],
  events: ["id", "type", "actor", "target", "role", "date", "sources"],
  claims: ["id", "about", "value", "qualifier", "unit", "total", "sources"],
  quotes: ["id", "speaker", "text", "date", "sources"],
};

/** The item with its fields in the order a pack file shows them. */
export function ordered(collection: Collection, item: Item): Item {
  const order = FIELD_ORDER[collection];
  if (!order) return item;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(item).sort(([a], [b]) => rank(a) - rank(b)));
}

export function withoutUndefined(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}
