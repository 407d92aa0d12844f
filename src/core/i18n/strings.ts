import type { Language } from "../facts/model.js";

const fr = {
  "facts.sources": "Sources",
  "facts.people": "Personnes et organisations",
  "facts.timeline": "Chronologie",
  "facts.undated": "Sans date",
  "facts.figures": "Chiffres",
  "facts.quotes": "Citations",
  "facts.conflicts": "Où les sources divergent",
  "facts.counts":
    "{sources} sources · {entities} entités · {events} événements · {claims} chiffres · {quotes} citations",
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
  "facts.counts":
    "{sources} sources · {entities} entities · {events} events · {claims} figures · {quotes} quotes",
  "source.anonymous": "the article of {date}",
  "source.unknown": "source {id}",
};

export type StringKey = keyof typeof fr;

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
