// The shape of a counted phrase, apart from plural.ts (which asks each language's rules): the
// catalogues of languages/<code>/messages/ build their forms from here without loading the
// registry of languages, which loads them.

/**
 * The forms of a counted phrase, by CLDR plural category (Intl.PluralRules): `other` always,
 * `one` in both our languages, the rest where a language has them. `#` stands for the number.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The forms of a counted phrase whose plural is its singular and an s, as most are in both our
 * languages: « # réponse », "# skipped fact". Written once, so that the rule is not copied out.
 */
export function regularPlural(one: string): PluralForms {
  return { one, other: `${one}s` };
}
