import type { Language } from "../facts/model.js";
import { LANGUAGE_LIST } from "../languages/registry.js";
import type { WrittenQuestion } from "../question/model.js";

/**
 * The language most of the questions are written in, by the words frequent in each language's
 * questions (its about.ts `interchange.markers`). A tie goes to the language listed last: English
 * when they do not tell.
 */
export function guessLanguage(questions: readonly WrittenQuestion[]): Language {
  const text = questions.map((q) => q.prompt).join(" ");
  let best: { lang: Language; count: number } | undefined;
  for (const about of LANGUAGE_LIST) {
    const count = text.match(about.interchange.markers)?.length ?? 0;
    if (!best || count >= best.count) best = { lang: about.code, count };
  }
  return best!.lang;
}
