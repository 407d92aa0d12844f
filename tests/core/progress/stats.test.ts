import { describe, expect, it } from "vitest";
import { computeStats, lastScoreOf } from "../../../src/core/progress/stats.js";
import type { AnswerRecord } from "../../../src/core/quiz/answer-record.js";
import { answer, flag } from "../../helpers/answers.js";

const o = (fields: Partial<AnswerRecord> & Pick<AnswerRecord, "at">) =>
  answer({ pack: "openai", ...fields });

// Three sessions of the OpenAI pack, then eight of a second pack in which one fact never sticks.
const log: AnswerRecord[] = [
  o({
    at: "2024-03-01T09:00:00Z",
    session: "s1",
    question: "q-who",
    kind: "who",
    facts: ["altman"],
  }),
  o({
    at: "2024-03-01T09:01:00Z",
    session: "s1",
    question: "q-when",
    kind: "when",
    facts: ["fired"],
    correct: false,
  }),
  o({
    at: "2024-03-01T09:02:00Z",
    session: "s1",
    question: "q-many",
    kind: "how-many",
    facts: ["staff"],
    correct: false,
  }),
  o({ at: "2024-03-01T09:03:00Z", session: "s1", question: "q-tf", kind: "true-false", facts: [] }),
  o({
    at: "2024-03-02T09:00:00Z",
    session: "s2",
    question: "q-who2",
    kind: "who",
    facts: ["altman"],
  }),
  o({
    at: "2024-03-02T09:01:00Z",
    session: "s2",
    question: "q-when",
    kind: "when",
    facts: ["fired"],
    correct: false,
  }),
  o({
    at: "2024-03-02T09:02:00Z",
    session: "s2",
    question: "q-many",
    kind: "how-many",
    facts: ["staff"],
  }),
  o({
    at: "2024-03-02T23:30:00Z",
    session: "s3",
    question: "q-when",
    kind: "when",
    facts: ["fired"],
    correct: false,
  }),
  o({
    at: "2024-03-02T23:31:00Z",
    session: "s3",
    question: "q-order",
    kind: "order",
    facts: ["fired", "staff"],
  }),
  answer({
    at: "2024-03-05T09:00:00Z",
    pack: "acme",
    session: "a1",
    question: "q-a",
    facts: ["a"],
  }),
  ...Array.from({ length: 8 }, (_, n) =>
    answer({
      at: `2024-03-${String(5 + n).padStart(2, "0")}T09:05:00Z`,
      pack: "acme",
      session: `a${n + 1}`,
      question: "q-b",
      kind: "when",
      facts: ["b"],
      correct: false,
    }),
  ),
];
const flags = [
  flag({ pack: "openai", question: "q-tf", reason: "wrong", at: "2024-03-01T09:04:00Z" }),
  flag({ pack: "openai", question: "q-tf", reason: "unclear", at: "2024-03-02T09:05:00Z" }),
];
const now = new Date("2024-03-20T00:00:00Z");

// The reader's local day in Paris (UTC+1 in March): 23:30 UTC on the 2nd is the 3rd there.
const paris = (at: Date) => new Date(at.getTime() + 3_600_000).toISOString().slice(0, 10);

