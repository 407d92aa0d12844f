import { z } from "zod";
import { common } from "../../parts.js";

/** A statement the reader says is true or false. */
export const trueFalseQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("truefalse"),
  answer: z.boolean(),
  feedbackRight: z.string().optional(),
  feedbackWrong: z.string().optional(),
});

export type TrueFalseQuestion = z.output<typeof trueFalseQuestionSchema>;

/** What the reader said the statement is. */
export interface TrueFalseResponse {
  type: "truefalse";
  value: boolean;
}
