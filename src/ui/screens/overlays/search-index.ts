import { indexFacts } from "../../../core/facts/fact-index.js";
import type { Language, Pack } from "../../../core/facts/model.js";
import { factsInUse } from "../../../core/facts/review.js";
import { formatClaimValue, formatDate } from "../../../core/i18n/format.js";
import type { MessageKey } from "../../../core/i18n/msg.js";
import { phraseContext } from "../../../core/phrase/context.js";
import { eventLine } from "../../../core/phrase/event-sentence.js";
import type { Question } from "../../../core/question/model.js";
import { type FuzzySearch, fuzzySearch } from "../../../core/search/fuzzy-filter.js";

/** What a found row is about, to quiz on it: facts of the pack, or one question. */
export type SearchTarget = { facts: string[] } | { question: string };

/** One thing `/` can find: a fact of the pack or one of its questions. */
export interface SearchEntry {
  kind: Extract<MessageKey, `search.${"fact" | "question" | "person" | "figure" | "quote"}`>;
  text: string;
  detail: string;
  target: SearchTarget;
}

/**
 * Everything searchable in a pack, as readable sentences (an event as the summary tells it,
 * never by its type's name); and the search over it.
 */
export function packSearch(
  whole: Pack,
  questions: readonly Question[],
  lang: Language,
): FuzzySearch<SearchEntry> {
  // What the quiz teaches, no more: a rejected fact is not found as a fact.
  const pack = factsInUse(whole);
  const names = new Map(pack.entities.map((e) => [e.id, e.name]));
  const phrase = phraseContext(indexFacts(pack), lang);
  const entries: SearchEntry[] = [
    ...pack.entities.map((e) => ({
      kind: "search.person" as const,
      text: e.name,
      detail: [e.aliases.join(", "), ...e.descriptions.map((d) => d.text)]
        .filter(Boolean)
        .join(" · "),
      target: { facts: [e.id] },
    })),
    ...pack.events.map((e) => ({
      kind: "search.fact" as const,
      text: e.text ?? eventLine(phrase, e),
      detail: e.date ? formatDate(e.date, lang) : "",
      target: { facts: [e.id] },
    })),
    ...pack.claims.map((c) => ({
      kind: "search.figure" as const,
      text: `${c.about} : ${formatClaimValue(c, lang)}`,
      detail: c.date ? formatDate(c.date, lang) : "",
      target: { facts: [c.id] },
    })),
    ...pack.quotes.map((q) => ({
      kind: "search.quote" as const,
      text: `« ${q.text} »`,
      detail: [names.get(q.speaker) ?? q.speaker, q.date ? formatDate(q.date, lang) : ""]
        .filter(Boolean)
        .join(" · "),
      target: { facts: [q.id] },
    })),
    ...questions.map((q) => ({
      kind: "search.question" as const,
      text: q.prompt,
      detail: q.explanation ?? "",
      target: { question: q.id },
    })),
  ];
  return fuzzySearch(entries, [{ get: (e) => e.text, weight: 2 }, { get: (e) => e.detail }]);
}
