import type { Language } from "./language.js";
import { formatNumber } from "./number.js";

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

const rules = new Map<Language, (n: number) => Intl.LDMLPluralRule>();

/**
 * The plural category of `n` in the language, from Intl.PluralRules: French says « 0 question,
 * 1 question, 2 questions », English "0 questions, 1 question". A Node built without the
 * French locale data (small-icu) answers with English rules; French's own (0 and 1 are
 * singular, and so are 1.5 and such) is used then.
 */
export function pluralCategory(lang: Language, n: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) {
    const intl = new Intl.PluralRules(lang);
    const speaks = intl.resolvedOptions().locale.startsWith(lang);
    rule =
      speaks || lang === "en"
        ? (x) => intl.select(x)
        : (x) =>
            Math.abs(x) < 2 ? "one" : Number.isInteger(x) && x % 1_000_000 === 0 ? "many" : "other";
    rules.set(lang, rule);
  }
  return rule(n);
}

/** The counted phrase for `n`: "1 question", "3 questions", « 0 réponse », « 2 réponses ». */
export function plural(lang: Language, n: number, forms: PluralForms): string {
  const form = forms[pluralCategory(lang, n)] ?? forms.other;
  return form.replaceAll("#", formatNumber(n, lang));
}

/** "1 question", "2 questions": a number and a noun in its singular or plural form. */
export function countNoun(lang: Language, n: number, one: string, other: string): string {
  return plural(lang, n, { one: `# ${one}`, other: `# ${other}` });
}
