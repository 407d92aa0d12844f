import type { Language, Source } from "../facts/model.js";
import { sourceName } from "../facts/sources.js";
import { formatNumber } from "../i18n/format.js";
import { type MessageKey, msg } from "../i18n/msg.js";
import { colon as colonOf } from "../i18n/typography.js";
import { answerTypeOf } from "../question/types/index.js";
import { inertLine } from "../text/inert.js";
import { describeResponse, expectedAnswer, formatDuration, formatPercent } from "./answer-text.js";
import { certaintyMark, MIN_TO_JUDGE } from "./certainty.js";
import type { Presented } from "./presentation.js";
import type { QuizResults } from "./results.js";
import type { PassTally, Turn } from "./session.js";

// The quiz as plain lines: what line mode and the prompts print, and what a screen reader
// reads. Every text from the pack goes through inertLine here.

/** What the text of a quiz needs besides the session: the language and the pack's sources. */
export interface TranscriptContext {
  lang: Language;
  sources: ReadonlyMap<string, Source>;
}

/** The question as printed: progress, prompt, then its numbered choices or items. */
export function questionLines(item: Presented, n: number, total: number, lang: Language): string[] {
  const q = item.question;
  const unreviewed = q.unreviewed ? ` · ${msg(lang, "quiz.unreviewed")}` : "";
  return [
    msg(lang, "quiz.progress", { n, total }) + unreviewed,
    inertLine(q.prompt),
    ...answerTypeOf(q).line.choices(item, lang),
  ];
}

/** The prompt for one line of answer, saying how to type it. */
export function askText(item: Presented, lang: Language): string {
  return answerTypeOf(item.question).line.ask(item, lang);
}

/** The verdict line: right, wrong, partly right, skipped or not scored. */
export function verdictText(turn: Turn, lang: Language): string {
  if (turn.skipped) return msg(lang, "quiz.skipped");
  if (!turn.grade) return msg(lang, "quiz.unscored");
  if (turn.grade.correct) return msg(lang, "quiz.right");
  if (turn.grade.score > 0) {
    return msg(lang, "quiz.partial", { percent: formatPercent(turn.grade.score, lang) });
  }
  return msg(lang, "quiz.wrong");
}

/** "Certainty: high · mark +3" in certainty mode, once answered; undefined otherwise. */
export function certaintyText(turn: Turn, lang: Language): string | undefined {
  if (!turn.certainty || !turn.grade) return undefined;
  const mark = certaintyMark(turn.grade.score, turn.certainty);
  return msg(lang, "certainty.answer", {
    level: msg(lang, `certainty.${turn.certainty}`),
    mark: `${mark > 0 ? "+" : ""}${formatNumber(mark, lang)}`,
  });
}

/**
 * The feedback after an answer: verdict (and certainty mark), right answer when missed,
 * feedback, explanation, sources.
 */
export function feedbackLines(item: Presented, turn: Turn, ctx: TranscriptContext): string[] {
  const { lang } = ctx;
  const lines = [verdictText(turn, lang)];
  const mark = certaintyText(turn, lang);
  if (mark) lines.push(mark);
  if (!turn.grade?.correct) lines.push(...expectedLines(item, lang));
  for (const text of turn.grade?.feedback ?? []) lines.push(inertLine(text));
  const q = item.question;
  if (q.explanation) {
    if (hasModelAnswer(q)) lines.push(msg(lang, "quiz.model-answer"));
    lines.push(inertLine(q.explanation));
  }
  const sources = sourcesText(q.sources, ctx);
  if (sources) lines.push(sources);
  return lines;
}

/**
 * The answer given to a question and its feedback, for a question shown again after it was
 * answered (a quiz taken up again where it was left, on the feedback).
 */
export function answeredLines(item: Presented, turn: Turn, ctx: TranscriptContext): string[] {
  const given = inertLine(describeResponse(item, turn.response, ctx.lang));
  return [msg(ctx.lang, "quiz.your-answer", { answer: given }), ...feedbackLines(item, turn, ctx)];
}

/** "The right answer: X", or the heading and one indented line per pair or item. */
export function expectedLines(item: Presented, lang: Language): string[] {
  const expected = expectedAnswer(item, lang).map(inertLine);
  if (expected.length === 0) return [];
  if (expected.length === 1) return [msg(lang, "quiz.expected", { answer: expected[0]! })];
  return [msg(lang, "quiz.expected-list"), ...expected.map((line) => `  ${line}`)];
}

