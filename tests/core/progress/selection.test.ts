import { describe, expect, it } from "vitest";
import { type AskableQuestion, planReview } from "../../../src/core/progress/review-plan.js";
import { buildSchedule } from "../../../src/core/progress/schedule.js";
import {
  cramItems,
  dueCount,
  dueItems,
  missedItems,
  packItems,
  type ReviewItem,
} from "../../../src/core/progress/selection.js";
import { answer, flag } from "../../helpers/answers.js";

const questions: AskableQuestion[] = [
  { id: "q-who", type: "single", facts: ["altman"] },
  { id: "q-who-hard", type: "single", facts: ["altman"], difficulty: "hard" },
  { id: "q-who-typed", type: "short", facts: ["altman"] },
  { id: "q-when", type: "single", facts: ["fired"] },
  { id: "q-new", type: "single", facts: ["new-fact"] },
  { id: "q-both", type: "ordering", facts: ["altman", "fired"] },
  { id: "q-essay", type: "essay", facts: ["essay-fact"] },
  { id: "q-nofacts", type: "truefalse", facts: [] },
];

const log = [
  answer({ at: "2024-03-01T09:00:00Z", question: "q-who", facts: ["altman"] }),
  answer({ at: "2024-03-01T09:01:00Z", question: "q-when", facts: ["fired"], correct: false }),
  answer({ at: "2024-03-01T09:02:00Z", question: "q-nofacts", facts: [] }),
  answer({ at: "2024-03-01T09:03:00Z", question: "q-essay", facts: ["essay-fact"] }),
  answer({
    at: "2024-03-01T10:00:00Z",
    pack: "other",
    question: "q-x",
    facts: ["x"],
    correct: false,
    session: "s2",
  }),
];
const schedule = buildSchedule(log);

const names = (items: readonly ReviewItem[]) =>
  items.map((i) => `${i.ref.pack}/${"fact" in i.ref ? i.ref.fact : `q:${i.ref.question}`}`);

describe("dueItems", () => {
  it("lists what is due at a moment across packs, least likely recalled first", () => {
    expect(names(dueItems(schedule, new Date("2024-03-01T09:10:59Z")))).toEqual([]);
    expect(names(dueItems(schedule, new Date("2024-03-02T09:00:00Z")))).toEqual([
      "p/fired",
      "other/x",
    ]);
    expect(names(dueItems(schedule, new Date("2024-03-05T09:00:00Z")))).toEqual([
      "p/fired",
      "other/x",
      "p/altman",
      "p/q:q-nofacts",
      "p/essay-fact",
    ]);
  });

  it("lists one pack's, and counts them", () => {
    const now = new Date("2024-03-05T09:00:00Z");
    expect(names(dueItems(schedule, now, "other"))).toEqual(["other/x"]);
    expect([dueCount(schedule, "p", now), dueCount(schedule, "other", now)]).toEqual([4, 1]);
    expect(dueCount(schedule, "p", new Date("2024-03-02T09:00:00Z"))).toBe(1);
    expect(dueCount(schedule, "nope", now)).toBe(0);
  });
});

describe("cramItems", () => {
  it("takes every item of the pack whatever its due date: missed or new first, then weakest", () => {
    const refs = packItems("p", questions);
    expect(names(refs.map((ref) => ({ ref }) as ReviewItem))).toEqual([
      "p/altman",
      "p/fired",
      "p/new-fact",
      "p/essay-fact",
      "p/q:q-nofacts",
    ]);
    const cram = cramItems(schedule, refs, new Date("2024-03-01T12:00:00Z"));
    // Recall is reckoned in whole days, so the three answered right that morning tie and keep
    // the pack's order.
    expect(names(cram)).toEqual([
      "p/fired",
      "p/new-fact",
      "p/altman",
      "p/essay-fact",
      "p/q:q-nofacts",
    ]);
    expect(cram.map((i) => i.reason)).toEqual(["cram", "cram", "cram", "cram", "cram"]);
  });
});

