import type { Language } from "../facts/model.js";
import type { WrittenQuestion } from "../question/model.js";

// Words frequent in one language and rare in the other: enough to tell a quiz's language.
const MARKERS: Record<Language, RegExp> = {
  fr: /\b(le|la|les|des|du|est|une|qui|quel|quelle|dans|pour|pas|sont|à|où|qu)\b/giu,
  en: /\b(the|is|of|and|what|which|who|was|are|in|to|does|how|not)\b/gi,
};

/** The language most of the questions are written in; English when they do not tell. */
export function guessLanguage(questions: readonly WrittenQuestion[]): Language {
  const text = questions.map((q) => q.prompt).join(" ");
  const count = (lang: Language) => text.match(MARKERS[lang])?.length ?? 0;
  return count("fr") > count("en") ? "fr" : "en";
}
