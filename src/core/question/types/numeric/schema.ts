import { z } from "zod";
import { common, feedbackWrong, numericAnswers } from "../../parts.js";

/** A question answered with a number, within a tolerance or a range. */
export const numericQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("numeric"),
  answers: numericAnswers,
  unit: z.string().optional(),
  feedbackWrong,
});

export type NumericQuestion = z.output<typeof numericQuestionSchema>;

/** The number typed. */
export interface NumericResponse {
  type: "numeric";
  value: number;
}
