import type { QuestionKind, QuestionType } from "../question/model.js";

/** How sure the reader said they were, in certainty mode. */
export type Certainty = "low" | "medium" | "high";

/**
 * One answer given by the reader: what the quiz hands to the progress store, and what the
 * store's log holds, one per line.
 */
export interface AnswerRecord {
  /** Format version of the record. */
  v: 1;
  pack: string;
  /** Hash of the pack file when the answer was given; a new hash means the pack changed. */
  packHash: string;
  question: string;
  kind: QuestionKind;
  type: QuestionType;
  /** The facts the question tests: memory is scheduled per fact, not per question. */
  facts: string[];
  correct: boolean;
  /** 0 to 1; partial credit for multiple answers and matching. */
  score: number;
  certainty?: Certainty;
  /**
   * Skipped (`s`, an empty line): not answered, so not `correct`, and a miss for scheduling
   * (FSRS's Again), as not knowing is.
   */
  skipped?: true;
  /** When it was answered, ISO 8601. */
  at: string;
  /** How long the reader took, in milliseconds. */
  ms: number;
  session: string;
}
