import type { Random } from "../../../random.js";
import type { Asked, Presentation } from "../answer-type.js";
import { blankLabel, choicesOf, fillBlanks } from "./blank.js";
import type { ClozeQuestion } from "./schema.js";

/**
 * A cloze question as shown: [1], [2]… where the prompt marks {#1}, {#2}…, and the display order
 * of each choice blank's choices: as written, as Moodle shows MULTICHOICE, or shuffled by the
 * seed when the blank asks for it (MULTICHOICE_S). Typed blanks have none.
 */
export function presentCloze(
  question: Asked<ClozeQuestion>,
  random: Random,
): Presentation<ClozeQuestion> {
  return {
    question: { ...question, prompt: fillBlanks(question.prompt, blankLabel) },
    blankOrders: question.blanks.map((blank) => {
      const choices = choicesOf(blank);
      if (!choices) return [];
      const indices = choices.map((_, i) => i);
      return "shuffle" in blank && blank.shuffle ? random.shuffle(indices) : indices;
    }),
  };
}
