import { z } from "zod";
import {
  caseSensitive,
  choiceList,
  common,
  feedbackWrong,
  numericAnswers,
  textAnswers,
} from "../../parts.js";

const mark = z
  .number()
  .positive()
  .optional()
  .describe("The blank's share of the question's mark, as Moodle's {2:…}; 1 unless given");
const shuffle = z.boolean().optional().describe("Shuffle the choices (Moodle's MULTICHOICE_S)");
const layout = z
  .enum(["dropdown", "vertical", "horizontal"])
  .optional()
  .describe("How Moodle shows the choices: a menu (the default), or buttons in a column or a row");

/** One blank of a cloze question: a choice, a typed text or a number, as in Moodle. */
export const blankSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single"), choices: choiceList, mark, shuffle, layout }),
  z.strictObject({ type: z.literal("multiple"), choices: choiceList, mark, shuffle, layout }),
  z.strictObject({
    type: z.literal("short"),
    answers: textAnswers,
    caseSensitive,
    feedbackWrong,
    mark,
  }),
  z.strictObject({ type: z.literal("numeric"), answers: numericAnswers, feedbackWrong, mark }),
]);

/** Where blank n stands in a cloze prompt: `{#n}`, as Moodle stores it. */
export const BLANK_MARK = /\{#(\d+)\}/g;

/**
 * A question with blanks inside its text (Moodle's "embedded answers", Cloze): the prompt marks
 * each blank `{#1}`, `{#2}`… once, in any order, and `blanks` lists them from 1.
 */
export const clozeQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal("cloze"),
    blanks: z.array(blankSchema).min(1, { message: "schema.one-blank" }),
  })
  .superRefine((q, ctx) => {
    const seen = [...q.prompt.matchAll(BLANK_MARK)].map((m) => Number(m[1]));
    const problem = q.blanks
      .map((_, i) => i + 1)
      .find((n) => seen.filter((s) => s === n).length !== 1);
    const stray = seen.find((n) => n < 1 || n > q.blanks.length);
    if (problem !== undefined || stray !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["prompt"],
        message: `expected each blank marked once in the prompt, {#1} to {#${q.blanks.length}}${problem !== undefined ? `; {#${problem}} is marked ${seen.filter((s) => s === problem).length} times` : `; {#${stray}} names no blank`}`,
      });
    }
  });

/** One blank of a cloze question, as a pack holds it. */
export type Blank = z.output<typeof blankSchema>;

/** A cloze question, as a pack holds it. */
export type ClozeQuestion = z.output<typeof clozeQuestionSchema>;

/** What the reader answered in one blank; indices point into the blank's own choices. */
export type BlankResponse =
  | { type: "single"; choice: number }
  | { type: "multiple"; choices: number[] }
  | { type: "short"; text: string }
  | { type: "numeric"; value: number };

/** A cloze answer: one response per blank, null where the reader left it empty. */
export interface ClozeResponse {
  type: "cloze";
  blanks: (BlankResponse | null)[];
}
