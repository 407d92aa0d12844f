import { z } from "zod";
import { caseSensitive, common, feedbackWrong, textAnswers } from "../../parts.js";

/** A question answered with a short typed text, compared with the accepted answers. */
export const shortQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("short"),
  answers: textAnswers,
  caseSensitive,
  feedbackWrong,
});

export type ShortQuestion = z.output<typeof shortQuestionSchema>;

/** The text typed. */
export interface ShortResponse {
  type: "short";
  text: string;
}
