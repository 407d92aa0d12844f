import { z } from "zod";
import { choiceList, common } from "../../parts.js";

/** A question with listed choices, one of which is picked (Moodle's single-answer multichoice). */
export const singleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("single"),
  choices: choiceList,
});

export type SingleQuestion = z.output<typeof singleQuestionSchema>;

/** The choice picked, as its index in the pack's list. */
export interface SingleResponse {
  type: "single";
  choice: number;
}
