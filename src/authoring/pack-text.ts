import type { Language } from "../core/i18n/language.js";
import { type CountedKey, msg } from "../core/i18n/msg.js";
import { appendToList } from "../core/pack/append.js";
import { newPackText, packItem, questionItem } from "../core/pack/new-pack.js";
import { type Authored, COLLECTIONS, type Collection } from "./session.js";

/**
 * The pack file once a session's items are added: to the text of the pack it added to, or to a
 * new pack's head (`schemaRef`: the editor's schema line for it).
 */
export function authoredPackText(
  authored: Authored,
  existing: string | undefined,
  schemaRef: string,
): string {
  let text = existing ?? newPackText(authored.pack!, schemaRef);
  for (const collection of COLLECTIONS) {
    const items = authored.added[collection].map(
      collection === "questions" ? questionItem : packItem,
    );
    text = appendToList(text, collection, items);
  }
  return text;
}

/** The counted noun of each list, in the catalogue. */
const COUNTED: Record<Collection, CountedKey> = {
  sources: "n.sources",
  entities: "n.people-orgs",
  events: "n.events",
  claims: "n.claims",
  quotes: "n.quotes",
  questions: "n.questions",
};

/** What a session added, counted: "2 sources, 1 question", or "nothing added". */
export function addedSummary(authored: Authored, lang: Language): string {
  const counts = COLLECTIONS.map((c) => [c, authored.added[c].length] as const).filter(
    ([, n]) => n > 0,
  );
  return counts.length
    ? counts.map(([c, n]) => msg(lang, COUNTED[c], { n })).join(", ")
    : msg(lang, "report.nothing-added");
}
