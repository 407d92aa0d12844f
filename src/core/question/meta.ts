// What a question is besides its type's fields: how it was made and how hard it is. Apart from
// model.ts so that the answer types (which model.ts is built from) can name it.

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

/** What a question ready to be asked carries besides what the pack holds. */
export interface QuestionMeta {
  kind: QuestionKind;
  difficulty?: Difficulty;
  evidence?: string;
  /** Made from extracted facts no person has reviewed yet: the quiz says so. */
  unreviewed?: boolean;
}
