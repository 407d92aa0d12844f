import type { ProgressPort } from "../progress/port.js";
import { answerRecordOf, hasAnswers, sessionRecordOf } from "./results.js";
import { type QuizAction, type QuizSession, quizReducer } from "./session.js";

/**
 * Applies an action and tells the progress store what it must keep: the answer just given (or
 * the question just skipped, a miss for review), the question just flagged, the score of a quiz just ended. The one place where the TUI, the
 * prompts and line mode record, so that no face of the quiz forgets to. Only the quiz itself
 * makes a score: a retry of the missed questions, or a review, records its answers, not a new
 * last score; nor does a quiz in which nothing was answered.
 */
export function applyAndRecord(
  state: QuizSession,
  action: QuizAction,
  progress: ProgressPort,
): QuizSession {
  const next = quizReducer(state, action);
  if (next === state) return state;
  if (action.type === "answer" || action.type === "skip") {
    const record = answerRecordOf(next, state.index, new Date(action.now));
    if (record) progress.recordAnswer(record);
  }
  if (action.type === "flag" || action.type === "unflag") {
    const item = state.items[state.index]!;
    const reason =
      action.type === "flag" ? action.reason : (state.turns[state.index]!.flagReason ?? "unclear");
    progress.recordFlag({
      v: 1,
      pack: item.origin?.pack ?? state.pack,
      packHash: item.origin?.packHash ?? state.packHash,
      question: item.question.id,
      reason,
      at: new Date(action.now).toISOString(),
      ...(action.type === "unflag" ? { withdrawn: true as const } : {}),
    });
  }
  // A quiz ended before any answer (a stray `q`, an empty input) makes no score: the pack's last
  // score stays the last one a reader earned.
  const ended = next.phase === "done" && state.phase !== "done";
  if (ended && next.round === 0 && !next.review && hasAnswers(next)) {
    progress.recordSession(sessionRecordOf(next, new Date(action.now)));
  }
  return next;
}

/** The questions still worth asking: those not flagged in this version of the pack. */
export function unflagged<Q extends { id: string }>(
  questions: readonly Q[],
  flagged: Set<string>,
): Q[] {
  return questions.filter((q) => !flagged.has(q.id));
}
