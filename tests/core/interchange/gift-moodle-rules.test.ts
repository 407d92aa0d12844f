import { describe, expect, it } from "vitest";
import { writeGift } from "../../../src/core/interchange/gift/write.js";
import { gradeResponse } from "../../../src/core/quiz/scoring.js";
import { importText } from "../../helpers/interop.js";

// GIFT read the way Moodle's importer reads it, where newsquiz used to read it otherwise.

const one = (gift: string) => {
  const { questions, issues } = importText(gift, "gift");
  expect(issues).toEqual([]);
  expect(questions).toHaveLength(1);
  return { ...questions[0]!, kind: "written" as const };
};

describe("GIFT as Moodle reads it", () => {
  it("reads {=a =b ~c} as one single-choice question where either = earns full marks", () => {
    const q = one("Which two are primes?{=two =three ~four}");
    expect(q.type).toBe("single");
    expect(q.type === "single" && q.choices.map((c) => c.correct)).toEqual([true, true, false]);
    expect(gradeResponse(q, { type: "single", choice: 0 }).score).toBe(1);
    expect(gradeResponse(q, { type: "single", choice: 1 }).score).toBe(1);
    expect(gradeResponse(q, { type: "single", choice: 2 }).score).toBe(0);
  });

  it("writes such a question back with an = on each right choice, as Moodle exports it", () => {
    const q = one("Which two are primes?{=two =three ~four}");
    expect(writeGift([q]).text).toContain("{\n\t=two\n\t=three\n\t~four\n}");
  });

  it("reads ~= as a right choice, as Moodle does, instead of refusing it", () => {
    const q = one("How many?{~=some ~a few ~none}");
    expect(q.type === "single" && q.choices).toEqual([
      { text: "some", correct: true },
      { text: "a few", correct: false },
      { text: "none", correct: false },
    ]);
  });

  it("names the # that empties a choice", () => {
    const { issues } = importText("Colour?{=#ff0000 ~blue}", "gift");
    expect(issues).toEqual([
      {
        line: 1,
        message:
          "choice 1 is empty: the # after = starts its feedback; expected its text before #, or \\# for a literal #",
      },
    ]);
  });

  it("says that {{ variable }} looks like a template placeholder", () => {
    const { issues } = importText("Hello {{ name }}, how are you?", "gift");
    expect(issues).toEqual([
      {
        line: 1,
        message:
          '"{{ name }}" looks like a template placeholder, not GIFT answers; expected {answers}, or \\{ for a literal brace',
      },
    ]);
  });
});
