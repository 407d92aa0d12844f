import type { Translation } from "../../../i18n/messages/translation.js";
import type { facts as fr } from "../../fr/messages/facts.js";

// The facts listing and summaries: section titles, sources named.
export const facts = {
  "facts.sources": "Sources",
  "facts.people": "People and organisations",
  "facts.timeline": "Timeline",
  "facts.undated": "Undated",
  "facts.figures": "Figures",
  "facts.quotes": "Quotes",
  "facts.conflicts": "Where the sources disagree",
  "facts.counts": "{sources} · {entities} · {events} · {claims} · {quotes}",
  "source.anonymous": "the article of {date}",
  "source.unknown": "source {id}",
} satisfies Translation<typeof fr>;
