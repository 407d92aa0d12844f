import { msg } from "../../../i18n/msg.js";
import type { AnswerType } from "../answer-type.js";
import { choiceForm } from "../kit/choice-form.js";
import {
  CHOICE_TYPE,
  choiceReview,
  numberedChoices,
  promptChoices,
  rightChoices,
  shownChoices,
} from "../kit/choices.js";
import { clamp, NO_MARKS } from "../kit/marks.js";
import { oneNumber, refused } from "../kit/numbers.js";
import { type CursorInput, pickOneScreen } from "../kit/pick-one.js";
import { generateSingle } from "./generate.js";
import { type SingleQuestion, type SingleResponse, singleQuestionSchema } from "./schema.js";

/**
 * Single choice: listed choices, one picked. Scored 1 for a right choice (several right ones are
 * alternatives); a wrong choice with a positive `weight` earns that share.
 */
export const single: AnswerType<
  SingleQuestion,
  SingleResponse,
  CursorInput,
  typeof singleQuestionSchema
> = {
  schema: singleQuestionSchema,
  ...CHOICE_TYPE,
  resultKind: "single",
  grade(q, response) {
    const choice = q.choices[response.choice];
    if (!choice) return NO_MARKS;
    const score = choice.correct ? 1 : clamp((choice.weight ?? 0) / 100);
    return { score, feedback: choice.feedback ? [choice.feedback] : [] };
  },
  // Several right choices of a single-choice question are alternatives: any one is right.
  expected: (item) => [rightChoices(item.question.choices, " / ")],
  describe: (item, response) => item.question.choices[response.choice]?.text ?? "",
  line: {
    choices: numberedChoices,
    ask: (item, lang) => msg(lang, "ask.single", { max: item.choiceOrder.length }),
    read(item, text) {
      const n = oneNumber(text, item.choiceOrder.length);
      if (n === undefined) return refused("reply.number", { max: item.choiceOrder.length });
      return { kind: "answer", response: { type: "single", choice: item.choiceOrder[n - 1]! } };
    },
  },
  prompt: (item) => ({
    kind: "fields",
    fields: [
      { kind: "pick", label: "", choices: promptChoices(shownChoices(item)), commands: true },
    ],
    line: ([picked]) => picked!,
  }),
  screen: pickOneScreen<SingleQuestion, SingleResponse>({
    count: (item) => item.choiceOrder.length,
    texts: shownChoices,
    response: (item, cursor) => ({ type: "single", choice: item.choiceOrder[cursor]! }),
    review: (item, response) => choiceReview(item, (i) => response?.choice === i),
  }),
  json(q) {
    const feedback = q.choices.map((c) => c.feedback ?? null);
    return {
      choices: q.choices.map((c) => c.text),
      answer: q.choices.findIndex((c) => c.correct),
      extra: feedback.some((f) => f !== null) ? { feedback } : {},
    };
  },
  authoring: choiceForm("authoring.type.single", true),
  generate: generateSingle,
};
