import { describe, expect, it } from "vitest";
import { memoryProgress } from "../../../src/core/progress/port.js";
import type { Question } from "../../../src/core/question/model.js";
import { applyAndRecord, unflagged } from "../../../src/core/quiz/record.js";
import { answerRecordOf, quizResults, resultKind } from "../../../src/core/quiz/results.js";
import { type QuizSession, quizReducer, startQuiz } from "../../../src/core/quiz/session.js";
import {
  description,
  essay,
  multiple,
  numeric,
  ordering,
  short,
  single,
  truefalse,
} from "./fixtures.js";

const T0 = Date.UTC(2024, 0, 1, 12, 0, 0);

function start(
  questions: Question[] = [single, multiple, truefalse, numeric],
  certaintyMode = false,
): QuizSession {
  return startQuiz({
    id: "s1",
    pack: "p",
    packHash: "h",
    seed: 7,
    questions,
    certaintyMode,
    now: T0,
  });
}

describe("quiz session", () => {
  it("answers, shows feedback, moves on, and finishes after the last question", () => {
    let s = start();
    expect([s.index, s.phase]).toEqual([0, "question"]);
    s = quizReducer(s, { type: "answer", response: { type: "single", choice: 0 }, now: T0 + 4000 });
    expect(s.phase).toBe("feedback");
    expect(s.turns[0]).toMatchObject({ grade: { score: 1, correct: true }, ms: 4000 });
    // A second answer to the same question is ignored.
    expect(
      quizReducer(s, { type: "answer", response: { type: "single", choice: 1 }, now: T0 + 5000 }),
    ).toBe(s);
    s = quizReducer(s, { type: "next", now: T0 + 6000 });
    expect([s.index, s.phase, s.shownAt]).toEqual([1, "question", T0 + 6000]);
    s = quizReducer(s, {
      type: "answer",
      response: { type: "multiple", choices: [0, 1] },
      now: T0 + 9000,
    });
    s = quizReducer(s, { type: "next", now: T0 + 9500 });
    s = quizReducer(s, { type: "skip", now: T0 + 10_500 });
    expect(s.turns[2]).toEqual({ skipped: true, ms: 1000 });
    // The answer is shown after a skip too: next goes on.
    expect([s.index, s.phase]).toEqual([2, "feedback"]);
    s = quizReducer(s, { type: "next", now: T0 + 10_500 });
    s = quizReducer(s, {
      type: "answer",
      response: { type: "numeric", value: 680 },
      now: T0 + 20_500,
    });
    s = quizReducer(s, { type: "next", now: T0 + 21_000 });
    expect(s.phase).toBe("done");

    const r = quizResults(s);
    expect(r).toMatchObject({
      max: 4,
      right: 2,
      answered: 3,
      skipped: 1,
      flagged: 0,
      percent: 67,
      elapsedMs: 21_000,
    });
    expect(r.points).toBe(2.6667);
    expect(r.byKind.map((k) => [k.kind, k.points, k.max])).toEqual([
      ["single", 1, 1],
      ["multiple", 0.6667, 1],
      ["true-false", 0, 1],
      ["how-many", 1, 1],
    ]);
    expect(r.missed).toEqual([1, 2]);
  });

  it("finish ends early with the score of the questions asked: the one shown counts as missed", () => {
    let s = start();
    s = quizReducer(s, { type: "answer", response: { type: "single", choice: 0 }, now: T0 + 1000 });
    s = quizReducer(s, { type: "finish", now: T0 + 2000 });
    const r = quizResults(s);
    expect([s.phase, r.asked, r.points, r.max, r.percent, r.missed]).toEqual([
      "done",
      1,
      1,
      1,
      100,
      [],
    ]);
    let t = start();
    t = quizReducer(t, { type: "answer", response: { type: "single", choice: 0 }, now: T0 });
    t = quizReducer(t, { type: "next", now: T0 + 1000 });
    t = quizReducer(t, { type: "finish", now: T0 + 2000 });
    const shown = quizResults(t);
    expect([shown.asked, shown.points, shown.max, shown.missed]).toEqual([2, 1, 2, [1]]);
  });

  it("retry asks the missed questions again, and only them", () => {
    let s = start();
    s = quizReducer(s, { type: "answer", response: { type: "single", choice: 0 }, now: T0 });
    s = quizReducer(s, { type: "next", now: T0 });
    s = quizReducer(s, { type: "skip", now: T0 + 500 });
    s = quizReducer(s, { type: "next", now: T0 + 500 });
    s = quizReducer(s, { type: "finish", now: T0 + 1000 });
    const before = s;
    s = quizReducer(s, { type: "retry", now: T0 + 5000 });
    // The skipped question and the one left unanswered; never the one never shown.
    expect(s.items.map((i) => i.question.id)).toEqual(["multiple", "tf"]);
    expect([s.round, s.index, s.phase, s.startedAt]).toEqual([1, 0, "question", T0 + 5000]);
    // Its choices shuffled anew, and the first pass's score kept beside the retry's.
    expect(before.items[1]!.choiceOrder).toEqual([2, 1, 4, 0, 3]);
    expect(s.items[0]!.choiceOrder).toEqual([2, 3, 0, 1, 4]);
    expect(s.firstPass).toEqual({ points: 1, max: 3 });
    const again = quizReducer(quizReducer(s, { type: "finish", now: T0 }), {
      type: "retry",
      now: T0,
    });
    expect(again.firstPass).toEqual({ points: 1, max: 3 });
    const perfect = quizReducer(
      quizReducer(start([single]), {
        type: "answer",
        response: { type: "single", choice: 0 },
        now: T0,
      }),
      { type: "next", now: T0 },
    );
    expect(quizReducer(perfect, { type: "retry", now: T0 })).toBe(perfect);
  });

  it("a flagged question leaves the score; flagged while asked, it says so, and F takes it back", () => {
    let s = start([single, truefalse]);
    s = quizReducer(s, { type: "flag", reason: "wrong", now: T0 + 500 });
    expect([s.index, s.phase, s.turns[0]]).toEqual([
      0,
      "feedback",
      { flagged: true, flagReason: "wrong", ms: 500 },
    ]);
    // Taken back before any answer: the question is asked again, from now.
    const back = quizReducer(s, { type: "unflag", now: T0 + 800 });
    expect([back.index, back.phase, back.turns[0], back.shownAt]).toEqual([
      0,
      "question",
      {},
      T0 + 800,
    ]);
    s = quizReducer(s, { type: "next", now: T0 + 500 });
    expect(s.index).toBe(1);
    s = quizReducer(s, {
      type: "answer",
      response: { type: "truefalse", value: false },
      now: T0 + 900,
    });
    s = quizReducer(s, { type: "flag", reason: "unclear", now: T0 + 1000 });
    expect([s.phase, s.turns[1]!.flagged]).toEqual(["feedback", true]);
    // Taken back after an answer: the answer stands, and counts (false was wrong).
    const kept = quizReducer(s, { type: "unflag", now: T0 + 1100 });
    expect([kept.phase, kept.turns[1]!.flagged, kept.turns[1]!.grade?.score]).toEqual([
      "feedback",
      undefined,
      0,
    ]);
    expect(quizResults(quizReducer(kept, { type: "next", now: T0 })).max).toBe(1);
    s = quizReducer(s, { type: "next", now: T0 + 1200 });
    expect(quizResults(s)).toMatchObject({ max: 0, percent: 0, flagged: 2, missed: [] });
  });

  it("essays keep the text typed and show the model answer, never scored nor recorded", () => {
    const progress = memoryProgress();
    let s = start([essay, single]);
    s = applyAndRecord(
      s,
      { type: "answer", response: { type: "essay", text: "Because." }, now: T0 + 9000 },
      progress,
    );
    expect([s.phase, s.turns[0]]).toEqual([
      "feedback",
      { response: { type: "essay", text: "Because." }, ms: 9000 },
    ]);
    s = applyAndRecord(s, { type: "next", now: T0 + 9500 }, progress);
    expect(s.index).toBe(1);
    expect(progress.answers).toEqual([]);
    expect(quizResults(s)).toMatchObject({ max: 1, missed: [1] });
  });

  it("descriptions are read and passed with next, never scored", () => {
    let s = start([description, short]);
    expect(
      quizReducer(s, { type: "answer", response: { type: "short", text: "x" }, now: T0 }),
    ).toBe(s);
    s = quizReducer(s, { type: "next", now: T0 + 3000 });
    expect([s.index, s.phase]).toEqual([1, "question"]);
    s = quizReducer(s, {
      type: "answer",
      response: { type: "short", text: "Emmet Shear" },
      now: T0 + 4000,
    });
    expect(quizResults(s, T0 + 4000)).toMatchObject({ points: 1, max: 1 });
  });

  it("certainty mode: marks as Moodle's CBM and a calibration per level", () => {
    let s = start([single, truefalse, numeric, ordering], true);
    const answer = (response: Parameters<typeof quizReducer>[1] & { type: "answer" }) => {
      s = quizReducer(s, response);
      s = quizReducer(s, { type: "next", now: T0 });
    };
    answer({ type: "answer", response: { type: "single", choice: 0 }, certainty: "high", now: T0 });
    answer({
      type: "answer",
      response: { type: "truefalse", value: false },
      certainty: "high",
      now: T0,
    });
    answer({ type: "answer", response: { type: "numeric", value: 700 }, now: T0 });
    answer({
      type: "answer",
      response: { type: "ordering", order: [1, 2, 3, 4, 0] },
      certainty: "medium",
      now: T0,
    });
    const c = quizResults(s).certainty!;
    // 3 - 6 + 1 (no certainty given counts as low) + 2 × 0.75
    expect(c.total).toBe(-0.5);
    expect(c.average).toBe(-0.125);
    expect(c.levels).toEqual([
      // One or two answers at a level are too few to judge it (see MIN_TO_JUDGE).
      { certainty: "low", answers: 1, right: 1, accuracy: 1, verdict: "too-few" },
      { certainty: "medium", answers: 1, right: 0.75, accuracy: 0.75, verdict: "too-few" },
      { certainty: "high", answers: 2, right: 1, accuracy: 0.5, verdict: "too-few" },
    ]);
  });

  it("records each answer and each flag with the progress port", () => {
    const progress = memoryProgress();
    let s = start([single, truefalse]);
    s = applyAndRecord(
      s,
      { type: "answer", response: { type: "single", choice: 2 }, now: T0 + 1500 },
      progress,
    );
    s = applyAndRecord(s, { type: "next", now: T0 + 2000 }, progress);
    s = applyAndRecord(s, { type: "flag", reason: "wrong", now: T0 + 3000 }, progress);
    s = applyAndRecord(s, { type: "unflag", now: T0 + 3500 }, progress);
    s = applyAndRecord(s, { type: "flag", reason: "wrong", now: T0 + 4000 }, progress);
    expect(progress.answers).toEqual([
      {
        v: 1,
        pack: "p",
        packHash: "h",
        question: "single",
        kind: "written",
        type: "single",
        facts: ["f1"],
        correct: false,
        score: 0,
        at: "2024-01-01T12:00:01.500Z",
        ms: 1500,
        session: "s1",
      },
    ]);
    expect(progress.flags).toEqual([
      {
        v: 1,
        pack: "p",
        packHash: "h",
        question: "tf",
        reason: "wrong",
        at: "2024-01-01T12:00:03.000Z",
      },
      {
        v: 1,
        pack: "p",
        packHash: "h",
        question: "tf",
        reason: "wrong",
        at: "2024-01-01T12:00:03.500Z",
        withdrawn: true,
      },
      {
        v: 1,
        pack: "p",
        packHash: "h",
        question: "tf",
        reason: "wrong",
        at: "2024-01-01T12:00:04.000Z",
      },
    ]);
    expect(
      unflagged([single, truefalse], progress.flaggedQuestions("p", "h")).map((q) => q.id),
    ).toEqual(["single"]);
    expect(progress.flaggedQuestions("p", "other-hash").size).toBe(0);
    expect(answerRecordOf(s, 1, new Date(T0))).toBeUndefined();
  });

  it("groups written questions with the kind they resemble", () => {
    expect([single, multiple, truefalse, numeric, short, ordering].map(resultKind)).toEqual([
      "single",
      "multiple",
      "true-false",
      "how-many",
      "short",
      "order",
    ]);
    expect(resultKind({ ...single, kind: "who" })).toBe("who");
  });

  it("presents written choices shuffled by the seed, the same for the same seed", () => {
    const a = start([single, multiple]).items.map((i) => i.choiceOrder);
    const b = start([single, multiple]).items.map((i) => i.choiceOrder);
    expect(a).toEqual(b);
    expect(a.map((o) => [...o].sort())).toEqual([
      [0, 1, 2],
      [0, 1, 2, 3, 4],
    ]);
    const generated = startQuiz({
      id: "g",
      pack: "p",
      packHash: "h",
      seed: 1,
      questions: [{ ...single, kind: "who" }],
      now: T0,
    });
    expect(generated.items[0]!.choiceOrder).toEqual([0, 1, 2]);
    const o = startQuiz({
      id: "o",
      pack: "p",
      packHash: "h",
      seed: 3,
      questions: [ordering],
      now: T0,
    }).items[0]!.itemOrder;
    expect(o).not.toEqual([0, 1, 2, 3, 4]);
    expect([...o].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
