import type { Language } from "../facts/model.js";

// The gender a French post's head noun shows: « directrice », « présidente » are a woman's,
// « directeur », « président » a man's; « PDG », « ministre », « responsable » show none. By
// suffix rather than from a list, so that posts a pack names in its own words are read too.
const FEMININE = /(?:rice|euse|ienne|onne|ière|ère|esse|ente|ante|ée|cheffe)$/;
const MASCULINE = /(?:teur|eur|ien|ier|ent|ant|é)$/;

/** The gender the first word of a post shows, in French; undefined when it shows none. */
export function postGender(role: string, lang: Language): "f" | "m" | undefined {
  if (lang !== "fr") return undefined;
  const head =
    role
      .trim()
      .split(/[\s,']/)[0]
      ?.toLowerCase() ?? "";
  if (FEMININE.test(head)) return "f";
  if (MASCULINE.test(head)) return "m";
  return undefined;
}
