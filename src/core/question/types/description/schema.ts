import { z } from "zod";
import { common } from "../../parts.js";

/** A text shown between questions, to read: nothing to answer. */
export const descriptionItemSchema = z.strictObject({
  ...common,
  type: z.literal("description"),
});

export type DescriptionItem = z.output<typeof descriptionItemSchema>;
