import type { SessionRecord } from "../progress/port.js";
import type { Question, QuestionKind } from "../question/model.js";
import type { AnswerRecord } from "./answer-record.js";
import { type CertaintyLevel, calibration, certaintyMark } from "./certainty.js";
import { isScored } from "./scoring.js";
import { missedIndices, passTally, type QuizSession, reachedCount } from "./session.js";

/** What the results screen groups questions by: the generated kind, or for written ones the closest kind. */
export type ResultKind =
  | Exclude<QuestionKind, "written">
  | "single"
  | "multiple"
  | "short"
  | "matching"
  | "cloze";

/** A hand-written question counts with the generated kind it resembles, else under its type. */
export function resultKind(question: Question): ResultKind {
  if (question.kind !== "written") return question.kind;
  switch (question.type) {
    case "truefalse":
      return "true-false";
    case "numeric":
      return "how-many";
    case "ordering":
      return "order";
    case "multiple":
    case "short":
    case "matching":
    case "cloze":
      return question.type;
    default:
      return "single";
  }
}

/** Points earned out of the points possible, for the whole quiz or one kind. */
export interface Tally {
  points: number;
  max: number;
}

/** The certainty-based marking summary, in certainty mode. */
export interface CertaintySummary {
  /** Sum of the CBM marks (right 1/2/3, wrong 0/-2/-6). */
  total: number;
  /** total / answers scored. */
  average: number;
  levels: CertaintyLevel[];
}

/** Everything the results screen and line mode show at the end of a quiz. */
export interface QuizResults extends Tally {
  /** Rounded percentage of points (0 when nothing was scored). */
  percent: number;
  /** Questions shown: all of them, unless the quiz was stopped early. */
  asked: number;
  /** Questions fully right. */
  right: number;
  answered: number;
  skipped: number;
  flagged: number;
  /** From the first question shown to the end, in milliseconds. */
  elapsedMs: number;
  byKind: (Tally & { kind: ResultKind })[];
  /** Indices of the missed questions, in quiz order. */
  missed: number[];
  certainty?: CertaintySummary;
}

/**
 * The results of a quiz, finished or stopped: the questions shown count (one left unanswered
 * as missed), those never shown do not.
 */
export function quizResults(
  state: QuizSession,
  now: number = state.finishedAt ?? state.shownAt,
): QuizResults {
  const { points, max } = passTally(state);
  let right = 0;
  let answered = 0;
  let skipped = 0;
  let flagged = 0;
  const kinds = new Map<ResultKind, Tally>();
  const judged: { score: number; certainty: NonNullable<AnswerRecord["certainty"]> }[] = [];
  const asked = reachedCount(state);
  state.items.slice(0, asked).forEach((item, i) => {
    const turn = state.turns[i]!;
    if (turn.flagged) flagged++;
    if (!isScored(item.question) || turn.flagged) return;
    const score = turn.grade?.score ?? 0;
    if (turn.grade) answered++;
    if (turn.grade?.correct) right++;
    if (turn.skipped) skipped++;
    const kind = resultKind(item.question);
    const tally = kinds.get(kind) ?? { points: 0, max: 0 };
    kinds.set(kind, { points: tally.points + score, max: tally.max + 1 });
    if (turn.grade && turn.certainty) judged.push({ score, certainty: turn.certainty });
  });
  const results: QuizResults = {
    points,
    max,
    percent: max ? Math.round((points / max) * 100) : 0,
    asked,
    right,
    answered,
    skipped,
    flagged,
    elapsedMs: Math.max(0, (state.finishedAt ?? now) - state.startedAt),
    byKind: [...kinds].map(([kind, tally]) => ({ kind, ...tally })),
    missed: missedIndices(state),
  };
  if (state.certaintyMode) {
    const total = judged.reduce((sum, j) => sum + certaintyMark(j.score, j.certainty), 0);
    results.certainty = {
      total,
      average: judged.length ? total / judged.length : 0,
      levels: calibration(judged),
    };
  }
  return results;
}

/**
 * Whether the reader answered anything (or skipped it, which is an answer in the log): a quiz
 * left before that (a stray `q`, an empty input) has no score, and makes none.
 */
export function hasAnswers(state: QuizSession): boolean {
  return state.turns.some((t) => t.grade !== undefined || t.skipped === true);
}

/**
 * The record of the answer to question `index`, for the progress store: an answer graded, or a
 * skip (a miss that says so); undefined if neither (an essay, a question not reached).
 */
export function answerRecordOf(
  state: QuizSession,
  index: number,
  at: Date,
): AnswerRecord | undefined {
  const item = state.items[index];
  const turn = state.turns[index];
  if (!item || !turn) return undefined;
  const skipped = turn.skipped === true && isScored(item.question);
  if (!turn.grade && !skipped) return undefined;
  const q = item.question;
  const record: AnswerRecord = {
    v: 1,
    pack: item.origin?.pack ?? state.pack,
    packHash: item.origin?.packHash ?? state.packHash,
    question: q.id,
    kind: q.kind,
    type: q.type,
    facts: [...q.facts],
    correct: turn.grade?.correct ?? false,
    score: turn.grade?.score ?? 0,
    at: at.toISOString(),
    ms: turn.ms ?? 0,
    session: state.id,
  };
  if (turn.certainty) record.certainty = turn.certainty;
  if (skipped) record.skipped = true;
  return record;
}

/** What the progress store keeps of a quiz that ended: the score its results show. */
export function sessionRecordOf(state: QuizSession, at: Date): SessionRecord {
  const results = quizResults(state);
  return {
    v: 1,
    pack: state.pack,
    packHash: state.packHash,
    session: state.id,
    score: Math.round(results.points * 10_000) / 10_000,
    total: results.max,
    asked: results.asked,
    at: at.toISOString(),
  };
}
