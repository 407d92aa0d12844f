import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { WrittenQuestion } from "../../../src/core/question/model.js";
import { hasInterop, INTEROP, importFile, importText } from "../../helpers/interop.js";

// The GIFT parser tests of fuhrmanator/GIFT-grammar-PEG.js, read from ../shared/interop. Counts,
// types, answers, feedback and escapes must match what that project expects; its AST shape is
// its own, so it is mapped here. Moodle's fixtures are in conformance-moodle.test.ts.
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

describe.skipIf(!hasInterop)("GIFT-grammar-PEG.js categories", () => {
  it.each(["category1.gift", "categorySpecialCharacter.gift"])(
    "%s sets the category of the questions after it",
    (file) => {
      const [expected] = JSON.parse(
        readFileSync(join(INTEROP, "gift-pegjs", file.replace(/\.gift$/, ".json")), "utf8"),
      );
      const text = readFileSync(join(INTEROP, "gift-pegjs", file), "utf8");
      const { questions } = importText(`${text}\n\nThen?{T}\n`, "gift");
      expect(questions.map((q) => q.category)).toEqual([expected.title]);
    },
  );
});
