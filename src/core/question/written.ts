import type { Pack } from "../facts/model.js";
import type { Question } from "./model.js";

/** The pack's hand-written questions, ready to be asked as they are. */
export function writtenQuestions(pack: Pack): Question[] {
  return pack.questions.map((q) => ({ ...q, kind: "written" as const }));
}
