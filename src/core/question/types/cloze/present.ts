import type { Random } from "../../../random.js";
import type { ClozeQuestion } from "./blank.js";

/**
 * The display order of each choice blank's choices: as written, as Moodle shows MULTICHOICE,
 * or shuffled by the seed when the blank asks for it (MULTICHOICE_S). Typed blanks have none.
 */
export function blankOrders(question: ClozeQuestion, random: Random): number[][] {
  return question.blanks.map((blank) => {
    if (blank.type !== "single" && blank.type !== "multiple") return [];
    const indices = blank.choices.map((_, i) => i);
    return blank.shuffle ? random.shuffle(indices) : indices;
  });
}
