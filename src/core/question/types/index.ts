import type { z } from "zod";
import type { AnswerType, AnyQuestion, AnyResponse } from "./answer-type.js";
import { cloze } from "./cloze/index.js";
import { description } from "./description/index.js";
import { essay } from "./essay/index.js";
import { matching } from "./matching/index.js";
import { multiple } from "./multiple/index.js";
import { numeric } from "./numeric/index.js";
import { ordering } from "./ordering/index.js";
import { short } from "./short/index.js";
import { single } from "./single/index.js";
import { truefalse } from "./truefalse/index.js";

// The registry of answer types: one line per type, in the order packs list them. Everything the
// program does because of a question's type, it asks the type's module here for; no other code
// switches on a question's type (format folders aside, each writing the types it opts in to).

/** Every answer type, by name. */
export const ANSWER_TYPES = {
  single,
  multiple,
  truefalse,
  numeric,
  short,
  matching,
  ordering,
  essay,
  description,
  cloze,
} as const;

type Registry = typeof ANSWER_TYPES;

/** The name of an answer type. */
export type QuestionType = keyof Registry;

/** The answer types' names, in the registry's order. */
export const QUESTION_TYPES = Object.keys(ANSWER_TYPES) as QuestionType[];

/** The schema of a question of some type. */
export type QuestionSchema = Registry[QuestionType]["schema"];

/** The schema of each type, in the registry's order: what a pack's questions are checked with. */
export const QUESTION_SCHEMAS = Object.values(ANSWER_TYPES).map((t) => t.schema) as [
  QuestionSchema,
  ...QuestionSchema[],
];

type ResponseOf<T> = T extends AnswerType<infer _Q, infer R, infer _I, infer _S> ? R : never;

/** What the reader answered, one shape per answer type. */
export type Response = ResponseOf<Registry[QuestionType]>;

/** A type's module, as code that does not know the type sees it. */
export type SomeAnswerType = AnswerType<
  AnyQuestion,
  AnyResponse,
  Record<string, unknown>,
  z.ZodType
>;

/**
 * The module of a question's type (a question the pack's schema accepted, or a cloze blank). The
 * one place where a question of any type meets the hooks of its own: callers give each hook only
 * questions, and responses, of its type.
 */
export function answerTypeOf(question: { type: string }): SomeAnswerType {
  return ANSWER_TYPES[question.type as QuestionType] as unknown as SomeAnswerType;
}
