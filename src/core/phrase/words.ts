import type { Language } from "../i18n/language.js";

// The fixed words of generated sentences, per language. UI text lives in the message catalogue (i18n/messages/);
// these are the pieces sentences and questions are assembled from.
const fr = {
  and: "et",
  according: "selon",
  true: "Vrai",
  false: "Faux",
  trueOrFalse: "Vrai ou faux ?",
  source: "Source",
  sources: "Sources",
  others: "autres",
  other: "autre",
  colon: " : ",
  question: " ?",
  sameDay: "le même jour",
  varies: "varie selon les sources",
  vary: "varient selon les sources",
  whenThis: "Quand ceci s'est-il produit",
  first: "Lequel de ces événements s'est produit en premier ?",
  orderPrompt: "Remettez ces événements dans l'ordre chronologique.",
  whoSaid: "Qui a déclaré",
  // Words cut out of a sentence (see isFragment) were used, not declared: « Qui a employé les
  // mots « n'est pas plié » ? », never « Qui a déclaré « n'est pas plié » ? ».
  whoUsed: "Qui a employé les mots",
  used: "a employé les mots",
  usedPlural: "ont employé les mots",
  summary: "Résumé",
  people: "Qui est qui",
  questions: "Questions",
  answer: "Réponse",
} as const;

export type WordKey = keyof typeof fr;

const en: Record<WordKey, string> = {
  and: "and",
  according: "according to",
  true: "True",
  false: "False",
  trueOrFalse: "True or false?",
  source: "Source",
  sources: "Sources",
  others: "others",
  other: "other",
  colon: ": ",
  question: "?",
  sameDay: "the same day",
  varies: "varies with the source",
  vary: "vary with the source",
  whenThis: "When did this happen",
  first: "Which of these events happened first?",
  orderPrompt: "Put these events in chronological order.",
  whoSaid: "Who said",
  whoUsed: "Who used the words",
  used: "used the words",
  usedPlural: "used the words",
  summary: "Summary",
  people: "Who's who",
  questions: "Questions",
  answer: "Answer",
};

const WORDS: Record<Language, Record<WordKey, string>> = { fr, en };

/** A fixed word or phrase of generated text in the given language. */
export function word(lang: Language, key: WordKey): string {
  return WORDS[lang][key];
}

/** Quotation marks as each language writes them: « … » with thin spaces, “…”. */
export function quoted(text: string, lang: Language): string {
  return lang === "fr" ? `« ${text} »` : `“${text}”`;
}

/** "A, B et C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${word(lang, "and")} ${items.at(-1)}`;
}

/** A sentence ends with one full stop, whatever the text it ends with. */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Drops a final full stop, for a sentence used inside another one or as a list item. */
export function withoutFinalStop(text: string): string {
  return text.trimEnd().replace(/\.$/, "");
}
