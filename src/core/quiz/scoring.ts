import type { Question } from "../question/model.js";
import type { AnyQuestion, AnyResponse, Grade } from "../question/types/answer-type.js";
import { answerTypeOf } from "../question/types/index.js";
import type { Response } from "./response.js";

export type { Grade } from "../question/types/answer-type.js";
export { multipleWeights } from "../question/types/multiple/index.js";

/** Whether a question counts in the score: essays and descriptions do not. */
export function isScored(question: Pick<Question, "type">): boolean {
  return answerTypeOf(question).answered === "graded";
}

/**
 * Grades a response by the rules of its question's type (each type's module says them;
 * docs/playing.md lists them). A response of another type than its question scores 0. Scores are
 * kept to four decimals: 2/3 is 0.6667, in records as on screen.
 */
export function gradeResponse(question: Question, response: Response): Grade {
  return gradeAny(question, response);
}

function gradeAny(question: AnyQuestion, response: AnyResponse): Grade {
  if (response.type !== question.type) return { score: 0, correct: false, feedback: [] };
  const marks = answerTypeOf(question).grade(question, response, gradeAny);
  const score = Math.round(marks.score * 10_000) / 10_000;
  return { score, correct: score === 1, feedback: marks.feedback };
}
