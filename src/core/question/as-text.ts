import { htmlToText } from "../text/html-text.js";
import type { WrittenQuestion } from "./model.js";
import { answerTypeOf } from "./types/index.js";
import { maybeText } from "./types/kit/as-text.js";

/**
 * A question written in HTML, as text for where HTML means nothing (a terminal): its prompt,
 * choices, pairs, items, feedback and explanation converted, the answers a reader types left as
 * they are (Moodle keeps those as plain text). Questions in other formats come back unchanged.
 */
export function questionAsText<Q extends WrittenQuestion>(question: Q): Q {
  if (question.format !== "html") return question;
  const explanation = maybeText(question.explanation, htmlToText);
  const q = { ...question, prompt: htmlToText(question.prompt), explanation };
  return answerTypeOf(q).asText(q, htmlToText) as Q;
}
