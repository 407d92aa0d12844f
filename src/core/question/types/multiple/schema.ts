import { z } from "zod";
import { choiceList, common } from "../../parts.js";

/** A question with listed choices, every right one to be ticked (Moodle's multiple-answer multichoice). */
export const multipleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("multiple"),
  choices: choiceList,
});

export type MultipleQuestion = z.output<typeof multipleQuestionSchema>;

/** The choices ticked, as indices in the pack's list. */
export interface MultipleResponse {
  type: "multiple";
  choices: number[];
}
