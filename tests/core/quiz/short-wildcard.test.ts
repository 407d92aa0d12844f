import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/core/question/model.js";
import { expectedAnswer } from "../../../src/core/quiz/answer-text.js";
import { presentQuestions } from "../../../src/core/quiz/presentation.js";
import { gradeResponse } from "../../../src/core/quiz/scoring.js";
import { importText } from "../../helpers/interop.js";

// Moodle's short-answer matching: `*` stands for any text, case per question.

const short = (gift: string, extra: Record<string, unknown> = {}): Question => {
  const { questions, issues } = importText(gift, "gift");
  expect(issues).toEqual([]);
  return { ...questions[0]!, ...extra, kind: "written" } as Question;
};
const score = (q: Question, text: string) => gradeResponse(q, { type: "short", text }).score;

describe("short answers with Moodle's wildcard", () => {
  const q = short("How was it done?{=%100%*manually*#Correct}");

  it("reads * as any text, before, after or none", () => {
    expect(score(q, "manually")).toBe(1);
    expect(score(q, "It was done manually, by hand")).toBe(1);
    expect(score(q, "MANUALLY")).toBe(1);
    expect(score(q, "automatically")).toBe(0);
  });

  it("gives the feedback of the pattern that matched", () => {
    expect(gradeResponse(q, { type: "short", text: "manually" }).feedback).toEqual(["Correct"]);
  });

  it("shows the answer without its wildcards", () => {
    expect(expectedAnswer(presentQuestions([q], 1)[0]!, "en")).toEqual(["manually"]);
  });

  it("reads \\* as a star, not a wildcard", () => {
    const star = short("Six times seven?{=6\\*7}");
    expect(score(star, "6*7")).toBe(1);
    expect(score(star, "6 times 7")).toBe(0);
  });

  it("tries the answers in order, as Moodle does: the first that matches counts", () => {
    const ordered = short("Capital?{=%50%P* =Paris}");
    expect(score(ordered, "Paris")).toBe(0.5);
  });

  it("compares a case-sensitive question exactly, typos and case included", () => {
    const symbol = short("Symbol of cobalt?{=Co}", { caseSensitive: true });
    expect(score(symbol, "Co")).toBe(1);
    expect(score(symbol, " Co ")).toBe(1);
    expect(score(symbol, "CO")).toBe(0);
    expect(score(symbol, "co")).toBe(0);
    const pattern = short("Name a Co compound?{=Co*}", { caseSensitive: true });
    expect(score(pattern, "CoCl2")).toBe(1);
    expect(score(pattern, "cocl2")).toBe(0);
  });

  it("still forgives typos in plain answers of a question that is not case-sensitive", () => {
    const name = short("Who?{=Emmett Shear}");
    expect(score(name, "emmet shear")).toBe(1);
  });
});
