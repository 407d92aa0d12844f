import type { Language } from "../facts/model.js";

const fr = {
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

const en: Record<keyof typeof fr, string> = {
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
};

export type StringKey = keyof typeof fr;

/** The nouns `facts` counts, singular and plural. */
export const FACT_NOUNS: Record<
  Language,
  Record<"sources" | "entities" | "events" | "claims" | "quotes", [string, string]>
> = {
  fr: {
    sources: ["source", "sources"],
    entities: ["entité", "entités"],
    events: ["événement", "événements"],
    claims: ["chiffre", "chiffres"],
    quotes: ["citation", "citations"],
  },
  en: {
    sources: ["source", "sources"],
    entities: ["entity", "entities"],
    events: ["event", "events"],
    claims: ["figure", "figures"],
    quotes: ["quote", "quotes"],
  },
};

const STRINGS: Record<Language, Record<StringKey, string>> = { fr, en };

/** A UI string in the given language, with `{name}` placeholders filled from `vars`. */
export function t(
  lang: Language,
  key: StringKey,
  vars: Record<string, string | number> = {},
): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