describe("computeStats", () => {
  const stats = computeStats(log, flags, { now, dayOf: paris });
  const openai = stats.packs.openai!;

  it("counts answers, sessions and accuracy overall and per pack", () => {
    expect({ ...stats, packs: Object.keys(stats.packs) }).toEqual({
      answers: 18,
      correct: 6,
      accuracy: 0.3333,
      sessions: 11,
      due: 5,
      packs: ["acme", "openai"],
    });
    expect([openai.answers, openai.correct, openai.accuracy, openai.sessions, openai.due]).toEqual([
      9, 5, 0.5556, 3, 3,
    ]);
    const acme = stats.packs.acme!;
    expect([acme.answers, acme.correct, acme.accuracy, acme.sessions, acme.due]).toEqual([
      9, 1, 0.1111, 8, 2,
    ]);
  });

  it("gives the last score: the pack's last session", () => {
    expect(openai.lastScore).toEqual({ score: 1, total: 2, at: "2024-03-02T23:31:00Z" });
    expect(stats.packs.acme!.lastScore).toEqual({ score: 0, total: 1, at: "2024-03-12T09:05:00Z" });
  });

  it("gives accuracy per local day and per session, oldest first", () => {
    expect(openai.days).toEqual([
      { date: "2024-03-01", answers: 4, correct: 2, accuracy: 0.5 },
      { date: "2024-03-02", answers: 3, correct: 2, accuracy: 0.6667 },
      { date: "2024-03-03", answers: 2, correct: 1, accuracy: 0.5 },
    ]);
    expect(computeStats(log, flags, { now }).packs.openai!.days.map((d) => d.date)).toEqual([
      "2024-03-01",
      "2024-03-02",
    ]);
    expect(openai.history).toEqual([
      { session: "s1", start: "2024-03-01T09:00:00Z", answers: 4, correct: 2, accuracy: 0.5 },
      { session: "s2", start: "2024-03-02T09:00:00Z", answers: 3, correct: 2, accuracy: 0.6667 },
      { session: "s3", start: "2024-03-02T23:30:00Z", answers: 2, correct: 1, accuracy: 0.5 },
    ]);
  });

  it("ranks the kinds of question and the facts, weakest first", () => {
    expect(openai.kinds).toEqual([
      { kind: "when", answers: 3, correct: 0, accuracy: 0 },
      { kind: "how-many", answers: 2, correct: 1, accuracy: 0.5 },
      { kind: "who", answers: 2, correct: 2, accuracy: 1 },
      { kind: "order", answers: 1, correct: 1, accuracy: 1 },
      { kind: "true-false", answers: 1, correct: 1, accuracy: 1 },
    ]);
    expect(openai.weakest).toEqual([
      // Missed in every session: in the third, a right answer does not undo the miss.
      {
        pack: "openai",
        fact: "fired",
        answers: 4,
        correct: 1,
        accuracy: 0.25,
        missedSessions: 3,
        leech: false,
      },
      {
        pack: "openai",
        fact: "staff",
        answers: 3,
        correct: 2,
        accuracy: 0.6667,
        missedSessions: 1,
        leech: false,
      },
    ]);
  });

  it("lists leeches and flagged questions", () => {
    expect(openai.leeches).toEqual([]);
    expect(stats.packs.acme!.leeches).toEqual([{ pack: "acme", fact: "b" }]);
    expect(stats.packs.acme!.weakest[0]).toEqual({
      pack: "acme",
      fact: "b",
      answers: 8,
      correct: 0,
      accuracy: 0,
      missedSessions: 8,
      leech: true,
    });
    expect(openai.flagged).toEqual([
      { question: "q-tf", reason: "unclear", at: "2024-03-02T09:05:00Z", packHash: "h1" },
    ]);
  });

  it("says nothing of packs never answered", () => {
    expect(computeStats([], [], { now })).toEqual({
      answers: 0,
      correct: 0,
      accuracy: 0,
      sessions: 0,
      due: 0,
      packs: {},
    });
  });
});

describe("lastScoreOf", () => {
  it("adds partial credit", () => {
    const partial = [
      answer({ at: "2024-03-01T09:00:00Z", session: "x", score: 0.5, correct: false }),
      answer({ at: "2024-03-01T09:01:00Z", session: "x", score: 0.25, correct: false }),
      answer({ at: "2024-03-01T09:02:00Z", session: "x" }),
    ];
    expect(lastScoreOf(partial, "p")).toEqual({
      score: 1.75,
      total: 3,
      at: "2024-03-01T09:02:00Z",
    });
  });
});
