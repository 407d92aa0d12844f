import type { Marks } from "../answer-type.js";

/** No mark and nothing to say: a response that answers nothing. */
export const NO_MARKS: Marks = { score: 0, feedback: [] };

/** A share kept between 0 and 1. */
export function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/**
 * The feedback for an answer that matches none of the accepted ones (GIFT's `####` on numeric and
 * short answers), where the question carries one.
 */
export function feedbackWrong(question: { feedbackWrong?: string }): string[] {
  const text = question.feedbackWrong;
  return typeof text === "string" && text ? [text] : [];
}
