import { aboutOf } from "../languages/registry.js";
import type { Language } from "./language.js";

// Punctuation as each language sets it (languages/<code>/about.ts `typography`): what every
// screen, listing and sentence puts around a quotation or after a label.

/** Quotation marks as each language writes them: « … » with their spaces, “…”. */
export function quoted(text: string, lang: Language): string {
  const { quoteOpen, quoteClose } = aboutOf(lang).typography;
  return `${quoteOpen}${text}${quoteClose}`;
}

/** A label and what follows it: « Score : 3 », "Score: 3". */
export function labelled(label: string, value: string, lang: Language): string {
  return `${label}${colon(lang)} ${value}`;
}

/** The colon that ends a label, its space before it in French: « Par type : ». */
export function colon(lang: Language): string {
  return aboutOf(lang).typography.colon;
}

/** Between the clauses of one sentence: « ; » (a space before it in French), "; ". */
export function listSeparator(lang: Language): string {
  return aboutOf(lang).typography.listSeparator;
}
