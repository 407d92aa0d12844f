import { msg } from "../../../i18n/msg.js";
import type { AnswerType } from "../answer-type.js";
import { NO_MARKS } from "../kit/marks.js";
import { type DescriptionItem, descriptionItemSchema } from "./schema.js";

/** Description: a text to read between questions, never answered (no response has its type). */
export const description: AnswerType<
  DescriptionItem,
  never,
  Record<string, never>,
  typeof descriptionItemSchema
> = {
  schema: descriptionItemSchema,
  answered: "none",
  resultKind: "description",
  reviewLevel: undefined,
  asText: (q) => q,
  present: () => ({}),
  grade: () => NO_MARKS,
  expected: () => [],
  describe: () => "",
  line: {
    choices: () => [],
    ask: (_item, lang) => msg(lang, "ask.description"),
    read: () => ({ kind: "continue" }),
  },
  prompt: () => ({ kind: "line" }),
  screen: {
    initial: () => ({}),
    edit: (_item, input) => ({ input }),
    submit: (_item, input) => ({ input }),
    typing: () => false,
    empty: () => false,
    movesWhileTyping: false,
    body: () => ({ rows: [] }),
    keys: () => ({ key: "read" }),
    review: () => undefined,
  },
  json: () => ({ choices: [], answer: null }),
  authoring: {
    name: "authoring.type.description",
    fields: [],
    build: () => ({}),
    explained: false,
  },
};
