// The facts listing and summaries: section titles, sources named.
export const facts = {
  "facts.sources": "Sources",
  "facts.people": "Personnes et organisations",
  "facts.timeline": "Chronologie",
  "facts.undated": "Sans date",
  "facts.figures": "Chiffres",
  "facts.quotes": "Citations",
  "facts.conflicts": "Où les sources divergent",
  "facts.counts": "{sources} · {entities} · {events} · {claims} · {quotes}",
  "source.anonymous": "l'article du {date}",
  "source.unknown": "source {id}",
} as const;
