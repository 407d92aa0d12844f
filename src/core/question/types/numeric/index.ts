import { msg } from "../../../i18n/msg.js";
import { formatNumber } from "../../../i18n/number.js";
import { inertLine } from "../../../text/inert.js";
import type { AnswerType } from "../answer-type.js";
import { feedbackWrongAsText } from "../kit/as-text.js";
import { clamp, feedbackWrong, NO_MARKS } from "../kit/marks.js";
import { parseNumber, refused } from "../kit/numbers.js";
import { type TextInput, textScreen } from "../kit/text-input.js";
import { type NumericQuestion, type NumericResponse, numericQuestionSchema } from "./schema.js";

/**
 * Numeric: a number typed. Scored by the best `weight` (100 % unless given) among the accepted
 * answers it falls in (value ± tolerance, or min..max).
 */
export const numeric: AnswerType<
  NumericQuestion,
  NumericResponse,
  TextInput,
  typeof numericQuestionSchema
> = {
  schema: numericQuestionSchema,
  answered: "graded",
  resultKind: "how-many",
  reviewLevel: "typed",
  asText: feedbackWrongAsText,
  present: () => ({}),
  grade(q, response) {
    const value = response.value;
    let best: { weight: number; feedback?: string } | undefined;
    for (const a of q.answers) {
      const inside =
        a.min !== undefined && a.max !== undefined
          ? value >= a.min && value <= a.max
          : Math.abs(value - a.value!) <= (a.tolerance ?? 0) + 1e-9;
      const weight = a.weight ?? 100;
      if (inside && (!best || weight > best.weight)) best = { weight, feedback: a.feedback };
    }
    if (!best) return { ...NO_MARKS, feedback: feedbackWrong(q) };
    return { score: clamp(best.weight / 100), feedback: best.feedback ? [best.feedback] : [] };
  },
  expected(item, lang) {
    const q = item.question;
    const a = q.answers.find((x) => (x.weight ?? 100) === 100) ?? q.answers[0]!;
    const unit = q.unit ? ` ${q.unit}` : "";
    if (a.min !== undefined && a.max !== undefined) {
      return [`${formatNumber(a.min, lang)}–${formatNumber(a.max, lang)}${unit}`];
    }
    const tolerance = a.tolerance ? ` (± ${formatNumber(a.tolerance, lang)})` : "";
    return [`${formatNumber(a.value!, lang)}${unit}${tolerance}`];
  },
  describe: (_item, response, lang) => formatNumber(response.value, lang),
  line: {
    choices: () => [],
    ask: (item, lang) =>
      item.question.unit
        ? msg(lang, "ask.numeric-unit", { unit: inertLine(item.question.unit) })
        : msg(lang, "ask.numeric"),
    read(_item, text, lang) {
      const value = parseNumber(text, lang);
      if (value === undefined) return refused("reply.value", {});
      return { kind: "answer", response: { type: "numeric", value } };
    },
  },
  prompt: () => ({ kind: "line" }),
  screen: textScreen({
    submit(_item, input, lang) {
      const value = parseNumber(input.text, lang);
      if (value !== undefined) return { response: { type: "numeric", value }, input };
      // Text that is no number says so; an empty field has nothing to say.
      return input.text.trim() !== "" ? { input, notice: "quiz.not-a-number" } : { input };
    },
    suffix: (item) => (item.question.unit ? ` ${inertLine(item.question.unit)}` : ""),
  }),
  json: (q) => ({
    choices: [],
    answer: null,
    extra: { accept: q.answers, ...(q.unit ? { unit: q.unit } : {}) },
  }),
  authoring: {
    name: "authoring.type.numeric",
    fields: [
      { kind: "number", message: "authoring.numeric.value" },
      { kind: "number", message: "authoring.numeric.tolerance", optional: true },
      { kind: "text", message: "authoring.numeric.unit" },
    ],
    build: ([value, tolerance, unit]) => ({
      answers: [{ value, tolerance }],
      unit: (unit as string).trim() || undefined,
    }),
  },
};
