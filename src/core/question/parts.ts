import { z } from "zod";
import { LANGUAGES } from "../i18n/language.js";

// The pieces question schemas are made of, shared by every answer type (cloze blanks too).

export const qid = z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, {
  message: "schema.id-short",
});

/** The fields every question has. */
export const common = {
  id: qid,
  prompt: z.string().min(1).describe("The question as the reader sees it"),
  title: z.string().optional().describe("Short title (GIFT ::title::)"),
  category: z.string().optional().describe("Category path (GIFT $CATEGORY:)"),
  format: z.enum(["plain", "markdown", "html", "moodle"]).optional(),
  explanation: z.string().optional().describe("Why the answer is right, shown after answering"),
  sources: z.array(qid).default([]).describe("Ids of the sources that back the answer"),
  facts: z.array(qid).default([]).describe("Ids of the facts this question tests"),
  tags: z.array(z.string()).default([]),
  penalty: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe("Moodle's penalty for each wrong try (kept for Moodle; newsquiz asks once)"),
  lang: z
    .enum(LANGUAGES)
    .optional()
    .describe("Language the question is written in, when not the pack's; asked only in it"),
};

export const choice = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  weight: z
    .number()
    .min(-100)
    .max(100)
    .optional()
    .describe("Percentage of the mark this choice earns (multiple answers)"),
  feedback: z.string().optional().describe("Shown when this choice is picked"),
});

export const textAnswer = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    weight: z.number().min(0).max(100).optional(),
    feedback: z.string().optional(),
  }),
]);

export const numericAnswer = z
  .strictObject({
    value: z.number().optional(),
    tolerance: z.number().min(0).optional().describe("Accepted distance from value"),
    min: z.number().optional(),
    max: z.number().optional(),
    weight: z.number().min(0).max(100).optional(),
    feedback: z.string().optional(),
  })
  .refine((a) => a.value !== undefined || (a.min !== undefined && a.max !== undefined), {
    message: "schema.value-or-range",
  })
  .refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, {
    message: "schema.min-max",
  });

/** Two choices or more, at least one right: what single-choice and multiple-answer lists need. */
export const choiceList = z
  .array(choice)
  .min(2, { message: "schema.two-choices" })
  // Moodle's single-choice questions may have several right choices, each worth full marks.
  .refine((cs) => cs.some((c) => c.correct), {
    message: "schema.one-correct",
  });

export const caseSensitive = z
  .boolean()
  .optional()
  .describe("Case must match, and the text is compared exactly as Moodle does");

export const feedbackWrong = z
  .string()
  .optional()
  .describe("Shown when the answer matches none of the answers");

/** The answers of a numeric question, or of a numeric blank of a cloze question. */
export const numericAnswers = z.array(numericAnswer).min(1, { message: "schema.one-answer" });

/** The answers of a short-answer question, or of a short-answer blank. */
export const textAnswers = z
  .array(textAnswer)
  .min(1, { message: "schema.one-answer" })
  .describe(
    "Accepted texts, tried in order; * stands for any text (Moodle's wildcard), \\* for a star",
  );
