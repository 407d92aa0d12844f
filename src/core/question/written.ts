import type { Language, Pack } from "../facts/model.js";
import type { Question } from "./model.js";

/**
 * The pack's hand-written questions, ready to be asked as they are; with a language, only those
 * written in it (a question's `lang`, else the pack's): a quiz never mixes two languages.
 */
export function writtenQuestions(pack: Pack, lang?: Language): Question[] {
  return pack.questions
    .filter((q) => lang === undefined || (q.lang ?? pack.language) === lang)
    .map((q) => ({ ...q, kind: "written" as const }));
}
