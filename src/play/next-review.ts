import type { Language } from "../core/facts/model.js";
import { msg } from "../core/i18n/msg.js";
import type { ProgressPort } from "../core/progress/port.js";
import type { QuizSession } from "../core/quiz/session.js";
import { localMinute } from "../run/local-time.js";

/**
 * "Next review: 2024-03-01 09:10.": when to come back to the pack a quiz was on, from the
 * schedule its answers left; undefined when nothing of it will fall due (or for a review, whose
 * command says it across packs).
 */
export function nextReviewLine(
  progress: ProgressPort,
  session: QuizSession,
  now: number,
  lang: Language,
): string | undefined {
  if (session.review) return undefined;
  const next = progress.nextReview(session.pack, new Date(now));
  return next ? msg(lang, "review.next", { date: localMinute(next) }) : undefined;
}
