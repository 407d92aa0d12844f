import type { Language } from "../facts/model.js";
import { byLanguage } from "../languages/registry.js";

// Words written with a final period that do not end a sentence: honorifics (« M. Brockman »),
// titles, Latin and bibliographic short forms: these, which every language shares, and each
// language's `abbreviations` (languages/<code>/about.ts). Matched case-sensitively, because
// « M. » is an honorific while « m. » is not; lowercase entries match in any case.
const SHARED = ["etc", "cf", "vs", "Inc", "Corp", "Ltd", "Co", "St", "Dr", "Prof", "al"];

/** Abbreviations per language: a period after one of these does not end the sentence. */
export const ABBREVIATIONS: Readonly<Record<Language, ReadonlySet<string>>> = byLanguage(
  (about) => new Set([...SHARED, ...about.abbreviations]),
);
