import type { Language } from "../../../i18n/language.js";
import { msg } from "../../../i18n/msg.js";
import { word } from "../../../phrase/words.js";
import type { AnswerType } from "../answer-type.js";
import { maybeText } from "../kit/as-text.js";
import { numbered, promptChoices } from "../kit/choices.js";
import { refused } from "../kit/numbers.js";
import { type CursorInput, pickOneScreen } from "../kit/pick-one.js";
import {
  type TrueFalseQuestion,
  type TrueFalseResponse,
  trueFalseQuestionSchema,
} from "./schema.js";

/** « Vrai », « Faux » (or True, False): the two choices, in that order. */
const bothWays = (lang: Language) => [msg(lang, "true"), msg(lang, "false")];

/** True or false: two choices, true first; 1 or 0. */
export const truefalse: AnswerType<
  TrueFalseQuestion,
  TrueFalseResponse,
  CursorInput,
  typeof trueFalseQuestionSchema
> = {
  schema: trueFalseQuestionSchema,
  answered: "graded",
  resultKind: "true-false",
  reviewLevel: "choice",
  asText: (q, toText) => ({
    ...q,
    feedbackRight: maybeText(q.feedbackRight, toText),
    feedbackWrong: maybeText(q.feedbackWrong, toText),
  }),
  present: () => ({}),
  grade(q, response) {
    const right = response.value === q.answer;
    const text = right ? q.feedbackRight : q.feedbackWrong;
    return { score: right ? 1 : 0, feedback: text ? [text] : [] };
  },
  expected: (item, lang) => [msg(lang, item.question.answer ? "true" : "false")],
  describe: (_item, response, lang) => msg(lang, response.value ? "true" : "false"),
  line: {
    choices: (_item, lang) => numbered(bothWays(lang)),
    ask: (_item, lang) => msg(lang, "ask.single", { max: 2 }),
    read(_item, text) {
      const value = truth(text);
      if (value === undefined) return refused("reply.number", { max: 2 });
      return { kind: "answer", response: { type: "truefalse", value } };
    },
  },
  prompt: (_item, lang) => ({
    kind: "fields",
    fields: [{ kind: "pick", label: "", choices: promptChoices(bothWays(lang)), commands: true }],
    line: ([picked]) => picked!,
  }),
  screen: pickOneScreen<TrueFalseQuestion, TrueFalseResponse>({
    count: () => 2,
    texts: (_item, lang) => bothWays(lang),
    response: (_item, cursor) => ({ type: "truefalse", value: cursor === 0 }),
    review: (item, response, lang) => ({
      rows: [true, false].map((v) => ({
        text: msg(lang, v ? "true" : "false"),
        correct: v === item.question.answer,
        picked: response?.value === v,
      })),
      gradeFeedback: true,
    }),
  }),
  json: (q, lang) => ({
    choices: [word(lang, "true"), word(lang, "false")],
    answer: q.answer ? 0 : 1,
  }),
  authoring: {
    name: "authoring.type.truefalse",
    fields: [
      {
        kind: "choose",
        message: "authoring.truefalse.statement",
        choices: [
          { name: "authoring.truefalse.true", value: "true" },
          { name: "authoring.truefalse.false", value: "false" },
        ],
      },
    ],
    build: ([answer]) => ({ answer: answer === "true" }),
  },
};

/** A truth typed as a number or a word in either language. */
function truth(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (["1", "v", "vrai", "t", "true", "o", "oui", "y", "yes"].includes(t)) return true;
  if (["2", "f", "faux", "false", "n", "non", "no"].includes(t)) return false;
  return undefined;
}
