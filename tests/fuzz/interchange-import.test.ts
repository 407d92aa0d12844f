import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { said } from "../../src/core/i18n/msg.js";
import { finishImport } from "../../src/core/interchange/finish.js";
import { type ImportFormat, parseQuestionsFile } from "../../src/core/interchange/formats.js";
import { questionSchema } from "../../src/core/question/schema.js";

// Pieces of the GIFT and Aiken syntaxes, so that random files look like real, broken ones.
const GIFT_TOKENS = [
  "{",
  "}",
  "=",
  "~",
  "#",
  "####",
  "->",
  "::",
  "%50%",
  "%-100%",
  "\\",
  "\\{",
  "{#",
  ":",
  "..",
  "T",
  "F",
  "TRUE",
  "$CATEGORY: a/b",
  "[html]",
  "[markdown]",
  "//",
  "\n",
  "\n\n",
  " ",
  "1",
  "2.5",
  "Qui ?",
  "é",
  "\u001b[31m",
];
const AIKEN_TOKENS = [
  "A) ",
  "B. ",
  "C) ",
  "ANSWER: ",
  "ANSWER: B",
  "\n",
  "\n\n",
  "Question ?",
  "A)",
  " ",
  "x",
  "é",
];

const fileOf = (tokens: string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 4 })), { maxLength: 60 })
    .map((parts) => parts.join(""));

function checkImport(format: ImportFormat, text: string): void {
  const parsed = parseQuestionsFile(format, text);
  const { questions, issues } = finishImport(parsed, { ids: [] });
  // A lone CR ends a line too (old Mac files), as the readers count lines.
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const question of questions) expect(questionSchema.safeParse(question).success).toBe(true);
  for (const issue of issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines + 1);
    expect(said("en", issue.message).length).toBeGreaterThan(0);
  }
  expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
}

describe("importers never throw, and import only valid questions", () => {
  it("GIFT", () => {
    fc.assert(
      fc.property(fileOf(GIFT_TOKENS), (text) => checkImport("gift", text)),
      { numRuns: 400 },
    );
  });

  it("Aiken", () => {
    fc.assert(
      fc.property(fileOf(AIKEN_TOKENS), (text) => checkImport("aiken", text)),
      { numRuns: 300 },
    );
  });

  it("JSON", () => {
    const json = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify({ questions: [v] }) ?? ""),
      fc.string({ maxLength: 80 }),
    );
    fc.assert(
      fc.property(json, (text) => checkImport("json", text)),
      { numRuns: 300 },
    );
  });

  it("arbitrary text in every format", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 200 }),
        fc.constantFrom<ImportFormat>("gift", "aiken", "json"),
        (text, format) => checkImport(format, text),
      ),
      { numRuns: 300 },
    );
  });
});
