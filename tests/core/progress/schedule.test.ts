import { Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { gradeOf } from "../../../src/core/progress/grade.js";
import {
  buildSchedule,
  itemKey,
  LEECH_MISSES,
  retrievability,
  type Schedule,
} from "../../../src/core/progress/schedule.js";
import { answer, flag } from "../../helpers/answers.js";

// A scripted reader over five weeks, at a fixed clock (every answer carries its own time).
const script = [
  answer({ at: "2024-03-01T09:00:00Z", question: "who-ceo", facts: ["altman"], session: "s1" }),
  answer({
    at: "2024-03-01T09:01:00Z",
    question: "when-fired",
    facts: ["fired"],
    correct: false,
    session: "s1",
  }),
  answer({
    at: "2024-03-01T09:02:00Z",
    question: "staff",
    facts: [],
    certainty: "high",
    session: "s1",
  }),
  answer({
    at: "2024-03-01T09:03:00Z",
    question: "who-ceo-reworded",
    facts: ["altman"],
    correct: false,
    session: "s1",
  }),
  answer({ at: "2024-03-01T18:00:00Z", question: "who-ceo", facts: ["altman"], session: "s2" }),
  answer({
    at: "2024-03-01T18:01:00Z",
    question: "when-fired",
    facts: ["fired"],
    certainty: "low",
    session: "s2",
  }),
  answer({
    at: "2024-03-04T09:00:00Z",
    question: "who-ceo-reworded",
    facts: ["altman", "fired"],
    session: "s3",
  }),
  answer({ at: "2024-03-18T09:00:00Z", question: "who-ceo", facts: ["altman"], session: "s4" }),
  answer({
    at: "2024-04-05T09:00:00Z",
    question: "who-ceo",
    facts: ["altman"],
    correct: false,
    session: "s5",
  }),
  answer({ at: "2024-04-05T09:30:00Z", question: "who-ceo", facts: ["altman"], session: "s6" }),
];

function dueDates(schedule: Schedule): Record<string, string> {
  return Object.fromEntries(
    [...schedule.values()].map((m) => [
      "fact" in m.ref ? m.ref.fact : `question:${m.ref.question}`,
      m.card.due.toISOString(),
    ]),
  );
}

describe("buildSchedule", () => {
  it("gives these exact due dates after each answer of the script", () => {
    const dueAfter = (n: number) => dueDates(buildSchedule(script.slice(0, n)));
    // Right the first time: back in two days.
    expect(dueAfter(1)).toEqual({ altman: "2024-03-03T09:00:00.000Z" });
    // Wrong: back in ten minutes.
    expect(dueAfter(2)).toMatchObject({ fired: "2024-03-01T09:11:00.000Z" });
    // A question with no facts is scheduled by its id; sure and right (Easy): eight days.
    expect(dueAfter(3)).toMatchObject({ "question:staff": "2024-03-09T09:02:00.000Z" });
    // The same fact missed later in the same session: the session counts as a miss, from 09:00.
    expect(dueAfter(4)).toMatchObject({ altman: "2024-03-01T09:10:00.000Z" });
    // Right in the evening: out of learning, back the next day.
    expect(dueAfter(5)).toMatchObject({ altman: "2024-03-02T18:00:00.000Z" });
    // Right but unsure (Hard) while still learning: fifteen minutes.
    expect(dueAfter(6)).toMatchObject({ fired: "2024-03-01T18:16:00.000Z" });
    // One question testing two facts reviews both.
    expect(dueAfter(7)).toMatchObject({
      altman: "2024-03-07T09:00:00.000Z",
      fired: "2024-03-06T09:00:00.000Z",
    });
    // Right two weeks later: eighteen days.
    expect(dueAfter(8)).toMatchObject({ altman: "2024-04-05T09:00:00.000Z" });
    // Forgotten: back in ten minutes, and its stability collapses.
    expect(dueAfter(9)).toMatchObject({ altman: "2024-04-05T09:10:00.000Z" });
    expect(dueAfter(10)).toEqual({
      altman: "2024-04-07T09:30:00.000Z",
      fired: "2024-03-06T09:00:00.000Z",
      "question:staff": "2024-03-09T09:02:00.000Z",
    });
  });

  it("keeps the counts and the state of each item", () => {
    const altman = buildSchedule(script).get(itemKey({ pack: "p", fact: "altman" }))!;
    expect({
      reviews: altman.reviews,
      misses: altman.misses,
      lastGrade: altman.lastGrade,
      lastReview: altman.lastReview.toISOString(),
      state: altman.card.state,
      stability: Number(altman.card.stability.toFixed(2)),
      askedAt: Object.fromEntries(
        [...altman.askedAt].map(([q, t]) => [q, new Date(t).toISOString()]),
      ),
      leech: altman.leech,
    }).toEqual({
      reviews: 6,
      misses: 2,
      lastGrade: Rating.Good,
      lastReview: "2024-04-05T09:30:00.000Z",
      state: State.Review,
      stability: 1.85,
      askedAt: {
        "who-ceo": "2024-04-05T09:30:00.000Z",
        "who-ceo-reworded": "2024-03-04T09:00:00.000Z",
      },
      leech: false,
    });
  });

  it("schedules a fact the same whatever question asked it (reworded, other kind)", () => {
    // (A question naming no fact is its own item, so it keeps its id.)
    const reworded = script.map((a, n) =>
      a.facts.length === 0 ? a : { ...a, question: `q${n}`, kind: "when" as const },
    );
    expect(dueDates(buildSchedule(reworded))).toEqual(dueDates(buildSchedule(script)));
  });

  it("gives the same schedule whatever order the log holds the answers in", () => {
    expect(dueDates(buildSchedule([...script].reverse()))).toEqual(dueDates(buildSchedule(script)));
  });

  it("leaves out answers to a question flagged in that version of the pack", () => {
    const log = [
      answer({ at: "2024-03-01T09:00:00Z", question: "bad", correct: false }),
      answer({ at: "2024-03-01T09:01:00Z", question: "good" }),
    ];
    expect(dueDates(buildSchedule(log, [flag({ question: "bad" })]))).toEqual({
      f1: "2024-03-03T09:01:00.000Z",
    });
    // A flag on another version of the pack does not apply.
    expect(dueDates(buildSchedule(log, [flag({ question: "bad", packHash: "h0" })]))).toEqual({
      f1: "2024-03-01T09:10:00.000Z",
    });
  });

  it("keeps packs apart: the same fact id in two packs is two items", () => {
    const log = [
      answer({ at: "2024-03-01T09:00:00Z", pack: "a" }),
      answer({ at: "2024-03-01T09:00:00Z", pack: "b", correct: false }),
    ];
    const schedule = buildSchedule(log);
    expect(schedule.get(itemKey({ pack: "a", fact: "f1" }))!.card.due.toISOString()).toBe(
      "2024-03-03T09:00:00.000Z",
    );
    expect(schedule.get(itemKey({ pack: "b", fact: "f1" }))!.card.due.toISOString()).toBe(
      "2024-03-01T09:10:00.000Z",
    );
  });

  it("marks a fact missed in eight sessions as a leech, not one missed eight times in one", () => {
    const misses = (sessions: number, perSession: number) =>
      Array.from({ length: sessions * perSession }, (_, n) =>
        answer({
          at: new Date(
            Date.UTC(2024, 2, 1 + Math.floor(n / perSession), 9, n % perSession),
          ).toISOString(),
          correct: false,
          session: `s${Math.floor(n / perSession)}`,
        }),
      );
    const key = itemKey({ pack: "p", fact: "f1" });
    expect(LEECH_MISSES).toBe(8);
    expect(buildSchedule(misses(7, 1)).get(key)!.leech).toBe(false);
    expect(buildSchedule(misses(8, 1)).get(key)!).toMatchObject({ misses: 8, leech: true });
    expect(buildSchedule(misses(1, 8)).get(key)!).toMatchObject({ misses: 1, leech: false });
  });

  it("gives the recall probability at a moment", () => {
    const memory = buildSchedule(script.slice(0, 1)).get(itemKey({ pack: "p", fact: "altman" }))!;
    expect(retrievability(memory, new Date("2024-03-01T09:00:00Z"))).toBe(1);
    expect(retrievability(memory, new Date("2024-03-03T09:00:00Z")).toFixed(3)).toBe("0.909");
  });
});

describe("gradeOf", () => {
  it("maps right, wrong, partial credit and certainty to FSRS grades", () => {
    const g = (correct: boolean, score: number, certainty?: "low" | "medium" | "high") =>
      Rating[gradeOf({ correct, score, certainty })];
    expect([g(false, 0), g(false, 0, "high"), g(false, 0.5, "low")]).toEqual([
      "Again",
      "Again",
      "Again",
    ]);
    expect([g(true, 1), g(true, 1, "low"), g(true, 1, "medium"), g(true, 1, "high")]).toEqual([
      "Good",
      "Hard",
      "Good",
      "Easy",
    ]);
    expect([g(true, 0.75), g(true, 0.75, "high"), g(true, 0.75, "low")]).toEqual([
      "Hard",
      "Hard",
      "Hard",
    ]);
  });
});
