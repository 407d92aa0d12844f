import { describe, expect, it } from "vitest";
import { gradeResponse, isScored, multipleWeights } from "../../../src/core/quiz/scoring.js";
import {
  description,
  essay,
  matching,
  multiple,
  numeric,
  ordering,
  short,
  single,
  truefalse,
} from "./fixtures.js";

describe("gradeResponse", () => {
  it("single: 1 for the right choice with its feedback, 0 for another", () => {
    expect(gradeResponse(single, { type: "single", choice: 0 })).toEqual({
      score: 1,
      correct: true,
      feedback: ["yes, X"],
    });
    expect(gradeResponse(single, { type: "single", choice: 1 })).toEqual({
      score: 0,
      correct: false,
      feedback: ["no, not LinkedIn"],
    });
    expect(gradeResponse(single, { type: "single", choice: 9 }).score).toBe(0);
  });

  it("single: a wrong choice with a weight earns that share", () => {
    const weighted = {
      ...single,
      choices: [single.choices[0]!, { text: "Twitter", correct: false, weight: 50 }],
    } as typeof single;
    expect(gradeResponse(weighted, { type: "single", choice: 1 })).toEqual({
      score: 0.5,
      correct: false,
      feedback: [],
    });
  });

  it("multiple: each right pick earns a third, each wrong pick takes a third back, never below 0", () => {
    const score = (choices: number[]) =>
      gradeResponse(multiple, { type: "multiple", choices }).score;
    expect(score([0, 1, 2])).toBe(1);
    expect(score([0, 1])).toBe(0.6667);
    expect(score([0, 1, 2, 3])).toBe(0.6667);
    expect(score([0, 1, 2, 3, 4])).toBe(0.3333);
    expect(score([3, 4])).toBe(0);
    expect(score([])).toBe(0);
    expect(gradeResponse(multiple, { type: "multiple", choices: [0, 1, 2] }).correct).toBe(true);
    expect(gradeResponse(multiple, { type: "multiple", choices: [0, 3] }).feedback).toEqual([
      "interim CEO",
    ]);
  });

  it("multiple: explicit Moodle weights are used as given", () => {
    const choices = [
      { text: "a", correct: true, weight: 50 },
      { text: "b", correct: true, weight: 50 },
      { text: "c", correct: false, weight: -100 },
      { text: "d", correct: false },
    ];
    expect(multipleWeights(choices)).toEqual([50, 50, -100, -50]);
    const q = { ...multiple, choices } as typeof multiple;
    expect(gradeResponse(q, { type: "multiple", choices: [0, 2] }).score).toBe(0);
    expect(gradeResponse(q, { type: "multiple", choices: [0] }).score).toBe(0.5);
  });

  it("truefalse: right or wrong, with the feedback for a wrong answer", () => {
    expect(gradeResponse(truefalse, { type: "truefalse", value: true })).toEqual({
      score: 1,
      correct: true,
      feedback: [],
    });
    expect(gradeResponse(truefalse, { type: "truefalse", value: false })).toEqual({
      score: 0,
      correct: false,
      feedback: ["It did begin in 2016."],
    });
  });

  it("numeric: inside the tolerance is right, its edges included, outside is wrong", () => {
    const score = (value: number) => gradeResponse(numeric, { type: "numeric", value }).score;
    expect([score(700), score(670), score(730), score(669), score(731), score(770)]).toEqual([
      1, 1, 1, 0, 0, 0,
    ]);
  });

  it("numeric: a range, and the best weight among the answers that contain the number", () => {
    const q = {
      ...numeric,
      answers: [
        { min: 500, max: 550 },
        { value: 770, tolerance: 0, weight: 50, feedback: "that is the total" },
      ],
    } as typeof numeric;
    expect(gradeResponse(q, { type: "numeric", value: 520 }).score).toBe(1);
    expect(gradeResponse(q, { type: "numeric", value: 770 })).toEqual({
      score: 0.5,
      correct: false,
      feedback: ["that is the total"],
    });
    expect(gradeResponse(q, { type: "numeric", value: 600 }).score).toBe(0);
  });

  it("short: forgives case, accents and a small typo, refuses another name", () => {
    const ok = (text: string) => gradeResponse(short, { type: "short", text }).correct;
    expect(
      [
        "Emmett Shear",
        "Emmet Shear",
        "emmett shear",
        "  EMMETT   SHEAR ",
        "Émmett Shéar",
        "Emmett Sheer",
      ].map(ok),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      ["Greg Brockman", "Shear", "Emmett", "Emmett Shear Twitch", "", "Emet Shar"].map(ok),
    ).toEqual([false, false, false, false, false, false]);
  });

  it("short: in short words one typo is another word, so it is refused", () => {
    const twitch = { ...short, answers: ["Twitch"] } as typeof short;
    const ok = (text: string) => gradeResponse(twitch, { type: "short", text }).correct;
    expect([
      ok("twitch"),
      ok("Twich"),
      ok("Twitcj"),
      ok("Switch"),
      ok("Twitter"),
      ok("Glitch"),
    ]).toEqual([true, true, true, false, false, false]);
    const musk = { ...short, answers: ["Musk"] } as typeof short;
    expect(gradeResponse(musk, { type: "short", text: "Mask" }).correct).toBe(false);
    expect(gradeResponse(musk, { type: "short", text: "musk" }).correct).toBe(true);
  });

  it("numeric and short: a feedback for answers that match none, where the question has one", () => {
    const q = { ...short, feedbackWrong: "It was Emmett Shear." } as typeof short;
    expect(gradeResponse(q, { type: "short", text: "Greg Brockman" }).feedback).toEqual([
      "It was Emmett Shear.",
    ]);
    const n = { ...numeric, feedbackWrong: "About 700." } as typeof numeric;
    expect(gradeResponse(n, { type: "numeric", value: 5 }).feedback).toEqual(["About 700."]);
    expect(gradeResponse(n, { type: "numeric", value: 700 }).feedback).toEqual([]);
  });

  it("short: several accepted answers, weights and feedback", () => {
    const q = {
      ...short,
      answers: [
        "Emmett Shear",
        { text: "Mira Murati", weight: 0, feedback: "She was the first interim CEO." },
      ],
    } as typeof short;
    expect(gradeResponse(q, { type: "short", text: "mira murati" })).toEqual({
      score: 0,
      correct: false,
      feedback: ["She was the first interim CEO."],
    });
  });

  it("matching: the share of pairs matched", () => {
    const grade = (rights: (string | null)[]) =>
      gradeResponse(matching, { type: "matching", rights }).score;
    expect(grade(["CTO", "chief scientist", "research director", "chairman"])).toBe(1);
    expect(grade(["CTO", "chief scientist", "chairman", "research director"])).toBe(0.5);
    expect(grade(["CTO", null, null, null])).toBe(0.25);
    expect(grade(["chairman", "CTO", "chief scientist", "research director"])).toBe(0);
  });

  it("ordering: the share of neighbours kept", () => {
    const grade = (order: number[]) => gradeResponse(ordering, { type: "ordering", order }).score;
    expect(grade([0, 1, 2, 3, 4])).toBe(1);
    expect(grade([1, 2, 3, 4, 0])).toBe(0.75);
    expect(grade([1, 0, 2, 3, 4])).toBe(0.5);
    expect(grade([4, 3, 2, 1, 0])).toBe(0);
    expect(grade([0, 1, 2])).toBe(0);
    expect(grade([0, 0, 1, 2, 3])).toBe(0);
  });

  it("essays and descriptions are not scored; a response of another type scores 0", () => {
    expect([essay, description, single].map(isScored)).toEqual([false, false, true]);
    expect(gradeResponse(single, { type: "truefalse", value: true }).score).toBe(0);
  });
});
