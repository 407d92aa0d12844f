import { msg } from "../../../i18n/msg.js";
import type { AnswerType } from "../answer-type.js";
import { choiceForm } from "../kit/choice-form.js";
import {
  CHOICE_TYPE,
  numberedChoices,
  promptChoices,
  rightChoices,
  shownChoices,
} from "../kit/choices.js";
import { numbers, refused } from "../kit/numbers.js";
import { type MultipleInput, multipleScreen } from "./input.js";
import { type MultipleQuestion, type MultipleResponse, multipleQuestionSchema } from "./schema.js";
import { gradeMultiple } from "./scoring.js";

export { multipleWeights } from "./scoring.js";

/** Multiple answers: listed choices, every right one ticked; partial credit by weights. */
export const multiple: AnswerType<
  MultipleQuestion,
  MultipleResponse,
  MultipleInput,
  typeof multipleQuestionSchema
> = {
  schema: multipleQuestionSchema,
  ...CHOICE_TYPE,
  resultKind: "multiple",
  grade: gradeMultiple,
  expected: (item) => [rightChoices(item.question.choices, ", ")],
  describe: (item, response, lang) =>
    response.choices.map((i) => item.question.choices[i]?.text ?? "").join(", ") ||
    msg(lang, "quiz.no-answer"),
  line: {
    choices: numberedChoices,
    ask: (_item, lang) => msg(lang, "ask.multiple"),
    read(item, text) {
      const max = item.choiceOrder.length;
      const ns = numbers(text, max);
      if (!ns || ns.length === 0) return refused("reply.numbers", { max });
      const choices = [...new Set(ns)].map((n) => item.choiceOrder[n - 1]!);
      return { kind: "answer", response: { type: "multiple", choices } };
    },
  },
  prompt: (item) => ({
    kind: "fields",
    fields: [{ kind: "tick", label: "", choices: promptChoices(shownChoices(item)) }],
    line: ([ticked]) => ticked!,
  }),
  screen: multipleScreen,
  json(q) {
    const answers = q.choices.flatMap((c, i) => (c.correct ? [i] : []));
    return {
      choices: q.choices.map((c) => c.text),
      answer: answers[0] ?? null,
      extra: { answers },
    };
  },
  authoring: choiceForm("authoring.type.multiple", false),
  generate: { shuffle: (q, shuffle) => ({ ...q, choices: shuffle(q.choices) }) },
};
