import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { said } from "../../../src/core/i18n/msg.js";
import { writeGift } from "../../../src/core/interchange/gift/write.js";
import { readMoodleCloze } from "../../../src/core/interchange/xml/cloze-syntax.js";
import { writeMoodleXml } from "../../../src/core/interchange/xml/write.js";
import type { Question } from "../../../src/core/question/model.js";
import { questionSchema } from "../../../src/core/question/schema.js";
import { parseReply } from "../../../src/core/quiz/parse-reply.js";
import { presentQuestions } from "../../../src/core/quiz/presentation.js";
import { gradeResponse } from "../../../src/core/quiz/scoring.js";
import { notesIn } from "../../helpers/export-notes.js";
import { importText } from "../../helpers/interop.js";
import { ROOT } from "../../helpers/run-cli.js";

const fixture = (...path: string[]) =>
  readFileSync(join(ROOT, "tests", "fixtures", ...path), "utf8");

const loire = {
  id: "rivers",
  title: "Rivers",
  type: "cloze",
  prompt: "The Loire is the {#1} river of France; it flows into the {#2} after about {#3} km.",
  blanks: [
    {
      type: "single",
      choices: [
        { text: "longest", correct: true },
        { text: "shortest", correct: false },
        { text: "widest", correct: false },
      ],
    },
    {
      type: "short",
      answers: [
        { text: "*Atlantic*", feedback: "Yes, the Atlantic." },
        { text: "sea", weight: 50 },
      ],
    },
    { type: "numeric", answers: [{ value: 1006, tolerance: 20 }] },
  ],
  sources: [],
  facts: [],
  tags: [],
};

describe("cloze questions in GIFT", () => {
  it("reads a text with several answer blocks as one question with a blank for each", () => {
    const { questions, issues } = importText(fixture("interchange", "cloze.gift"), "gift");
    expect(issues).toEqual([]);
    expect(questions).toEqual([loire]);
  });

  it("writes them back as they were read, saying Moodle's GIFT importer reads one blank", () => {
    const q = questionSchema.parse(loire);
    const { text, notes } = writeGift([q]);
    expect(importText(text, "gift").questions).toEqual([loire]);
    expect(notesIn("en", notes)).toEqual([
      {
        question: "rivers",
        message: "Moodle's GIFT importer reads one blank per question: use Moodle XML for Moodle",
      },
    ]);
  });

  it("takes a block that ends its line before another for a missing blank line, and refuses true/false blanks", () => {
    const { issues } = importText("First {=a ~b}\nSecond {=c ~d}\n\nAnd {T} or {=e}", "gift");
    expect(issues).toEqual([
      {
        line: 2,
        message:
          "a second {answers} block after a line that ends with }; expected a blank line between questions (a question with several blanks has text after each } on its line)",
      },
      {
        line: 4,
        message:
          "blank 1 is true/false; expected choices, short answers or a number in each {…} of a question with several blanks",
      },
    ]);
  });
});

