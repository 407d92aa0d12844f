import type { Language } from "../../../core/facts/model.js";
import { msg } from "../../../core/i18n/msg.js";
import { answerTypeOf } from "../../../core/question/types/index.js";
import { describeResponse } from "../../../core/quiz/answer-text.js";
import type { Presented } from "../../../core/quiz/presentation.js";
import type { Turn } from "../../../core/quiz/session.js";
import {
  certaintyText,
  expectedLines,
  hasModelAnswer,
  sourcesText,
  type TranscriptContext,
  verdictText,
} from "../../../core/quiz/transcript.js";
import { inertLine } from "../../../core/text/inert.js";
import { type Line, line, item as listItem, para } from "../../lines.js";
import type { Tone } from "../../theme.js";

/** The tone of a verdict: right, wrong, partly right, or neither. */
export function verdictTone(turn: Turn): Tone {
  if (!turn.grade) return "muted";
  if (turn.grade.correct) return "right";
  return turn.grade.score > 0 ? "partial" : "wrong";
}

/**
 * The feedback after an answer, as rows: the question asked, the verdict at a glance (with the
 * certainty mark in certainty mode), each choice marked right (✓) or wrongly picked (✗) with its
 * own feedback, or the reader's answer and the right one, then the explanation and the sources.
 * A question flagged before it was answered shows only that it was flagged.
 */
export function feedbackBody(
  item: Presented,
  turn: Turn,
  width: number,
  ctx: TranscriptContext,
): Line[] {
  const { lang } = ctx;
  const q = item.question;
  const lines: Line[] = [...para(inertLine(q.prompt), width, "heading"), line("")];
  if (turn.flagged && !turn.response && !turn.skipped) {
    lines.push(...para(flagText(turn, lang), width, "warning"));
    return lines;
  }
  lines.push(line(verdictText(turn, lang), verdictTone(turn)));
  const mark = certaintyText(turn, lang);
  if (mark) lines.push(line(mark, "muted"));
  lines.push(line(""));
  const response = turn.response;
  const type = answerTypeOf(q);
  const review = type.screen.review(item, response?.type === q.type ? response : undefined, lang);
  if (review) {
    review.rows.forEach((r, k) => {
      const mark = r.correct ? "✓" : r.picked ? "✗" : " ";
      const tone: Tone = r.correct ? "right" : r.picked ? "wrong" : "muted";
      const suffix = r.picked ? ` ← ${msg(lang, "quiz.your-choice")}` : "";
      lines.push(...listItem(`${mark} ${k + 1}. `, `${inertLine(r.text)}${suffix}`, width, tone));
      if (r.picked && r.feedback) lines.push(...listItem("     ", inertLine(r.feedback), width));
    });
    if (review.gradeFeedback)
      for (const f of turn.grade?.feedback ?? []) lines.push(...para(inertLine(f), width));
  } else if (type.answered !== "none") {
    const given = inertLine(describeResponse(item, response, lang));
    lines.push(...para(msg(lang, "quiz.your-answer", { answer: given }), width, "normal", "  "));
    if (!turn.grade?.correct) {
      expectedLines(item, lang).forEach((text, k) => {
        lines.push(...listItem(k === 0 ? "" : "  ", text.trim(), width, "right"));
      });
    }
    for (const f of turn.grade?.feedback ?? []) lines.push(...para(inertLine(f), width));
  }
  if (q.explanation) {
    lines.push(line(""));
    if (hasModelAnswer(q)) lines.push(line(msg(lang, "quiz.model-answer"), "muted"));
    lines.push(...para(inertLine(q.explanation), width));
  }
  const sources = sourcesText(q.sources, ctx);
  if (sources) lines.push(line(""), ...para(sources, width, "muted", "  "));
  if (turn.flagged) lines.push(line(""), ...para(flagText(turn, lang), width, "warning"));
  return lines;
}

/** "⚑ Flagged as wrong: … · F takes it back". */
function flagText(turn: Turn, lang: Language): string {
  const reason = msg(lang, turn.flagReason === "wrong" ? "flag.wrong" : "flag.unclear");
  return `${msg(lang, "quiz.flagged-as", { reason })} · ${msg(lang, "flag.undo")}`;
}
