import type { Language } from "../../../core/facts/model.js";
import type { FlagReason } from "../../../core/progress/port.js";
import type { EditAction, InputNotice } from "../../../core/question/types/faces.js";
import { answerTypeOf } from "../../../core/question/types/index.js";
import { wrapIndex } from "../../../core/question/types/kit/cursor.js";
import type { Certainty } from "../../../core/quiz/answer-record.js";
import { CERTAINTIES } from "../../../core/quiz/certainty.js";
import type { Presented } from "../../../core/quiz/presentation.js";
import type { Response } from "../../../core/quiz/response.js";
import { isScored } from "../../../core/quiz/scoring.js";

/** What the quiz's input holds whatever the question: the stage, and what it is waiting for. */
export interface InputFrame {
  /**
   * Answering, then (certainty mode) saying how sure; or choosing why to flag; or confirming
   * that the reader leaves the quiz.
   */
  stage: "answer" | "certainty" | "flag" | "leave";
  certaintyCursor: number;
  /** The response waiting for its certainty. */
  pending?: Response;
  /** The stage the leave confirmation was opened from, to go back to. */
  before?: "answer" | "certainty" | "flag";
  /** A hint after a refused submit ("tick at least one answer"). */
  notice?: InputNotice;
}

/** What the question's type keeps of what was entered (a cursor, ticks, a text...). */
export type TypeInput = Readonly<Record<string, unknown>>;

/**
 * What the reader has entered so far for one question, before it is submitted: the frame, and
 * beside it what the question's type keeps (see its screen hooks), in display order until the
 * type turns it into a Response in the pack's indices.
 */
export type AnswerInput = InputFrame & TypeInput;

/** What the reader can do to the input of one question. */
export type InputAction =
  | EditAction
  | { type: "submit" }
  | { type: "flagStage"; open: boolean }
  /** `q` or Esc asks to leave the quiz; the confirmation then finishes it, keeps it, or not. */
  | { type: "leaveStage"; open: boolean };

/** What the input needs to know of the quiz: certainty mode, and the language numbers are typed in. */
export interface InputConfig {
  certaintyMode: boolean;
  lang: Language;
}

/** What a key did beyond changing the input: an answer to hand to the quiz, or a flag. */
export type InputOutcome =
  | { kind: "answer"; response: Response; certainty?: Certainty }
  | { kind: "flag"; reason: FlagReason }
  /** Leave the quiz: finish it now (its score so far), or keep it to take up again later. */
  | { kind: "leave"; keep: boolean }
  | undefined;

/** The empty input for a question. */
export function initialInput(item: Presented): AnswerInput {
  return {
    ...answerTypeOf(item.question).screen.initial(item),
    stage: "answer",
    certaintyCursor: 0,
  };
}

/** What the question's type keeps of an input: all but the frame. */
export function typeInput(input: AnswerInput): TypeInput {
  const { stage: _s, certaintyCursor: _c, pending: _p, before: _b, notice: _n, ...own } = input;
  return own;
}

/** Whether the question is answered by typing now (keys then type instead of acting). */
export function isTextQuestion(item: Presented, input: AnswerInput): boolean {
  return answerTypeOf(item.question).screen.typing(item, typeInput(input));
}

/**
 * The input after an action, and what it produced. Pure: the screen dispatches, then hands an
 * "answer" outcome to the quiz session.
 */
export function answerInputReducer(
  item: Presented,
  state: AnswerInput,
  action: InputAction,
  config: InputConfig,
): [AnswerInput, InputOutcome] {
  const s: AnswerInput = { ...state, notice: undefined };
  if (action.type === "leaveStage") {
    const back = state.stage === "leave" ? (state.before ?? "answer") : state.stage;
    return action.open
      ? [{ ...s, stage: "leave", before: back }, undefined]
      : [{ ...s, stage: back, before: undefined }, undefined];
  }
  if (state.stage === "leave") {
    // 1 (or Enter) finishes now, 2 keeps the quiz to take up again; anything else waits.
    if (action.type === "digit" && (action.n === 1 || action.n === 2)) {
      return [
        { ...s, stage: state.before ?? "answer" },
        { kind: "leave", keep: action.n === 2 },
      ];
    }
    if (action.type === "submit") {
      return [
        { ...s, stage: state.before ?? "answer" },
        { kind: "leave", keep: false },
      ];
    }
    return [state, undefined];
  }
  if (state.stage === "flag") {
    if (action.type === "digit" && (action.n === 1 || action.n === 2)) {
      return [
        { ...s, stage: "answer" },
        { kind: "flag", reason: action.n === 1 ? "wrong" : "unclear" },
      ];
    }
    if (action.type === "flagStage" && !action.open) return [{ ...s, stage: "answer" }, undefined];
    return [state, undefined];
  }
  if (state.stage === "certainty") {
    const pick = (k: number): [AnswerInput, InputOutcome] => [
      { ...s, stage: "answer" },
      { kind: "answer", response: state.pending!, certainty: CERTAINTIES[k]! },
    ];
    if (action.type === "digit" && action.n <= 3) return pick(action.n - 1);
    if (action.type === "cycle" || action.type === "move") {
      return [{ ...s, certaintyCursor: wrapIndex(s.certaintyCursor + action.delta, 3) }, undefined];
    }
    if (action.type === "submit") return pick(s.certaintyCursor);
    return [state, undefined];
  }
  if (action.type === "flagStage") {
    return [{ ...s, stage: action.open ? "flag" : "answer" }, undefined];
  }
  if (action.type === "submit") return submit(item, s, config);
  const edited = answerTypeOf(item.question).screen.edit(item, typeInput(s), action);
  const next: AnswerInput = { ...s, ...edited.input };
  return edited.submit ? submit(item, next, config) : [next, undefined];
}

function submit(item: Presented, s: AnswerInput, config: InputConfig): [AnswerInput, InputOutcome] {
  const submitted = answerTypeOf(item.question).screen.submit(item, typeInput(s), config.lang);
  if (!("response" in submitted)) {
    return [{ ...s, ...submitted.input, notice: submitted.notice }, undefined];
  }
  const after: AnswerInput = { ...s, ...submitted.input };
  const response = submitted.response as Response;
  // What is kept unscored (an essay) has no certainty to say.
  if (config.certaintyMode && isScored(item.question)) {
    return [{ ...after, stage: "certainty", pending: response, certaintyCursor: 0 }, undefined];
  }
  return [after, { kind: "answer", response }];
}
