import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importText } from "../../helpers/interop.js";
import { ROOT } from "../../helpers/run-cli.js";

const fixture = (name: string) =>
  readFileSync(join(ROOT, "tests", "fixtures", "interchange", name), "utf8");

describe("Aiken import", () => {
  it("imports the well-formed questions and reports each error at its line", () => {
    const { questions, issues } = importText(fixture("errors.aiken"), "aiken");
    expect(questions).toEqual([
      {
        id: "qui-a-renvoye-sam-altman",
        type: "single",
        prompt: "Qui a renvoyé Sam Altman ?",
        choices: [
          { text: "Le conseil", correct: true },
          { text: "Microsoft", correct: false },
        ],
        sources: [],
        facts: [],
        tags: [],
      },
      {
        id: "question-suivante",
        type: "single",
        prompt: "Question suivante",
        choices: [
          { text: "Un", correct: false },
          { text: "Deux", correct: true },
        ],
        sources: [],
        facts: [],
        tags: [],
      },
    ]);
    expect(issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      '6: question "Une seule réponse" has 1 choice; expected at least two (A) …, B) …) before ANSWER: on line 8',
      '10: choice "B) Choix sans question" comes before any question; expected the question on the line above its choices',
      "12: ANSWER: with no question before it; expected a question line and its choices first",
      '14: question "Question sans ANSWER" has no ANSWER: line; expected ANSWER: and the letter of the right choice before the next question (line 17)',
      '25: ANSWER: "E" names no choice; expected one of the letters A, B',
      '27: question "Question finale sans réponse" has no ANSWER: line; expected ANSWER: and the letter of the right choice at the end of the file',
    ]);
  });
});

describe("JSON import", () => {
  it("reports a malformed question at its line with what the schema expected", () => {
    const text = [
      "{",
      '  "questions": [',
      '    { "id": "ok", "type": "truefalse", "prompt": "Vrai ?", "answer": true },',
      '    { "type": "single", "prompt": "Qui ?", "choices": [{ "text": "a" }, { "text": "b" }] },',
      '    { "type": "numeric", "prompt": "Combien ?", "answers": [] },',
      '    "not a question"',
      "  ]",
      "}",
    ].join("\n");
    const { questions, issues } = importText(text, "json");
    expect(questions.map((q) => q.id)).toEqual(["ok"]);
    expect(issues).toEqual([
      { line: 4, message: "choices: expected at least one choice marked correct: true" },
      { line: 5, message: "answers: expected at least one accepted answer" },
      { line: 6, message: 'a question that is not an object; expected { "type", "prompt", … }' },
    ]);
  });

  it("names a question without a type once", () => {
    expect(importText('[{ "prompt": "Qui ?" }]', "json").issues).toEqual([
      {
        line: 1,
        message:
          "type: missing; expected one of: single, multiple, truefalse, numeric, short, matching, ordering, essay, description, cloze",
      },
    ]);
  });

  it("reports unreadable JSON once, at its line", () => {
    expect(importText('{\n  "questions": [\n    { "id": }\n  ]\n}', "json")).toEqual({
      questions: [],
      issues: [{ line: 3, message: 'JSON syntax error at "}"; expected valid JSON' }],
    });
  });
});
