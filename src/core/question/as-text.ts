import { htmlToText } from "../text/html-text.js";
import type { WrittenQuestion } from "./model.js";

/**
 * A question written in HTML, as text for where HTML means nothing (a terminal): its prompt,
 * choices, pairs, items, feedback and explanation converted, the answers a reader types left as
 * they are (Moodle keeps those as plain text). Questions in other formats come back unchanged.
 */
export function questionAsText<Q extends WrittenQuestion>(question: Q): Q {
  if (question.format !== "html") return question;
  const t = htmlToText;
  const opt = (text: string | undefined) => (text === undefined ? undefined : t(text));
  const q = { ...question, prompt: t(question.prompt), explanation: opt(question.explanation) };
  switch (q.type) {
    case "single":
    case "multiple":
      return {
        ...q,
        choices: q.choices.map((c) => ({ ...c, text: t(c.text), feedback: opt(c.feedback) })),
      };
    case "truefalse":
      return { ...q, feedbackRight: opt(q.feedbackRight), feedbackWrong: opt(q.feedbackWrong) };
    case "matching":
      return { ...q, pairs: q.pairs.map((p) => ({ left: t(p.left), right: t(p.right) })) };
    case "ordering":
      return { ...q, items: q.items.map(t) };
    case "numeric":
    case "short":
      return { ...q, feedbackWrong: opt(q.feedbackWrong) };
    case "cloze":
      return {
        ...q,
        blanks: q.blanks.map((b) =>
          b.type === "single" || b.type === "multiple"
            ? {
                ...b,
                choices: b.choices.map((c) => ({
                  ...c,
                  text: t(c.text),
                  feedback: opt(c.feedback),
                })),
              }
            : { ...b, feedbackWrong: opt(b.feedbackWrong) },
        ),
      };
    default:
      return q;
  }
}
