import { z } from "zod";
import {
  caseSensitive,
  choiceList,
  common,
  feedbackWrong,
  numericAnswers,
  textAnswers,
} from "./parts.js";
import { clozeQuestionSchema } from "./types/cloze/schema.js";

export { choice, numericAnswer, textAnswer } from "./parts.js";

export const singleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("single"),
  choices: choiceList,
});

export const multipleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("multiple"),
  choices: choiceList,
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
  answers: numericAnswers,
  unit: z.string().optional(),
  feedbackWrong,
});

export const shortQuestionSchema = z.strictObject({
  ...common,
  type: z.literal("short"),
  answers: textAnswers,
  caseSensitive,
  feedbackWrong,
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
  "cloze",
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
    clozeQuestionSchema,
  ])
  .describe("A hand-written question");
