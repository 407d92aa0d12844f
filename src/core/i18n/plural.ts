import { aboutOf } from "../languages/registry.js";
import type { Language } from "./language.js";
import { formatNumber } from "./number.js";
import type { PluralForms } from "./plural-forms.js";

export { type PluralForms, regularPlural } from "./plural-forms.js";

const rules = new Map<Language, (n: number) => Intl.LDMLPluralRule>();

/**
 * The plural category of `n` in the language, from Intl.PluralRules: French says « 0 question,
 * 1 question, 2 questions », English "0 questions, 1 question". A Node built without the
 * French locale data (small-icu) answers with English rules; the language's own (its about.ts
 * `pluralFallback`: French's 0 and 1 are singular, and so are 1.5 and such) is used then.
 */
export function pluralCategory(lang: Language, n: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) {
    const intl = new Intl.PluralRules(lang);
    const speaks = intl.resolvedOptions().locale.startsWith(lang);
    const fallback = aboutOf(lang).pluralFallback;
    rule = speaks || !fallback ? (x) => intl.select(x) : fallback;
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
