import type { Question } from "../../model.js";
import { blankQuestion, type ClozeQuestion, type ClozeResponse } from "./blank.js";

/** What grading one response to one question gives (the quiz's Grade). */
interface Graded {
  score: number;
  feedback: string[];
}

/**
 * Grades a cloze answer as Moodle does: each blank by the rules of its own type, and the
 * question's score the blanks' scores weighted by their marks ({2:…} counts twice). An empty
 * blank scores 0. The feedback is each answered blank's, labelled with its number.
 */
export function gradeCloze(
  question: ClozeQuestion,
  response: ClozeResponse,
  gradeBlank: (blank: Question, response: NonNullable<ClozeResponse["blanks"][number]>) => Graded,
): Graded {
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
