import { z } from "zod";
import { common } from "../../parts.js";

/** Items to put in order; the pack lists them in the right one. */
export const orderingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("ordering"),
  items: z.array(z.string().min(1)).min(2, { message: "schema.two-items" }),
});

export type OrderingQuestion = z.output<typeof orderingQuestionSchema>;

/** The item indices in the order the reader put them. */
export interface OrderingResponse {
  type: "ordering";
  order: number[];
}
