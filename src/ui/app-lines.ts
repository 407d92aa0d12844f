import type { Language } from "../core/facts/model.js";
import { msg } from "../core/i18n/msg.js";
import type { ProgressPort } from "../core/progress/port.js";
import { quizResults } from "../core/quiz/results.js";
import type { QuizSession } from "../core/quiz/session.js";
import { firstPassText, scored, scoreText } from "../core/quiz/transcript.js";
import { inertLine } from "../core/text/inert.js";

/**
 * The line said once the shell is back, after a quiz: its score, the one the pack keeps (and
 * home and `stats` show); after a retry of the missed, that score first, then the retry's; or
 * that nothing was answered.
 */
export function leaveSummary(session: QuizSession, title: string, lang: Language): string {
  const results = quizResults(session);
  const name = inertLine(title);
  if (session.firstPass) {
    return msg(lang, "leave.retried", {
      title: name,
      first: firstPassText(session.firstPass, lang),
      retry: `${msg(lang, "quiz.retry-score")} ${scoreText(results, lang)}`,
      seed: session.seed,
    });
  }
  if (!scored(results)) return `${name}: ${msg(lang, "quiz.no-score")}`;
  return msg(lang, "leave.summary", {
    title: name,
    score: scoreText(results, lang),
    seed: session.seed,
  });
}

/** "Next review: 2024-03-01 09:10." for a quiz's pack, once it ended; undefined for a review. */
export function nextReviewText(
  progress: ProgressPort,
  session: QuizSession,
  now: number,
  lang: Language,
  minuteOf: (at: Date) => string,
): string | undefined {
  if (session.review) return undefined;
  const next = progress.nextReview(session.pack, new Date(now));
  return next ? msg(lang, "review.next", { date: minuteOf(next) }) : undefined;
}
