import type { z } from "zod";
import type { QuestionMeta } from "./meta.js";
import type { questionSchema } from "./schema.js";

export type { Difficulty, QuestionKind } from "./meta.js";
export type { QuestionType } from "./types/index.js";

/** A question as a pack holds it (hand-written or imported). */
export type WrittenQuestion = z.output<typeof questionSchema>;

/** A question ready to be asked: written by a person or generated from facts. */
export type Question = WrittenQuestion & QuestionMeta;
