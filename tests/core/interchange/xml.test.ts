import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../../src/core/interchange/formats.js";
import { importText } from "../../helpers/interop.js";
import { ROOT } from "../../helpers/run-cli.js";

const read = (...path: string[]) => readFileSync(join(ROOT, "tests", "fixtures", ...path), "utf8");

describe("Moodle XML import", () => {
  const { questions, issues } = importText(read("interchange", "features.xml"), "xml");
  const byId = new Map(questions.map((q) => [q.id, q]));

  it("reads every type Moodle XML holds, and names the one it does not at its line", () => {
    expect(questions.map((q) => `${q.id}:${q.type}`)).toEqual([
      "longest-river:single",
      "capitals-on-a-river:multiple",
      "seine-in-paris:truefalse",
      "mouth:short",
      "symbol:short",
      "length:numeric",
      "cities:matching",
      "floods:essay",
      "intro:description",
    ]);
    expect(issues).toEqual([
      {
        line: 72,
        message:
          'a question of type "calculated"; expected one of: multichoice, truefalse, shortanswer, numerical, matching, match, ordering, cloze, multianswer, essay, description',
      },
    ]);
  });

  it("keeps HTML in CDATA, the format, the category, tags, penalty, general and per-answer feedback", () => {
    expect(byId.get("longest-river")).toEqual({
      id: "longest-river",
      title: "Longest",
      prompt: "<p>Which river is the <b>longest</b> in France?</p>",
      format: "html",
      explanation: "<p>The Loire runs 1&nbsp;006 km.</p>",
      category: "$course$/top/Rivers",
      tags: ["geography"],
      penalty: 0.5,
      sources: [],
      facts: [],
      type: "single",
      choices: [
        { text: "Loire", correct: true, feedback: "Yes." },
        { text: "Seine", correct: false },
        { text: "Rhône", correct: false, weight: 25, feedback: "Close." },
      ],
    });
  });

  it("reads weights, wildcards, case, tolerances, units and the feedback for any other answer", () => {
    expect(byId.get("capitals-on-a-river")).toMatchObject({
      type: "multiple",
      choices: [
        { text: "Paris", correct: true },
        { text: "Berlin", correct: true },
        { text: "Canberra", correct: false, weight: -100 },
      ],
    });
    expect(byId.get("mouth")).toMatchObject({
      answers: [
        { text: "*Atlantic*", feedback: "Into the ocean." },
        { text: "ocean", weight: 50 },
      ],
      feedbackWrong: "Look at a map.",
    });
    expect(byId.get("symbol")).toMatchObject({ answers: ["Co"], caseSensitive: true });
    expect(byId.get("length")).toMatchObject({
      answers: [
        { value: 1006, tolerance: 10, feedback: "About that." },
        { value: 1000, tolerance: 100, weight: 50 },
      ],
      unit: "km",
      feedbackWrong: "Much more.",
    });
    expect(byId.get("cities")).toMatchObject({
      pairs: [
        { left: "Paris", right: "Seine" },
        { left: "Lyon", right: "Rhône" },
        { left: "", right: "Thames" },
      ],
    });
    expect(byId.get("intro")?.prompt).toBe("Questions about <rivers> & cities.");
  });

  it("reports XML that is not well formed once, at its line", () => {
    expect(importText('<quiz>\n<question type="essay">\n</quiz>', "xml").issues).toEqual([
      {
        line: 3,
        message:
          "Expected closing tag 'question' (opened in line 2, col 1) instead of closing tag 'quiz'.; expected well-formed XML",
      },
    ]);
  });
});

describe("Moodle's own XML fixtures", () => {
  it("imports nested categories with their questions, as Moodle's test expects", () => {
    const file = read("third-party", "moodle", "nested_categories_with_questions.xml");
    expect(detectFormat("x.txt", file)).toBe("xml");
    const { questions, issues } = importText(file, "xml");
    expect(issues).toEqual([]);
    expect(questions.map((q) => [q.title, q.type, q.category, q.penalty])).toEqual([
      ["Iota Question", "truefalse", "$course$/Iota", 1],
      ["Kappa Essay Question", "essay", "$course$/Iota/Kappa", 0],
      ["Kappa Question", "truefalse", "$course$/Iota/Kappa", 1],
      ["Lambda Question", "truefalse", "$course$/Iota/Kappa/Lambda", 1],
      ["Mu Question", "truefalse", "$course$/Iota/Mu", 1],
    ]);
    expect(questions[0]).toMatchObject({ prompt: "<p>Testing Iota Question</p>", answer: true });
  });
});
