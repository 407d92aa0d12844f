import type { Language } from "../../src/core/i18n/language.js";
import { said } from "../../src/core/i18n/msg.js";
import type { ExportNote } from "../../src/core/interchange/draft.js";

/** An export's notes as `newsquiz export` says them in the language. */
export function notesIn(
  lang: Language,
  notes: readonly ExportNote[],
): { question: string; message: string }[] {
  return notes.map((n) => ({ question: n.question, message: said(lang, n.message) }));
}
