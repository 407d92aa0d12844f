import { z } from "zod";

const qid = z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, {
  message: "expected an id of lowercase letters, digits and dashes",
});

const common = {
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
    message: "expected a value (with an optional tolerance) or a min and a max",
  })
  .refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, {
    message: "expected min to be at most max",
  });

export const singleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("single"),
  choices: z
    .array(choice)
    .min(2, { message: "expected at least two choices" })
    // Moodle's single-choice questions may have several right choices, each worth full marks.
    .refine((cs) => cs.some((c) => c.correct), {
      message: "expected at least one choice marked correct: true",
    }),
});

export const multipleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("multiple"),
  choices: z
    .array(choice)
    .min(2, { message: "expected at least two choices" })
    .refine((cs) => cs.some((c) => c.correct), {
      message: "expected at least one choice marked correct: true",
    }),
});

export const trueFalseQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("truefalse"),
  answer: z.boolean(),
  feedbackRight: z.string().optional(),
  feedbackWrong: z.string().optional(),
});

export const numericQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("numeric"),
  answers: z.array(numericAnswer).min(1, { message: "expected at least one accepted answer" }),
  unit: z.string().optional(),
  feedbackWrong: z
    .string()
    .optional()
    .describe("Shown when the answer matches none of the answers"),
});

export const shortQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("short"),
  answers: z
    .array(textAnswer)
    .min(1, { message: "expected at least one accepted answer" })
    .describe(
      "Accepted texts, tried in order; * stands for any text (Moodle's wildcard), \\* for a star",
    ),
  caseSensitive: z
    .boolean()
    .optional()
    .describe("Case must match, and the text is compared exactly as Moodle does"),
  feedbackWrong: z
    .string()
    .optional()
    .describe("Shown when the answer matches none of the answers"),
});

export const matchingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("matching"),
  pairs: z
    .array(z.strictObject({ left: z.string(), right: z.string().min(1) }))
    .min(2, { message: "expected at least two pairs" }),
});

export const orderingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("ordering"),
  items: z
    .array(z.string().min(1))
    .min(2, { message: "expected at least two items, in the right order" }),
});

export const essayQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("essay"),
});

export const descriptionItemSchema = z.strictObject({
  ...common,
  type: z.literal("description"),
});

export const questionTypes = [
  "single",
  "multiple",
  "truefalse",
  "numeric",
  "short",
  "matching",
  "ordering",
  "essay",
  "description",
] as const;

export const questionSchema = z
  .discriminatedUnion("type", [
    singleQuestionSchema,
    multipleQuestionSchema,
    trueFalseQuestionSchema,
    numericQuestionSchema,
    shortQuestionSchema,
    matchingQuestionSchema,
    orderingQuestionSchema,
    essayQuestionSchema,
    descriptionItemSchema,
  ])
  .describe("A hand-written question");
