// Cloze (embedded answers): a text with blanks, each a choice, a typed text or a number. Every
// piece a face or a format needs is here; the rest of the code calls these and nothing else.
export {
  type Blank,
  type BlankResponse,
  blankItem,
  blankLabel,
  blankQuestion,
  type ClozeQuestion,
  type ClozeResponse,
  fillBlanks,
  isTypedBlank,
} from "./blank.js";
export {
  atTypedBlank,
  type ClozeInput,
  clozeInputReducer,
  clozeInputResponse,
  initialClozeInput,
  isEmptyClozeInput,
} from "./input.js";
export { readMoodleCloze, writeMoodleBlank } from "./moodle-syntax.js";
export { blankOrders } from "./present.js";
export { clozeChoiceLines, parseClozeReply } from "./reply.js";
export { blankSchema, clozeQuestionSchema } from "./schema.js";
export { gradeCloze } from "./scoring.js";
