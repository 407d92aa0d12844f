import type { z } from "zod";
import type { questionSchema, questionTypes } from "./schema.js";

/** A question as a pack holds it (hand-written or imported). */
export type WrittenQuestion = z.output<typeof questionSchema>;
export type QuestionType = (typeof questionTypes)[number];

/** What a question asks about; generated questions have one kind per generator module. */
export type QuestionKind =
  | "who"
  | "whom"
  | "when"
  | "how-many"
  | "role"
  | "quote"
  | "order"
  | "true-false"
  | "written";

export type Difficulty = "easy" | "hard";

/** A question ready to be asked: written by a person or generated from facts. */
export type Question = WrittenQuestion & {
  kind: QuestionKind;
  difficulty?: Difficulty;
  evidence?: string;
  /** Made from extracted facts no person has reviewed yet: the quiz says so. */
  unreviewed?: boolean;
};
