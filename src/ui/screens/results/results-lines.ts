import { formatNumber } from "../../../core/i18n/format.js";
import { msg } from "../../../core/i18n/msg.js";
import { describeResponse, formatDuration, formatPercent } from "../../../core/quiz/answer-text.js";
import type { QuizResults } from "../../../core/quiz/results.js";
import type { QuizSession } from "../../../core/quiz/session.js";
import {
  certaintyLines,
  expectedLines,
  firstPassText,
  kindLabel,
  scored,
  scoreText,
  type TranscriptContext,
} from "../../../core/quiz/transcript.js";
import { inertLine } from "../../../core/text/inert.js";
import { bar, type Line, line, item as listItem, para, textWidth } from "../../lines.js";
import type { Tone } from "../../theme.js";

/** The tone of a share of points: right from 80 %, partial from 50 %, wrong below. */
export function shareTone(share: number): Tone {
  if (share >= 0.8) return "right";
  return share >= 0.5 ? "partial" : "wrong";
}

/**
 * The results as rows: the score and the time, a bar per kind of question (where the reader is
 * strong or weak), the certainty summary, and the missed questions with their explanations.
 */
export function resultsBody(
  session: QuizSession,
  results: QuizResults,
  width: number,
  ctx: TranscriptContext,
): Line[] {
  const { lang } = ctx;
  const lines: Line[] = [];
  if (session.firstPass) {
    // A retry of the missed: the quiz's score is the first pass's, which the pack keeps.
    lines.push(...para(firstPassText(session.firstPass, lang), width, "heading"));
  }
  if (!scored(results)) {
    lines.push(...para(msg(lang, "quiz.no-score"), width, "muted"), line(""));
    return lines;
  }
  const share = results.max ? results.points / results.max : 0;
  lines.push(
    line(
      session.firstPass
        ? `${msg(lang, "quiz.retry-score")} ${scoreText(results, lang)}`
        : scoreText(results, lang),
      shareTone(share),
    ),
    ...para(
      msg(lang, "quiz.time", {
        questions: msg(lang, "n.questions", { n: results.asked }),
        time: formatDuration(results.elapsedMs),
      }),
      width,
      "muted",
    ),
    line(""),
  );
  if (results.byKind.length > 0) {
    lines.push(line(msg(lang, "quiz.by-kind"), "heading"));
    const labels = results.byKind.map((k) => kindLabel(k.kind, lang));
    const labelWidth = Math.min(Math.max(...labels.map(textWidth)), Math.floor(width / 2.5));
    results.byKind.forEach((k, i) => {
      const kshare = k.max ? k.points / k.max : 0;
      const tally = ` ${formatNumber(k.points, lang)}/${k.max}`;
      const barWidth = Math.max(4, Math.min(20, width - labelWidth - textWidth(tally) - 2));
      const label =
        labels[i]!.length > labelWidth
          ? `${labels[i]!.slice(0, labelWidth - 1)}…`
          : labels[i]!.padEnd(labelWidth);
      lines.push([
        { text: `${label} `, tone: "normal" },
        { text: bar(kshare, barWidth), tone: shareTone(kshare) },
        { text: tally, tone: "muted" },
      ]);
    });
    lines.push(line(""));
  }
  if (results.certainty) {
    const [title, ...rest] = certaintyLines(results, lang);
    lines.push(...para(title!, width, "heading"));
    for (const text of rest) lines.push(...para(text.trim(), width, "normal", "  "));
    lines.push(line(""));
  }
  if (results.missed.length === 0) {
    lines.push(line(msg(lang, "quiz.none-missed"), "right"));
    return lines;
  }
  lines.push(line(msg(lang, "quiz.missed"), "heading"));
  for (const i of results.missed) {
    const item = session.items[i]!;
    const turn = session.turns[i]!;
    const score = turn.grade ? formatPercent(turn.grade.score, lang) : "—";
    lines.push(
      ...listItem(
        `${i + 1}. `,
        `${inertLine(item.question.prompt)} (${score})`,
        width,
        "normal",
        "muted",
      ),
    );
    const given = inertLine(describeResponse(item, turn.response, lang));
    lines.push(
      ...listItem("   ", msg(lang, "quiz.your-answer", { answer: given }), width, "wrong"),
    );
    for (const text of expectedLines(item, lang))
      lines.push(...listItem("   ", text, width, "right"));
    if (item.question.explanation)
      lines.push(...listItem("   ", inertLine(item.question.explanation), width, "muted"));
    lines.push(line(""));
  }
  return lines;
}
