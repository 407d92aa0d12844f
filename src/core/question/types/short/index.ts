import { msg } from "../../../i18n/msg.js";
import type { AnswerType } from "../answer-type.js";
import { feedbackWrongAsText } from "../kit/as-text.js";
import { clamp, feedbackWrong, NO_MARKS } from "../kit/marks.js";
import { type TextInput, textScreen, typedText } from "../kit/text-input.js";
import { matchShortAnswer, shownAnswer } from "./match.js";
import { type ShortQuestion, type ShortResponse, shortQuestionSchema } from "./schema.js";

/** Short answer: a text typed; scored by the weight of the accepted answer it matches. */
export const short: AnswerType<
  ShortQuestion,
  ShortResponse,
  TextInput,
  typeof shortQuestionSchema
> = {
  schema: shortQuestionSchema,
  answered: "graded",
  resultKind: "short",
  reviewLevel: "typed",
  asText: feedbackWrongAsText,
  present: () => ({}),
  grade(q, response) {
    const answers = q.answers.map((a) => (typeof a === "string" ? { text: a } : a));
    const hit = matchShortAnswer(
      response.text,
      answers.map((a) => a.text),
      { caseSensitive: q.caseSensitive },
    );
    const answer = hit === undefined ? undefined : answers[hit];
    if (!answer) return { ...NO_MARKS, feedback: feedbackWrong(q) };
    const weight = "weight" in answer ? (answer.weight ?? 100) : 100;
    const feedback = "feedback" in answer && answer.feedback ? [answer.feedback] : [];
    return { score: clamp(weight / 100), feedback };
  },
  expected(item) {
    const a = item.question.answers.find(
      (x) => typeof x === "string" || (x.weight ?? 100) === 100,
    )!;
    return [shownAnswer(typeof a === "string" ? a : a.text)];
  },
  describe: (_item, response) => response.text,
  line: {
    choices: () => [],
    ask: (_item, lang) => msg(lang, "ask.short"),
    read: (_item, text) => ({ kind: "answer", response: { type: "short", text } }),
  },
  prompt: () => ({ kind: "line" }),
  screen: textScreen({
    submit: (_item, input) => typedText(input, (text) => ({ type: "short", text })),
  }),
  json: (q) => ({
    choices: [],
    answer: null,
    extra: { accept: q.answers.map((a) => (typeof a === "string" ? a : a.text)) },
  }),
  authoring: {
    name: "authoring.type.short",
    fields: [{ kind: "list", label: "authoring.short.answer", min: 1 }],
    build: ([answers]) => ({ answers }),
  },
  generate: {
    answer(q) {
      const first = q.answers[0];
      return first === undefined ? undefined : typeof first === "string" ? first : first.text;
    },
  },
};
