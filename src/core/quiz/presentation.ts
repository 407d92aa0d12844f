import { questionAsText } from "../question/as-text.js";
import type { Question } from "../question/model.js";
import { answerTypeOf } from "../question/types/index.js";
import { createRandom, seedFrom } from "../random.js";
import type { PresentedAs } from "./presented.js";

export type { QuestionOrigin } from "./presented.js";

/** A question as it is shown: the question plus the display order of what the reader picks. */
export type Presented = PresentedAs<Question>;

/**
 * Fixes the display order of every question from the seed, as its type orders it (hand-written
 * choices shuffled, items never in the right order...). Asked again (`previous`), every
 * question's choices are shuffled anew, never in the order they had.
 */
export function presentQuestions(
  questions: readonly Question[],
  seed: number,
  options: { previous?: readonly Presented[] } = {},
): Presented[] {
  return questions.map((question, i) => present(question, seed, options.previous?.[i]));
}

/** `previous`: how the question was shown before, when it is asked again. */
function present(written: Question, seed: number, previous?: Presented): Presented {
  // HTML (Moodle's usual format) is shown as text: tags mean nothing in a terminal.
  const question = questionAsText(written);
  const random = createRandom(seedFrom(seed, question.id));
  const out: Presented = { question, choiceOrder: [], rights: [], lefts: [], itemOrder: [] };
  return { ...out, ...answerTypeOf(question).present(question, random, previous) } as Presented;
}
