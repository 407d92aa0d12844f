import { z } from "zod";
import { common } from "../../parts.js";

/** Left items each matched with a right one (a right item may serve several, or none). */
export const matchingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("matching"),
  pairs: z
    .array(z.strictObject({ left: z.string(), right: z.string().min(1) }))
    .min(2, { message: "schema.two-pairs" }),
});

export type MatchingQuestion = z.output<typeof matchingQuestionSchema>;

/** For each pair (left), the right-hand text the reader matched it with, or null if none. */
export interface MatchingResponse {
  type: "matching";
  rights: (string | null)[];
}
