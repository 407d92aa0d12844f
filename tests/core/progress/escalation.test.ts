import { describe, expect, it } from "vitest";
import {
  askLevel,
  HARD_FROM_DAYS,
  TYPED_FROM_DAYS,
} from "../../../src/core/progress/escalation.js";
import { buildSchedule, itemKey, type Memory } from "../../../src/core/progress/schedule.js";
import type { AnswerRecord } from "../../../src/core/quiz/answer-record.js";
import { answer } from "../../helpers/answers.js";

function memoryAfter(...answers: AnswerRecord[]): Memory {
  return buildSchedule(answers).get(itemKey({ pack: "p", fact: "f1" }))!;
}

const right = (at: string, session: string) => answer({ at, session });
const wrong = (at: string, session: string) => answer({ at, session, correct: false });

describe("askLevel", () => {
  const learnt = memoryAfter(right("2024-03-01T09:00:00Z", "s1"));
  const week = memoryAfter(answer({ at: "2024-03-01T09:00:00Z", certainty: "high" }));
  const month = memoryAfter(
    right("2024-03-01T09:00:00Z", "s1"),
    right("2024-03-03T09:00:00Z", "s2"),
    right("2024-03-14T09:00:00Z", "s3"),
  );
  const lapsed = memoryAfter(
    right("2024-03-01T09:00:00Z", "s1"),
    right("2024-03-03T09:00:00Z", "s2"),
    right("2024-03-14T09:00:00Z", "s3"),
    wrong("2024-04-29T09:00:00Z", "s4"),
  );

  it("asks harder as the fact's stability grows past a week, then a month", () => {
    expect([HARD_FROM_DAYS, TYPED_FROM_DAYS]).toEqual([7, 30]);
    expect(
      [learnt, week, month, lapsed].map((m) => [Number(m.card.stability.toFixed(2)), askLevel(m)]),
    ).toEqual([
      [2.31, { level: "choice", difficulty: "easy", typed: false }],
      [8.3, { level: "hard-choice", difficulty: "hard", typed: false }],
      [46.28, { level: "typed", difficulty: "hard", typed: true }],
      [2.93, { level: "choice", difficulty: "easy", typed: false }],
    ]);
  });

  it("asks a fact never seen as multiple choice", () => {
    expect(askLevel(undefined).level).toBe("choice");
  });

  it("stays within what the pack can ask: the hardest allowed level not above the memory's", () => {
    expect(askLevel(month, ["choice", "hard-choice"]).level).toBe("hard-choice");
    expect(askLevel(month, ["choice"]).level).toBe("choice");
    expect(askLevel(week, ["choice", "typed"]).level).toBe("choice");
    // Nothing easy enough: the easiest the pack has.
    expect(askLevel(learnt, ["typed"]).level).toBe("typed");
    expect(askLevel(learnt, ["hard-choice", "typed"]).level).toBe("hard-choice");
  });
});
