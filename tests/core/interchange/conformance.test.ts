import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { WrittenQuestion } from "../../../src/core/question/model.js";
import { hasInterop, INTEROP, importFile } from "../../helpers/interop.js";

// The GIFT parser tests of fuhrmanator/GIFT-grammar-PEG.js and Moodle's own GIFT and Aiken
// fixtures, read from ../shared/interop. Counts, types, answers, feedback and escapes must match
// what those projects expect; their AST shape is theirs, so it is mapped here.
if (!hasInterop) console.warn(`skipped: no interchange fixtures at ${INTEROP}`);

type Text = { text: string } | null;
interface PegChoice {
  isCorrect: boolean;
  weight: number | null;
  text:
    | Text
    | { type: string; number?: number; range?: number; numberHigh?: number; numberLow?: number };
  feedback: Text;
}
interface PegQuestion {
  type: string;
  id?: string | null;
  tags?: string[] | null;
  title: string | null;
  stem: { text: string; format: string };
  globalFeedback?: Text;
  choices?:
    | PegChoice[]
    | { type: string; number?: number; range?: number; numberHigh?: number; numberLow?: number };
  isTrue?: boolean;
  trueFeedback?: Text;
  falseFeedback?: Text;
  matchPairs?: { subquestion: { text: string }; subanswer: string }[];
}

const TYPES: Record<string, string[]> = {
  MC: ["single", "multiple"],
  Short: ["short"],
  TF: ["truefalse"],
  Numerical: ["numeric"],
  Essay: ["essay"],
  Description: ["description"],
  Matching: ["matching"],
};

// GIFT-grammar-PEG.js writes the blank of a missing-word question " _____ " and joins wrapped
// lines; spacing aside, the texts must be the same.
const norm = (s: string | null | undefined) =>
  s == null
    ? undefined
    : s
        .replace(/\s+/g, " ")
        .replace(/ ?_____ ?/g, "_____")
        .trim() || undefined;
const text = (t: Text | undefined) => norm(t?.text);

function numericOf(c: {
  type: string;
  number?: number;
  range?: number;
  numberHigh?: number;
  numberLow?: number;
}) {
  if (c.type === "high-low") return { min: c.numberLow, max: c.numberHigh };
  return c.range ? { value: c.number, tolerance: c.range } : { value: c.number };
}

/** The answers of a GIFT-grammar-PEG.js question in newsquiz's terms. */
function expectedAnswers(e: PegQuestion): unknown {
  switch (e.type) {
    case "MC": {
      // With an `=` in the list, `%50%` is partial credit for a wrong choice; without, it marks a right one.
      const choices = e.choices as PegChoice[];
      const marked = choices.some((c) => c.isCorrect);
      return choices.map((c) => ({
        text: text(c.text as Text),
        correct: marked ? c.isCorrect : (c.weight ?? 0) > 0,
        feedback: text(c.feedback),
      }));
    }
    case "TF":
      // Positional in both: the first feedback is shown for a wrong answer, the second for a right one.
      return {
        answer: e.isTrue,
        feedbackWrong: text(e.trueFeedback),
        feedbackRight: text(e.falseFeedback),
      };
    case "Short":
      return (e.choices as PegChoice[])
        .filter((c) => !(text(c.text as Text) === "*" && c.weight === 0))
        .map((c) => ({ text: text(c.text as Text), feedback: text(c.feedback) }));
    case "Numerical":
      return Array.isArray(e.choices)
        ? e.choices.filter((c) => c.isCorrect).map((c) => numericOf(c.text as never))
        : [numericOf(e.choices!)];
    case "Matching":
      return e.matchPairs!.map((p) => ({
        left: norm(p.subquestion.text) ?? "",
        right: p.subanswer,
      }));
    default:
      return undefined;
  }
}

function actualAnswers(q: WrittenQuestion): unknown {
  switch (q.type) {
    case "single":
    case "multiple":
      return q.choices.map((c) => ({
        text: norm(c.text),
        correct: c.correct,
        feedback: norm(c.feedback),
      }));
    case "truefalse":
      return { answer: q.answer, feedbackWrong: q.feedbackWrong, feedbackRight: q.feedbackRight };
    case "short":
      return q.answers.map((a) =>
        typeof a === "string"
          ? { text: norm(a), feedback: undefined }
          : { text: norm(a.text), feedback: norm(a.feedback) },
      );
    case "numeric":
      return q.answers.map((a) =>
        a.value === undefined
          ? { min: a.min, max: a.max }
          : a.tolerance
            ? { value: a.value, tolerance: a.tolerance }
            : { value: a.value },
      );
    case "matching":
      return q.pairs.map((p) => ({ left: norm(p.left) ?? "", right: p.right }));
    default:
      return undefined;
  }
}

const pegFiles = hasInterop
  ? readdirSync(join(INTEROP, "gift-pegjs"))
      .filter((f) => f.endsWith(".gift"))
      .sort()
  : [];

