import type { PackData } from "../core/authoring/checks.js";
import type { Language } from "../core/i18n/language.js";
import { type CountedKey, isMessageKey, type MessageKey, msg } from "../core/i18n/msg.js";
import { COLLECTIONS, type Collection } from "../core/pack/references.js";
import type { Item } from "./steps.js";

/** The lists guided authoring adds to: a pack's, in the order its file shows them. */
export { COLLECTIONS, type Collection };

/** The counted noun of each list, to count what was added: "1 source", « 3 chiffres ». */
export const COUNTED: Record<Collection, CountedKey> = {
  sources: "n.sources",
  entities: "n.people-orgs",
  events: "n.events",
  claims: "n.claims",
  quotes: "n.quotes",
  questions: "n.questions",
};

/** What one item of each list is called, to name it among others. */
export const NOUN: Record<Collection, MessageKey> = {
  sources: "authoring.noun.sources",
  entities: "authoring.noun.entities",
  events: "authoring.noun.events",
  claims: "authoring.noun.claims",
  quotes: "authoring.noun.quotes",
  questions: "authoring.noun.questions",
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
export function label(collection: Collection, item: Item, lang: Language): string {
  const parts = (...values: unknown[]) =>
    values.filter((v) => v !== undefined && v !== "").map(String);
  // A kind or an event's type in the list's words (the file keeps the pack's word).
  const word = (list: "kind" | "event-type", value: unknown) => {
    const key = `authoring.${list}.${String(value)}`;
    return isMessageKey(key) ? msg(lang, key) : value;
  };
  switch (collection) {
    case "sources":
      return [item.id, ...parts(item.outlet ?? item.title, item.published)].join(" · ");
    case "entities":
      return [
        item.id,
        ...parts(
          item.name,
          word("kind", item.kind),
          item.plural ? msg(lang, "authoring.label.plural") : undefined,
        ),
      ].join(" · ");
    case "events":
      return [
        item.id,
        ...parts(
          word("event-type", item.type),
          item.actor && msg(lang, "authoring.label.by", { id: String(item.actor) }),
          item.target && msg(lang, "authoring.label.to", { id: String(item.target) }),
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
