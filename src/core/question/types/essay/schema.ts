import { z } from "zod";
import { common } from "../../parts.js";

/** A question answered in free text, kept and not scored; its explanation is a model answer. */
export const essayQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("essay"),
});

export type EssayQuestion = z.output<typeof essayQuestionSchema>;

/** The text written. */
export interface EssayResponse {
  type: "essay";
  text: string;
}