/** "Sources: FredZone, « Comment Sam Altman… »", or "" when the question cites none. */
export function sourcesText(ids: readonly string[], ctx: TranscriptContext): string {
  if (ids.length === 0) return "";
  const names = ids.map((id) => {
    const source = ctx.sources.get(id);
    return inertLine(source ? sourceName(source, ctx.lang) : id);
  });
  const label = msg(ctx.lang, "quiz.sources-label", { n: names.length });
  return msg(ctx.lang, "quiz.sources", { label, sources: names.join(", ") });
}

/** The end of a quiz: score, time, each kind, the certainty summary, and what to review. */
export function resultsLines(
  results: QuizResults,
  items: readonly Presented[],
  turns: readonly Turn[],
  ctx: TranscriptContext,
): string[] {
  const { lang } = ctx;
  const colon = colonOf(lang);
  if (!scored(results)) return [msg(lang, "quiz.no-score")];
  const lines = [
    `${scoreText(results, lang)} · ${msg(lang, "quiz.time", { questions: msg(lang, "n.questions", { n: results.asked }), time: formatDuration(results.elapsedMs) })}`,
  ];
  if (results.byKind.length > 0) {
    lines.push(`${msg(lang, "quiz.by-kind")}${colon}`);
    for (const k of results.byKind) {
      const share = formatPercent(k.max ? k.points / k.max : 0, lang);
      lines.push(
        `  ${kindLabel(k.kind, lang)}${colon} ${points(k.points, lang)}/${k.max} (${share})`,
      );
    }
  }
  if (results.certainty) lines.push(...certaintyLines(results, lang));
  if (results.missed.length > 0) {
    lines.push(`${msg(lang, "quiz.missed")}${colon}`);
    for (const i of results.missed) {
      const item = items[i]!;
      lines.push(`  ${i + 1}. ${inertLine(item.question.prompt)}`);
      const turn = turns[i]!;
      const given = inertLine(describeResponse(item, turn.response, lang));
      lines.push(`     ${msg(lang, "quiz.your-answer", { answer: given })}`);
      for (const line of expectedLines(item, lang)) lines.push(`     ${line}`);
      if (item.question.explanation) lines.push(`     ${inertLine(item.question.explanation)}`);
    }
  }
  return lines;
}

/**
 * Whether the results make a score: something was answered (or skipped). A quiz left before
 * its first answer has none, and records none (see applyAndRecord).
 */
export function scored(results: QuizResults): boolean {
  return results.max === 0 || results.answered + results.skipped > 0;
}

/** "The quiz's score (kept as the pack's last): 3/5 (60 %)", said on a retry's results. */
export function firstPassText(first: PassTally, lang: Language): string {
  return msg(lang, "quiz.first-pass", {
    points: points(first.points, lang),
    max: first.max,
    percent: formatPercent(first.max ? first.points / first.max : 0, lang),
  });
}

/** "Score: 2.67/3 (89%)". */
export function scoreText(results: QuizResults, lang: Language): string {
  return msg(lang, "quiz.score", {
    points: points(results.points, lang),
    max: results.max,
    percent: formatPercent(results.max ? results.points / results.max : 0, lang),
  });
}

/** The certainty mark and, per level, how often the reader was right and what that says. */
export function certaintyLines(results: QuizResults, lang: Language): string[] {
  const c = results.certainty;
  if (!c) return [];
  const lines = [
    msg(lang, "certainty.title"),
    `  ${msg(lang, "certainty.mark", { total: points(c.total, lang), average: points(c.average, lang) })}`,
  ];
  for (const level of c.levels) {
    if (level.answers === 0) continue;
    const text = msg(lang, "certainty.level", {
      level: msg(lang, `certainty.${level.certainty}`),
      answers: msg(lang, "n.answers", { n: level.answers }),
      accuracy: formatPercent(level.accuracy ?? 0, lang),
    });
    const verdict = msg(lang, `certainty.${level.verdict}` as MessageKey, { min: MIN_TO_JUDGE });
    lines.push(`  ${text} · ${verdict}`);
  }
  return lines;
}

/** The label of a result kind in the language. */
export function kindLabel(kind: string, lang: Language): string {
  return msg(lang, `kind.${kind}` as MessageKey);
}

function points(value: number, lang: Language): string {
  return formatNumber(value, lang);
}

/** Whether the explanation is a model answer: a kept, unscored answer (an essay) precedes it. */
export function hasModelAnswer(question: Pick<Presented["question"], "type">): boolean {
  return answerTypeOf(question).answered === "kept";
}
