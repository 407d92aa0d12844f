import type { AnyQuestion, AnyResponse, Grade, Marks } from "../answer-type.js";
import { blankQuestion } from "./blank.js";
import type { ClozeQuestion, ClozeResponse } from "./schema.js";

/**
 * Grades a cloze answer as Moodle does: each blank by the rules of its own type, and the
 * question's score the blanks' scores weighted by their marks ({2:…} counts twice). An empty
 * blank scores 0. The feedback is each answered blank's, labelled with its number.
 */
export function gradeCloze(
  question: ClozeQuestion,
  response: ClozeResponse,
  gradeBlank: (blank: AnyQuestion, response: AnyResponse) => Grade,
): Marks {
  let earned = 0;
  let total = 0;
  const feedback: string[] = [];
  question.blanks.forEach((blank, i) => {
    const mark = blank.mark ?? 1;
    total += mark;
    const given = response.blanks[i];
    if (!given) return;
    const grade = gradeBlank(blankQuestion(question, i), given);
    earned += mark * grade.score;
    for (const f of grade.feedback) feedback.push(`[${i + 1}] ${f}`);
  });
  return { score: total > 0 ? earned / total : 0, feedback };
}
