import { msg } from "../../../i18n/msg.js";
import type { AnswerType } from "../answer-type.js";
import { maybeText } from "../kit/as-text.js";
import { choicesAsText } from "../kit/choices.js";
import { blankItem, blankLabel } from "./blank.js";
import { type ClozeInput, clozeScreen } from "./input.js";
import { presentCloze } from "./present.js";
import { clozeChoiceLines, promptCloze, readCloze } from "./reply.js";
import { type ClozeQuestion, type ClozeResponse, clozeQuestionSchema } from "./schema.js";
import { gradeCloze } from "./scoring.js";

// Cloze (embedded answers): a text with blanks, each a choice, a typed text or a number, each
// answered, graded and described as a whole question of its own type. Imported from GIFT and
// Moodle XML, or written in pack.yaml; not offered by `newsquiz new`. What the formats that
// write it need is exported here.
export { type BlankQuestion, blankLabel, blankQuestion, choicesOf, fillBlanks } from "./blank.js";
export type { Blank } from "./schema.js";

/** Cloze: blanks in the text, scored as Moodle does, by their marks. */
export const cloze: AnswerType<
  ClozeQuestion,
  ClozeResponse,
  ClozeInput,
  typeof clozeQuestionSchema
> = {
  schema: clozeQuestionSchema,
  answered: "graded",
  resultKind: "cloze",
  reviewLevel: "choice",
  asText: (q, toText) => ({
    ...q,
    blanks: q.blanks.map((b) =>
      "choices" in b
        ? { ...b, choices: choicesAsText(b.choices, toText) }
        : {
            ...b,
            feedbackWrong: maybeText(b.feedbackWrong, toText),
          },
    ),
  }),
  present: presentCloze,
  grade: (q, response, gradeOther) => gradeCloze(q, response, gradeOther),
  expected: (item, lang, expectedOther) =>
    item.question.blanks.map(
      (_, i) => `${blankLabel(i + 1)} ${expectedOther(blankItem(item, i), lang).join(" ")}`,
    ),
  describe: (item, response, lang, describeOther) =>
    response.blanks
      .map((r, i) => `${blankLabel(i + 1)} ${r ? describeOther(blankItem(item, i), r, lang) : "—"}`)
      .join(" · "),
  line: {
    choices: clozeChoiceLines,
    ask: (_item, lang) => msg(lang, "ask.cloze"),
    read: readCloze,
  },
  prompt: promptCloze,
  screen: clozeScreen,
  json: (q) => ({ choices: [], answer: null, extra: { blanks: q.blanks } }),
};
