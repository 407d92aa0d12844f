import type { PluralForms } from "../plural-forms.js";

/**
 * What a language's section must hold for the French one it translates: every key, a text for a
 * text and counted forms for counted forms; a key missing or extra is a type error.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : PluralForms;
};
