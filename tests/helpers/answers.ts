import type { FlagRecord } from "../../src/core/progress/port.js";
import type { AnswerRecord } from "../../src/core/quiz/answer-record.js";

/** An answer record with sensible defaults; tests override what they are about. */
export function answer(fields: Partial<AnswerRecord> & Pick<AnswerRecord, "at">): AnswerRecord {
  return {
    v: 1,
    pack: "p",
    packHash: "h1",
    question: "q1",
    kind: "who",
    type: "single",
    facts: ["f1"],
    correct: true,
    score: fields.correct === false ? 0 : 1,
    ms: 4000,
    session: "s1",
    ...fields,
  };
}

/** A flag record with defaults. */
export function flag(fields: Partial<FlagRecord> & Pick<FlagRecord, "question">): FlagRecord {
  return {
    v: 1,
    pack: "p",
    packHash: "h1",
    reason: "wrong",
    at: "2024-03-01T09:30:00.000Z",
    ...fields,
  };
}
