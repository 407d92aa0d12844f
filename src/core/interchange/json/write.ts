import type { Pack } from "../../facts/model.js";
import type { Question, WrittenQuestion } from "../../question/model.js";
import { safeJson } from "../../text/inert.js";
import type { ExportResult } from "../draft.js";

/** Version of the JSON interchange, for readers to check. */
export const QUESTIONS_JSON_VERSION = 1;

/**
 * The questions as JSON, every field kept (sources and facts too), so that nothing is lost
 * between two newsquiz installs or a script and newsquiz.
 */
export function writeQuestionsJson(
  questions: readonly (WrittenQuestion | Question)[],
  pack: Pick<Pack, "id" | "title" | "language">,
  /** The pack's reviewed facts (`newsquiz triage`), shared with its questions when it has any. */
  facts?: object,
): ExportResult {
  const body = {
    newsquiz: "questions",
    version: QUESTIONS_JSON_VERSION,
    pack: { id: pack.id, title: pack.title, language: pack.language },
    questions,
    ...(facts ? { facts } : {}),
  };
  return { text: `${safeJson(body)}\n`, notes: [], count: questions.length };
}
