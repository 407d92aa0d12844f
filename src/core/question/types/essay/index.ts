import { msg } from "../../../i18n/msg.js";
import type { AnswerType } from "../answer-type.js";
import { NO_MARKS } from "../kit/marks.js";
import { type TextInput, textScreen, typedText } from "../kit/text-input.js";
import { type EssayQuestion, type EssayResponse, essayQuestionSchema } from "./schema.js";

/** Essay: free text, kept and followed by the model answer (the explanation), never scored. */
export const essay: AnswerType<
  EssayQuestion,
  EssayResponse,
  TextInput,
  typeof essayQuestionSchema
> = {
  schema: essayQuestionSchema,
  answered: "kept",
  resultKind: "essay",
  reviewLevel: undefined,
  asText: (q) => q,
  present: () => ({}),
  grade: () => NO_MARKS,
  expected: () => [],
  describe: (_item, response) => response.text,
  line: {
    choices: () => [],
    ask: (_item, lang) => msg(lang, "ask.essay"),
    read: (_item, text) =>
      text ? { kind: "answer", response: { type: "essay", text } } : { kind: "continue" },
  },
  prompt: () => ({ kind: "line" }),
  screen: textScreen({
    submit: (_item, input) => typedText(input, (text) => ({ type: "essay", text })),
  }),
  json: () => ({ choices: [], answer: null }),
  authoring: { name: "authoring.type.essay", fields: [], build: () => ({}) },
};
