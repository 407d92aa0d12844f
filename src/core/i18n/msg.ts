import type { Language } from "./language.js";
import { en } from "./messages/en.js";
import { fr } from "./messages/fr.js";
import { type PluralForms, plural } from "./plural.js";

/** The name of a message; French holds every one, English translates each (messages/). */
export type MessageKey = keyof typeof fr;

/** The values a message's `{name}` placeholders are filled with. */
export type MessageVars = Readonly<Record<string, string | number>>;

/** A message whose text depends on a number: its variables must give it, as `n`. */
export type CountedKey = {
  [K in MessageKey]: (typeof fr)[K] extends string ? never : K;
}[MessageKey];

/** The variables a message takes: `n` required for a counted one. */
export type VarsOf<K extends MessageKey> = K extends CountedKey
  ? [vars: MessageVars & { n: number }]
  : [vars?: MessageVars];

const CATALOGUES: Record<Language, Record<MessageKey, string | PluralForms>> = { fr, en };

/**
 * The message `key` in the language, `{name}` placeholders filled from `vars`. A counted message
 * takes the form Intl.PluralRules gives `vars.n`, its `#` written as that number.
 */
export function msg<K extends MessageKey>(lang: Language, key: K, ...[vars]: VarsOf<K>): string {
  const entry = CATALOGUES[lang][key];
  const template =
    typeof entry === "string" ? entry : plural(lang, Number((vars as { n: number }).n), entry);
  return fill(template, vars ?? {});
}

/** Whether `key` names a message: for keys built from data (`kind.${kind}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

/** A template with `{name}` placeholders filled from `vars`; unknown names stay as they are. */
export function fill(template: string, vars: MessageVars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