describe.skipIf(!hasInterop)("GIFT-grammar-PEG.js test files", () => {
  it("are all there", () => {
    expect(pegFiles.length).toBe(51);
  });

  it.each(pegFiles)("%s imports as GIFT-grammar-PEG.js expects", (file) => {
    const expected = (
      JSON.parse(
        readFileSync(join(INTEROP, "gift-pegjs", file.replace(/\.gift$/, ".json")), "utf8"),
      ) as PegQuestion[]
    ).filter((q) => q.type !== "Category");
    const { questions, issues } = importFile(join(INTEROP, "gift-pegjs", file), "gift");
    expect(issues).toEqual([]);
    const pegType = (type: string) => Object.keys(TYPES).find((k) => TYPES[k]!.includes(type));
    expect(questions.map((q) => pegType(q.type))).toEqual(expected.map((e) => e.type));
    expected.forEach((e, i) => {
      const q = questions[i]!;
      expect(norm(q.prompt), `prompt of question ${i + 1}`).toBe(norm(e.stem.text));
      expect(q.title ?? null).toBe(e.title);
      expect(q.format ?? "moodle").toBe(e.stem.format);
      expect(norm(q.explanation)).toBe(text(e.globalFeedback ?? null));
      expect(q.tags).toEqual(e.tags ?? []);
      if (e.id) expect(q.id).toBe(e.id);
      expect(actualAnswers(q), `answers of question ${i + 1}`).toEqual(expectedAnswers(e));
    });
  });
});

describe.skipIf(!hasInterop)("Moodle's GIFT fixtures", () => {
  const types = (file: string) => importFile(join(INTEROP, "moodle", file), "gift");

  it("questions.gift.txt gives Moodle's nine questions", () => {
    const { questions, issues } = types("questions.gift.txt");
    expect(issues).toEqual([]);
    expect(questions.map((q) => [q.title, q.type])).toEqual([
      ["Q8", "essay"],
      ["Moodle activities", "matching"],
      ["Q2", "single"],
      ["colours", "multiple"],
      ["Q5", "numeric"],
      ["Shortanswer", "short"],
      ["Q1", "truefalse"],
      ["2-08 TSL", "truefalse"],
      ["2-08 TSL", "truefalse"],
    ]);
    const q5 = questions[4]!;
    expect(q5.type === "numeric" && q5.answers).toEqual([{ value: 3, tolerance: 2 }]);
    expect(q5.type === "numeric" && q5.feedbackWrong).toBe("Completely wrong");
    const colours = questions[3]!;
    expect(
      colours.type === "multiple" && colours.choices.map((c) => [c.text, c.correct, c.weight]),
    ).toEqual([
      ["yellow", true, undefined],
      ["red", false, -100],
      ["off-beige", true, undefined],
      ["blue", false, -100],
    ]);
    const q1 = questions[6]!;
    expect(q1.explanation).toBe("This is, of course, a Hitchiker's Guide to the Galaxy reference.");
    expect(q1.type === "truefalse" && [q1.answer, q1.feedbackWrong, q1.feedbackRight]).toEqual([
      false,
      "42 is the Ultimate Answer.",
      "You gave the right answer.",
    ]);
  });

  it("questions_in_category.gift.txt gives four questions in the category", () => {
    const { questions, issues } = types("questions_in_category.gift.txt");
    expect(issues).toEqual([]);
    expect(questions.map((q) => [q.type, q.category])).toEqual([
      ["matching", "$course$/Default for New Features"],
      ["single", "$course$/Default for New Features"],
      ["short", "$course$/Default for New Features"],
      ["truefalse", "$course$/Default for New Features"],
    ]);
    expect(questions[1]!.prompt).toBe(
      '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a><br /><br />What language is being spoken?',
    );
    expect(questions[0]!.type === "matching" && questions[0]!.pairs.at(-1)).toEqual({
      left: "",
      right: "Chat",
    });
  });

  it("examples.txt, the format's own examples, gives all 43 questions", () => {
    const { questions, issues } = types("examples.txt");
    expect(issues).toEqual([]);
    const count = (type: string) => questions.filter((q) => q.type === type).length;
    expect(questions).toHaveLength(43);
    expect({
      single: count("single"),
      multiple: count("multiple"),
      truefalse: count("truefalse"),
      short: count("short"),
      numeric: count("numeric"),
      matching: count("matching"),
    }).toEqual({ single: 16, multiple: 2, truefalse: 5, short: 9, numeric: 8, matching: 3 });
    const control = questions.find((q) => q.title === "GIFT Control Characters")!;
    expect(control.type === "single" && control.choices.map((c) => c.text)).toEqual([
      "~",
      "=",
      "#",
      "{",
      "}",
      "\\",
    ]);
  });
});

describe.skipIf(!hasInterop)("Moodle's Aiken fixtures", () => {
  it("aiken_questions.aiken.txt gives its two questions", () => {
    const { questions, issues } = importFile(
      join(INTEROP, "moodle", "aiken_questions.aiken.txt"),
      "aiken",
    );
    expect(issues).toEqual([]);
    expect(
      questions.map((q) => [q.type, q.type === "single" && q.choices.find((c) => c.correct)!.text]),
    ).toEqual([
      ["single", "Martin Dougiamas"],
      ["single", "True"],
    ]);
    expect(questions[1]!.prompt).toBe(
      'Moodle\'s abilities include handling user input that includes <html class="cool"> & images:',
    );
  });

  it("aiken_errors.txt gives exactly Moodle's three questions and a line-numbered error for each other", () => {
    const { questions, issues } = importFile(join(INTEROP, "moodle", "aiken_errors.txt"), "aiken");
    expect(questions.map((q) => q.prompt)).toEqual([
      "A good question",
      "A second good question",
      "A third good question with HTML chars such as > < &",
    ]);
    expect(
      questions.map((q) => q.type === "single" && q.choices.map((c) => [c.text, c.correct])),
    ).toEqual([
      [
        ["Correct", true],
        ["Incorrect", false],
      ],
      [
        ["Incorrect (No space)", false],
        ["Correct (No space)", true],
      ],
      [
        ["Correct (< > &)", true],
        ["Incorrect (< > &)", false],
      ],
    ]);
    expect(issues.map((i) => i.line)).toEqual([1, 5, 7, 14]);
  });
});
