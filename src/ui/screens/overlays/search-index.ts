import type { Language, Pack } from "../../../core/facts/model.js";
import { factsInUse } from "../../../core/facts/review.js";
import { formatClaimValue, formatDate } from "../../../core/i18n/format.js";
import type { Question } from "../../../core/question/model.js";
import { fuzzySearch } from "../../../core/search/fuzzy-filter.js";
import type { UiStringKey } from "../../ui-strings.js";

/** One thing `/` can find: a fact of the pack or one of its questions. */
export interface SearchEntry {
  kind: Extract<UiStringKey, `search.${"fact" | "question" | "person" | "figure" | "quote"}`>;
  text: string;
  detail: string;
}

/** Everything searchable in a pack, as readable sentences; and the search over it. */
export function packSearch(
  whole: Pack,
  questions: readonly Question[],
  lang: Language,
): (query: string) => SearchEntry[] {
  // What the quiz teaches, no more: a rejected fact is not found as a fact.
  const pack = factsInUse(whole);
  const names = new Map(pack.entities.map((e) => [e.id, e.name]));
  const entries: SearchEntry[] = [
    ...pack.entities.map((e) => ({
      kind: "search.person" as const,
      text: e.name,
      detail: [e.aliases.join(", "), ...e.descriptions.map((d) => d.text)]
        .filter(Boolean)
        .join(" · "),
    })),
    ...pack.events.map((e) => ({
      kind: "search.fact" as const,
      text:
        e.text ??
        e.label ??
        [e.type, names.get(e.actor ?? ""), names.get(e.target ?? "")].filter(Boolean).join(" "),
      detail: e.date ? formatDate(e.date, lang) : "",
    })),
    ...pack.claims.map((c) => ({
      kind: "search.figure" as const,
      text: `${c.about} : ${formatClaimValue(c, lang)}`,
      detail: c.date ? formatDate(c.date, lang) : "",
    })),
    ...pack.quotes.map((q) => ({
      kind: "search.quote" as const,
      text: `« ${q.text} »`,
      detail: [names.get(q.speaker) ?? q.speaker, q.date ? formatDate(q.date, lang) : ""]
        .filter(Boolean)
        .join(" · "),
    })),
    ...questions.map((q) => ({
      kind: "search.question" as const,
      text: q.prompt,
      detail: q.explanation ?? "",
    })),
  ];
  return fuzzySearch(entries, [{ get: (e) => e.text, weight: 2 }, { get: (e) => e.detail }]);
}
