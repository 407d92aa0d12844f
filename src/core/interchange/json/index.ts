import { reviewedFacts } from "../../triage/reviewed-facts.js";
import type { FormatCode } from "../format.js";
import { parseQuestionsJson } from "./parse.js";
import { writeQuestionsJson } from "./write.js";

/** newsquiz JSON's reader and writer (what it is: about.ts). */
export const jsonCode: FormatCode = {
  read: parseQuestionsJson,
  write: (questions, pack) => writeQuestionsJson(questions, pack, reviewedFacts(pack)),
};
