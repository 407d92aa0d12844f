import type { FlagReason } from "../progress/port.js";
import type { Question } from "../question/model.js";
import { seedFrom } from "../random.js";
import type { Certainty } from "./answer-record.js";
import { type Presented, presentQuestions, type QuestionOrigin } from "./presentation.js";
import type { Response } from "./response.js";
import { type Grade, gradeResponse, isScored } from "./scoring.js";

/** What happened to one question of a quiz. */
export interface Turn {
  response?: Response;
  grade?: Grade;
  certainty?: Certainty;
  skipped?: boolean;
  /** Flagged with `f`: left out of the score, and not asked again in this version of the pack. */
  flagged?: boolean;
  /** Why it was flagged. */
  flagReason?: FlagReason;
  /** Time from the question appearing to the answer or skip, in milliseconds. */
  ms?: number;
}

/** A quiz in progress: a pure value, changed only by {@link quizReducer}. */
export interface QuizSession {
  id: string;
  pack: string;
  packHash: string;
  seed: number;
  certaintyMode: boolean;
  /** A review of what is due (its questions may come from several packs): it makes no last score. */
  review?: boolean;
  /** 0 for the first pass, then 1, 2... for each retry of the missed questions. */
  round: number;
  items: Presented[];
  turns: Turn[];
  index: number;
  phase: "question" | "feedback" | "done";
  startedAt: number;
  shownAt: number;
  finishedAt?: number;
  /**
   * The first pass's points, once the missed questions are asked again (`r`): that pass made
   * the quiz's score, which the pack keeps as its last one, whatever the retries earn.
   */
  firstPass?: PassTally;
}

/** Points earned out of points possible in one pass of a quiz. */
export interface PassTally {
  points: number;
  max: number;
}

/** What starts a quiz. `now` is milliseconds since the epoch, passed in by the caller. */
export interface StartOptions {
  id: string;
  pack: string;
  packHash: string;
  seed: number;
  questions: readonly Question[];
  /** Each question's own pack, in the same order, when they come from several (a review). */
  origins?: readonly QuestionOrigin[];
  review?: boolean;
  certaintyMode?: boolean;
  now: number;
}

/** Everything the reader can do to a quiz. */
export type QuizAction =
  | { type: "answer"; response: Response; certainty?: Certainty; now: number }
  | { type: "skip"; now: number }
  | { type: "next"; now: number }
  /** Flag the current question (see FlagReason); the caller records it with the progress store. */
  | { type: "flag"; reason: FlagReason; now: number }
  /** Take back the flag just put on the current question, on its feedback. */
  | { type: "unflag"; now: number }
  | { type: "finish"; now: number }
  | { type: "retry"; now: number };

/** A new quiz on the given questions, the first one shown at `now`. */
export function startQuiz(options: StartOptions): QuizSession {
  const items = presentQuestions(options.questions, options.seed).map((item, i) => {
    const origin = options.origins?.[i];
    return origin ? { ...item, origin } : item;
  });
  return {
    id: options.id,
    pack: options.pack,
    packHash: options.packHash,
    seed: options.seed,
    certaintyMode: options.certaintyMode ?? false,
    ...(options.review ? { review: true } : {}),
    round: 0,
    items,
    turns: items.map(() => ({})),
    index: 0,
    phase: items.length ? "question" : "done",
    startedAt: options.now,
    shownAt: options.now,
    finishedAt: items.length ? undefined : options.now,
  };
}

