import { type Grade, Rating } from "ts-fsrs";
import type { AnswerRecord, Certainty } from "../quiz/answer-record.js";

const FELT: Record<Certainty, Grade> = {
  high: Rating.Easy,
  medium: Rating.Good,
  low: Rating.Hard,
};

/**
 * The FSRS grade an answer earns. A miss is Again whatever the reader felt: a confident miss is
 * still a fact not remembered. A right answer is Good; in certainty mode the reader's own
 * feeling picks the grade, as FSRS means its grades to be used: sure (high) is Easy, fairly sure
 * (medium) is Good, unsure (low) is Hard, since a right answer given unsure is half a guess. Partial
 * credit (multiple answers, matching) is at most Hard.
 */
export function gradeOf(answer: Pick<AnswerRecord, "correct" | "score" | "certainty">): Grade {
  if (!answer.correct) return Rating.Again;
  const felt = answer.certainty ? FELT[answer.certainty] : Rating.Good;
  return answer.score < 1 ? (Math.min(felt, Rating.Hard) as Grade) : felt;
}
