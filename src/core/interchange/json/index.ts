import { reviewedFacts } from "../../triage/reviewed-facts.js";
import type { InterchangeFormat } from "../format.js";
import { parseQuestionsJson } from "./parse.js";
import { writeQuestionsJson } from "./write.js";

/** newsquiz's own JSON: every field kept, and the pack's reviewed facts. */
export const json: InterchangeFormat<"json"> = {
  id: "json",
  title: "newsquiz JSON",
  readsName: /\.json$/,
  extension: ".json",
  read: parseQuestionsJson,
  write: (questions, pack) => writeQuestionsJson(questions, pack, reviewedFacts(pack)),
};
