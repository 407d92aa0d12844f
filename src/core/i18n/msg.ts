import type * as sections from "../languages/fr/messages/index.js";
import { aboutOf } from "../languages/registry.js";
import { LANGUAGES, type Language } from "./language.js";
import { merged } from "./messages/merged.js";
import { type PluralForms, plural } from "./plural.js";

/** The French catalogue in one object: the reference, which holds every message. */
type French = ReturnType<typeof merged<typeof sections>>;

/**
 * The name of a message; French holds every one, each language translates each
 * (languages/<code>/messages/).
 */
export type MessageKey = keyof French;

/**
 * The values a message's `{name}` placeholders are filled with; a value may be a message itself,
 * put in the same language.
 */
export type MessageVars = Readonly<Record<string, string | number | Said>>;

/**
 * A message not yet put in a language: an error carries one from where it is thrown to where it
 * is reported, which knows the interface's language.
 */
export interface Said {
  readonly key: MessageKey;
  readonly vars?: MessageVars;
}

/** A message whose text depends on a number: its variables must give it, as `n`. */
export type CountedKey = {
  [K in MessageKey]: French[K] extends string ? never : K;
}[MessageKey];

/** The variables a message takes: `n` required for a counted one. */
export type VarsOf<K extends MessageKey> = K extends CountedKey
  ? [vars: MessageVars & { n: number }]
  : [vars?: MessageVars];

type Entries = Readonly<Record<MessageKey, string | PluralForms>>;

/** Each language's sections merged once, when a message of it is first asked for. */
const catalogues = new Map<Language, Entries>();

function catalogue(lang: Language): Entries {
  let entries = catalogues.get(lang);
  if (!entries) {
    entries = merged(aboutOf(lang).messages) as Entries;
    catalogues.set(lang, entries);
  }
  return entries;
}

/**
 * The message `key` in the language, `{name}` placeholders filled from `vars`. A counted message
 * takes the form Intl.PluralRules gives `vars.n`, its `#` written as that number.
 */
export function msg<K extends MessageKey>(lang: Language, key: K, ...[vars]: VarsOf<K>): string {
  const entry = catalogue(lang)[key];
  const template =
    typeof entry === "string" ? entry : plural(lang, Number((vars as { n: number }).n), entry);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(vars ?? {})) {
    values[name] = typeof value === "object" ? said(lang, value) : value;
  }
  return fill(template, values);
}

/** A message carried as a key and its variables, in the language. */
export function said(lang: Language, message: Said): string {
  return msg(lang, message.key, message.vars as MessageVars & { n: number });
}

/**
 * A text only English says yet (a pack's schema issues, a parser library's words), carried where
 * a message is expected and shown as it is in every language.
 */
export function verbatim(text: string): Said {
  return { key: "error.verbatim", vars: { text } };
}

/**
 * A schema's message (zod's `message`): a key of the catalogue where newsquiz wrote it, or the
 * words zod wrote itself, shown as they are.
 */
export function schemaSaid(message: string): Said | string {
  return isMessageKey(message) ? { key: message } : message;
}

/** {@link schemaSaid} in the language. */
export function schemaText(lang: Language, message: string): string {
  const s = schemaSaid(message);
  return typeof s === "string" ? s : said(lang, s);
}

/** Whether `key` names a message: for keys built from data (`kind.${kind}`). */
export function isMessageKey(key: string): key is MessageKey {
  // Every catalogue holds every key (`Catalogue`), the first language's as well as any.
  return Object.hasOwn(catalogue(LANGUAGES[0]), key);
}

/** A template with `{name}` placeholders filled from `vars`; unknown names stay as they are. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
