import { describe, expect, it } from "vitest";
import {
  leftQuiz,
  readInterruptedQuiz,
  resumeQuiz,
  standing,
} from "../../../src/core/quiz/interrupted.js";
import { quizResults } from "../../../src/core/quiz/results.js";
import { quizReducer, startQuiz } from "../../../src/core/quiz/session.js";
import { multiple, single, truefalse } from "./fixtures.js";

const T0 = Date.UTC(2024, 2, 1, 9);
const where = { packFile: "/p/pack.yaml", title: "P", lang: "en" as const };
const begun = () => {
  let s = startQuiz({
    id: "s1",
    pack: "p",
    packHash: "h",
    seed: 7,
    questions: [single, multiple, truefalse],
    now: T0,
  });
  s = quizReducer(s, { type: "answer", response: { type: "single", choice: 0 }, now: T0 + 4000 });
  s = quizReducer(s, { type: "next", now: T0 + 5000 });
  s = quizReducer(s, { type: "skip", now: T0 + 6000 });
  return quizReducer(s, { type: "next", now: T0 + 6000 });
};

describe("a quiz left unfinished", () => {
  it("is kept with every turn, and says where it stands", () => {
    const left = leftQuiz(begun(), where, T0 + 10_000)!;
    expect(standing(left)).toEqual({ question: 3, total: 3, answered: 2 });
    expect(readInterruptedQuiz(JSON.parse(JSON.stringify(left)))).toEqual(left);
  });

  it("is not kept once it has ended", () => {
    const done = quizReducer(begun(), { type: "finish", now: T0 + 7000 });
    expect(leftQuiz(done, where, T0 + 8000)).toBeUndefined();
  });

  it("takes up again where it was, the time away left out of the time taken", () => {
    const left = leftQuiz(begun(), where, T0 + 10_000)!;
    // An hour away, then the last question answered in 2 s.
    let s = resumeQuiz(left, T0 + 3_610_000);
    expect([s.index, s.phase, s.id, s.turns[0]!.grade?.correct]).toEqual([
      2,
      "question",
      "s1",
      true,
    ]);
    s = quizReducer(s, {
      type: "answer",
      response: { type: "truefalse", value: true },
      now: T0 + 3_612_000,
    });
    s = quizReducer(s, { type: "next", now: T0 + 3_612_000 });
    expect(s.turns[2]!.ms).toBe(2000);
    expect(quizResults(s)).toMatchObject({ points: 2, max: 3, asked: 3, elapsedMs: 12_000 });
  });

  it("is refused when what was read back is no quiz it can play", () => {
    const left = leftQuiz(begun(), where, T0)!;
    const broken = (session: object) => ({ ...left, session: { ...left.session, ...session } });
    expect(readInterruptedQuiz(broken({ index: 3 }))).toBeUndefined();
    expect(readInterruptedQuiz(broken({ phase: "done" }))).toBeUndefined();
    expect(readInterruptedQuiz(broken({ turns: [] }))).toBeUndefined();
    expect(readInterruptedQuiz({ ...left, lang: "de" })).toBeUndefined();
    expect(readInterruptedQuiz(null)).toBeUndefined();
  });
});
