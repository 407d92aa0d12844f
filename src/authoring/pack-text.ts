import type { Language } from "../core/i18n/language.js";
import { msg } from "../core/i18n/msg.js";
import { appendToList } from "../core/pack/append.js";
import { newPackText, packItem, questionItem } from "../core/pack/new-pack.js";
import { COUNTED } from "./items.js";
import { type Authored, COLLECTIONS } from "./session.js";

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

/** What a session added, counted: "2 sources, 1 question", or "nothing added". */
export function addedSummary(authored: Authored, lang: Language): string {
  const counts = COLLECTIONS.map((c) => [c, authored.added[c].length] as const).filter(
    ([, n]) => n > 0,
  );
  return counts.length
    ? counts.map(([c, n]) => msg(lang, COUNTED[c], { n })).join(", ")
    : msg(lang, "report.nothing-added");
}
