import type { LanguageAbout } from "./about-types.js";
import { en } from "./en/about.js";
import { fr } from "./fr/about.js";

// The languages newsquiz reads and writes. Adding one is a folder languages/<code>/ (its
// about.ts, phrasing.ts, extraction.ts) and its line here: shared code asks `aboutOf(lang)`
// rather than naming a language. The order is the order languages are listed and tried in.

/** Every language, French first: the reference catalogue and the first guess. */
export const LANGUAGE_LIST = [fr, en] as const;

/** A language newsquiz speaks. */
export type Language = (typeof LANGUAGE_LIST)[number]["code"];

/** The languages' codes, in the list's order (a tuple, as zod's `enum` takes it). */
export const LANGUAGES = LANGUAGE_LIST.map((about) => about.code) as unknown as readonly [
  Language,
  ...Language[],
];

const BY_CODE: ReadonlyMap<string, LanguageAbout> = new Map(
  LANGUAGE_LIST.map((about) => [about.code, about]),
);

/** Whether a text (a flag, a setting, a locale) names a language newsquiz speaks. */
export function isLanguage(code: unknown): code is Language {
  return typeof code === "string" && BY_CODE.has(code);
}

/** The LIGHT part of a language: its tables, catalogue and small pure functions. */
export function aboutOf(lang: Language): LanguageAbout {
  return BY_CODE.get(lang)!;
}

/** A table by language, each entry taken from the language's about.ts. */
export function byLanguage<T>(entry: (about: LanguageAbout) => T): Readonly<Record<Language, T>> {
  return Object.fromEntries(LANGUAGE_LIST.map((about) => [about.code, entry(about)])) as Record<
    Language,
    T
  >;
}
