import { describe, expect, it } from "vitest";
import type { ItemHistory } from "../../../src/core/progress/port.js";
import { chooseQuizQuestions } from "../../../src/core/quiz/choose-questions.js";

// Candidates in the generator's order, best first; a fact can have several questions.
const q = (id: string, ...facts: string[]) => ({ id, facts });
const candidates = [
  q("a.who", "a"),
  q("a.when", "a"),
  q("b.who", "b"),
  q("c.who", "c"),
  q("d.who", "d"),
  q("written-1"),
  q("e.who", "e"),
];
const NOW = Date.parse("2024-03-10T12:00:00Z");
const fact = (id: string, due: string, lastAsked: string): ItemHistory => ({
  ref: { fact: id },
  due,
  lastAsked,
});
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe("chooseQuizQuestions", () => {
  it("without history, asks in the generator's order, each fact once before any twice", () => {
    expect(ids(chooseQuizQuestions(candidates, [], { count: 4, now: NOW }))).toEqual([
      "a.who",
      "b.who",
      "c.who",
      "d.who",
    ]);
    expect(ids(chooseQuizQuestions(candidates, [], { count: 7, now: NOW }))).toEqual([
      "a.who",
      "b.who",
      "c.who",
      "d.who",
      "written-1",
      "e.who",
      "a.when",
    ]);
  });

  it("asks what is due first (most overdue first), then what is new, then the rest, oldest first", () => {
    const history = [
      // Answered right yesterday: due in days.
      fact("a", "2024-03-14T12:00:00Z", "2024-03-09T12:00:00Z"),
      // Missed: due since this morning, and since last week.
      fact("c", "2024-03-10T09:00:00Z", "2024-03-10T08:50:00Z"),
      fact("e", "2024-03-03T09:00:00Z", "2024-03-03T08:50:00Z"),
      // Right a week ago, due later than a.
      fact("b", "2024-03-20T12:00:00Z", "2024-03-03T12:00:00Z"),
      {
        ref: { question: "written-1" },
        due: "2024-03-10T12:00:00Z",
        lastAsked: "2024-03-10T11:50:00Z",
      },
    ];
    expect(ids(chooseQuizQuestions(candidates, history, { count: 7, now: NOW }))).toEqual([
      "e.who",
      "c.who",
      // Due at this very minute.
      "written-1",
      "d.who",
      // Seen and not due: b was asked longest ago.
      "b.who",
      "a.who",
      "a.when",
    ]);
  });

  it("takes a question on a fact never asked as new, even beside a fact asked", () => {
    const both = [q("ab.order", "a", "b"), q("a.who", "a")];
    const history = [fact("a", "2024-03-14T12:00:00Z", "2024-03-09T12:00:00Z")];
    expect(ids(chooseQuizQuestions(both, history, { count: 1, now: NOW }))).toEqual(["ab.order"]);
  });
});