describe("Moodle's embedded-answer syntax", () => {
  it("reads every kind of blank, its mark, weights, feedback and escapes", () => {
    const read = readMoodleCloze(
      "A {2:MCVS:=one#fine~two\\#2~%50%three} B {:SAC:=Co~%0%*#no} C {:NM:=42:0.5~%50%40:5} D {1:MR:=x~=y~z} E {1:SHORTANSWER:=it&#39;s}",
    );
    expect(read).toEqual({
      prompt: "A {#1} B {#2} C {#3} D {#4} E {#5}",
      blanks: [
        {
          type: "single",
          layout: "vertical",
          shuffle: true,
          mark: 2,
          choices: [
            { text: "one", correct: true, feedback: "fine" },
            { text: "two#2", correct: false },
            { text: "three", correct: false, weight: 50 },
          ],
        },
        { type: "short", caseSensitive: true, answers: ["Co"], feedbackWrong: "no" },
        {
          type: "numeric",
          answers: [
            { value: 42, tolerance: 0.5 },
            { value: 40, tolerance: 5, weight: 50 },
          ],
        },
        {
          type: "multiple",
          choices: [
            { text: "x", correct: true },
            { text: "y", correct: true },
            { text: "z", correct: false },
          ],
        },
        { type: "short", answers: ["it's"] },
      ],
    });
  });

  it("refuses a blank no answer of which earns full marks, as Moodle's validation does", () => {
    const read = readMoodleCloze("x {1:SA:Paris} y");
    expect("error" in read && said("en", read.error)).toBe(
      "blank 1: no answer earns full marks; expected one marked = or %100%",
    );
  });

  it("reads Moodle's own cloze fixture, and Moodle XML writes it back the same", () => {
    const { questions, issues } = importText(
      fixture("third-party", "moodle", "multianswer.xml"),
      "xml",
    );
    expect(issues).toEqual([]);
    const [q] = questions;
    expect(q?.type === "cloze" && q.blanks.map((b) => b.type)).toEqual([
      "single",
      "single",
      "single",
      "single",
      "short",
    ]);
    expect(q?.prompt).toContain("* San Francisco: {#1}<br />* Tucson: {#2}");
    expect(importText(writeMoodleXml(questions).text, "xml").questions).toEqual(questions);
  });
});

describe("answering a cloze question", () => {
  const q = { ...questionSchema.parse(loire), kind: "written" } as Question;
  const [item] = presentQuestions([q], 1);

  it("reads one line with the blanks' answers separated by |, in line mode", () => {
    expect(parseReply(item!, "1 | the Atlantic | 1 000", "fr")).toEqual({
      kind: "answer",
      response: {
        type: "cloze",
        blanks: [
          { type: "single", choice: 0 },
          { type: "short", text: "the Atlantic" },
          { type: "numeric", value: 1000 },
        ],
      },
    });
    expect(parseReply(item!, "1 || ", "en")).toMatchObject({
      response: { blanks: [{ type: "single", choice: 0 }, null, null] },
    });
    expect(parseReply(item!, "1 | x", "en")).toEqual({
      kind: "error",
      key: "reply.cloze",
      vars: { count: 3 },
    });
    expect(parseReply(item!, "4 | x | 3", "en")).toEqual({
      kind: "error",
      key: "reply.cloze-choice",
      vars: { blank: 1, max: 3 },
    });
    expect(parseReply(item!, "1 | x | far", "en")).toEqual({
      kind: "error",
      key: "reply.cloze-number",
      vars: { blank: 3 },
    });
  });

  it("scores each blank by its own type's rules, weighted by its mark, with its feedback", () => {
    const grade = (line: string) => {
      const reply = parseReply(item!, line, "en");
      if (reply.kind !== "answer") throw new Error(line);
      return gradeResponse(q, reply.response);
    };
    expect(grade("1 | Atlantic Ocean | 1000")).toEqual({
      score: 1,
      correct: true,
      feedback: ["[2] Yes, the Atlantic."],
    });
    expect(grade("2 | sea | 1000").score).toBe(0.5);
    const heavy = {
      ...q,
      blanks: q.type === "cloze" ? q.blanks.map((b, i) => (i === 2 ? { ...b, mark: 2 } : b)) : [],
    } as Question;
    const [heavyItem] = presentQuestions([heavy], 1);
    const reply = parseReply(heavyItem!, "2 | sea | 1000", "en");
    expect(reply.kind === "answer" && gradeResponse(heavy, reply.response).score).toBe(0.625);
  });

  it("says where each blank must be marked in the prompt", () => {
    const result = questionSchema.safeParse({ ...loire, prompt: "Only {#1} and {#1}." });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "prompt",
        "expected each blank marked once in the prompt, {#1} to {#3}; {#1} is marked 2 times",
      ],
    ]);
  });
});