describe("missedItems", () => {
  const later = [
    ...log,
    answer({
      at: "2024-03-02T09:00:00Z",
      question: "q-both",
      facts: ["altman", "fired"],
      correct: false,
      session: "s3",
    }),
    answer({
      at: "2024-03-02T09:01:00Z",
      question: "q-who",
      facts: ["altman"],
      correct: false,
      session: "s3",
    }),
    answer({ at: "2024-03-02T09:02:00Z", question: "q-nofacts", facts: [], session: "s3" }),
    answer({
      at: "2024-03-02T09:03:00Z",
      question: "q-who",
      facts: ["altman"],
      correct: false,
      session: "s3",
    }),
    answer({
      at: "2024-03-02T10:00:00Z",
      pack: "other",
      question: "q-x",
      facts: ["x"],
      correct: false,
      session: "s4",
    }),
  ];
  const now = new Date("2024-03-02T12:00:00Z");

  it("takes what was missed in the pack's last session, with the question missed", () => {
    const missed = missedItems(later, "p", buildSchedule(later), now);
    expect(missed.map((i) => [names([i])[0], i.question])).toEqual([
      ["p/altman", "q-both"],
      ["p/fired", "q-both"],
      ["p/altman", "q-who"],
    ]);
    expect(names(missedItems(log, "p", schedule, now))).toEqual(["p/fired"]);
    expect(missedItems(later, "nope", schedule, now)).toEqual([]);
  });

  it("leaves out a question flagged since", () => {
    const missed = missedItems(later, "p", buildSchedule(later), now, [
      flag({ question: "q-both" }),
    ]);
    expect(missed.map((i) => i.question)).toEqual(["q-who"]);
  });
});

describe("planReview", () => {
  const sure = [
    ...log.slice(1),
    answer({
      at: "2024-03-01T09:05:00Z",
      question: "q-who",
      facts: ["altman"],
      certainty: "high",
      session: "s0",
    }),
  ];
  const items = dueItems(buildSchedule(sure), new Date("2024-03-12T09:00:00Z"));
  const plan = planReview(items, (pack) => (pack === "p" ? questions : []));

  it("picks one question per item at the item's level, varying the wording", () => {
    expect(
      plan.questions.map((q) => ({
        question: q.question.id,
        level: q.ask.level,
        items: names(q.items),
      })),
    ).toEqual([
      // Missed, so at choices; q-both never asked about "fired", so it is preferred to q-when.
      { question: "q-both", level: "choice", items: ["p/fired"] },
      { question: "q-nofacts", level: "choice", items: ["p/q:q-nofacts"] },
      // Answered right and sure: a week's stability, so hard distractors.
      { question: "q-who-hard", level: "hard-choice", items: ["p/altman"] },
    ]);
  });

  it("says which items no question can ask about (essays, a pack that is gone)", () => {
    expect(names(plan.unaskable)).toEqual(["other/x", "p/essay-fact"]);
    expect(plan.later).toBe(0);
  });

  it("asks a question once for every item it tests, and stops at the count", () => {
    const refs = packItems("p", questions);
    const cram = cramItems(buildSchedule(log), refs, new Date("2024-03-01T12:00:00Z"));
    const all = planReview(cram, () => questions);
    expect(all.questions.map((q) => [q.question.id, names(q.items)])).toEqual([
      ["q-both", ["p/fired", "p/altman"]],
      ["q-new", ["p/new-fact"]],
      ["q-nofacts", ["p/q:q-nofacts"]],
    ]);
    const two = planReview(cram, () => questions, 2);
    expect(two.questions.map((q) => q.question.id)).toEqual(["q-both", "q-new"]);
    expect(two.later).toBe(1);
  });

  it("asks a missed question again, at its own level", () => {
    const missed = missedItems(log, "p", schedule, new Date("2024-03-01T12:00:00Z"));
    const again = planReview(missed, () => questions);
    expect(again.questions.map((q) => [q.question.id, q.ask.level])).toEqual([
      ["q-when", "choice"],
    ]);
  });
});