/** The session after an action; actions that make no sense in the current phase change nothing. */
export function quizReducer(state: QuizSession, action: QuizAction): QuizSession {
  switch (action.type) {
    case "answer": {
      const item = state.items[state.index];
      if (state.phase !== "question" || !item || item.question.type === "description") return state;
      // An essay is kept and followed by its model answer, but never graded.
      if (item.question.type === "essay") {
        if (action.response.type !== "essay") return state;
        return withTurn(
          state,
          { response: action.response, ms: spent(state, action.now) },
          "feedback",
        );
      }
      const grade = gradeResponse(item.question, action.response);
      const certainty = state.certaintyMode ? (action.certainty ?? "low") : undefined;
      return withTurn(
        state,
        { response: action.response, grade, certainty, ms: spent(state, action.now) },
        "feedback",
      );
    }
    case "skip": {
      // The right answer is shown after a skip, as after a miss: Enter goes on.
      if (state.phase !== "question") return state;
      return withTurn(state, { skipped: true, ms: spent(state, action.now) }, "feedback");
    }
    case "next":
      if (state.phase === "feedback") return advance(state, action.now);
      // Essays and descriptions are read, not answered: Enter moves on.
      if (state.phase === "question" && !isScored(state.items[state.index]!.question)) {
        return advance(withTurn(state, { ms: spent(state, action.now) }, "question"), action.now);
      }
      return state;
    case "flag": {
      if (state.phase === "done") return state;
      const turn = state.turns[state.index]!;
      const flag = { flagged: true, flagReason: action.reason };
      if (state.phase === "feedback") return withTurn(state, { ...turn, ...flag }, "feedback");
      // Flagged before an answer: the feedback says it was flagged (and shows no answer, so that
      // taking the flag back returns to the question).
      return withTurn(state, { ...flag, ms: spent(state, action.now) }, "feedback");
    }
    case "unflag": {
      const turn = state.turns[state.index];
      if (state.phase !== "feedback" || !turn?.flagged) return state;
      const { flagged: _, flagReason: __, ...kept } = turn;
      if (kept.response || kept.skipped) return withTurn(state, kept, "feedback");
      return { ...withTurn(state, {}, "question"), shownAt: action.now };
    }
    case "finish":
      if (state.phase === "done") return state;
      return { ...state, phase: "done", finishedAt: action.now };
    case "retry":
      return retryMissed(state, action.now) ?? state;
  }
}

/**
 * How many questions the reader has been shown: those up to the current one. A quiz stopped
 * early (`q`, the end of the input) never asked the rest, and they count for nothing.
 */
export function reachedCount(state: QuizSession): number {
  return state.items.length === 0 ? 0 : state.index + 1;
}

/**
 * Indices of the questions missed: shown, scored, not flagged, and not fully right (skipped and
 * left unanswered included).
 */
export function missedIndices(state: QuizSession): number[] {
  const reached = reachedCount(state);
  return state.items.flatMap((item, i) => {
    const turn = state.turns[i]!;
    if (i >= reached || !isScored(item.question) || turn.flagged) return [];
    return turn.grade?.correct ? [] : [i];
  });
}

/**
 * The points of the pass just played: the scored, unflagged questions shown, partial credit
 * counted (the score its results show).
 */
export function passTally(state: QuizSession): PassTally {
  const reached = reachedCount(state);
  let points = 0;
  let max = 0;
  state.items.forEach((item, i) => {
    const turn = state.turns[i]!;
    if (i >= reached || !isScored(item.question) || turn.flagged) return;
    points += turn.grade?.score ?? 0;
    max += 1;
  });
  return { points, max };
}

/** A new round on the missed questions, reshuffled; undefined when nothing was missed. */
export function retryMissed(state: QuizSession, now: number): QuizSession | undefined {
  const missed = missedIndices(state);
  if (state.phase !== "done" || missed.length === 0) return undefined;
  const round = state.round + 1;
  // Asked again, every question's choices are shuffled anew: the same order would be answered
  // from where the right choice was, not from memory.
  const items = presentQuestions(
    missed.map((i) => state.items[i]!.question),
    seedFrom(state.seed, "retry", round),
    { previous: missed.map((i) => state.items[i]!) },
  ).map((item, k) => {
    const origin = state.items[missed[k]!]!.origin;
    return origin ? { ...item, origin } : item;
  });
  return {
    ...state,
    firstPass: state.firstPass ?? passTally(state),
    round,
    items,
    turns: items.map(() => ({})),
    index: 0,
    phase: "question",
    startedAt: now,
    shownAt: now,
    finishedAt: undefined,
  };
}

function spent(state: QuizSession, now: number): number {
  return Math.max(0, now - state.shownAt);
}

function withTurn(state: QuizSession, turn: Turn, phase: QuizSession["phase"]): QuizSession {
  const turns = state.turns.map((t, i) => (i === state.index ? turn : t));
  return { ...state, turns, phase };
}

function advance(state: QuizSession, now: number): QuizSession {
  const index = state.index + 1;
  if (index >= state.items.length) return { ...state, phase: "done", finishedAt: now };
  return { ...state, index, phase: "question", shownAt: now };
}
