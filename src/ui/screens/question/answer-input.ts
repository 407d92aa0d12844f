import type { Language } from "../../../core/facts/model.js";
import type { FlagReason } from "../../../core/progress/port.js";
import {
  atTypedBlank,
  type ClozeInput,
  clozeInputReducer,
  clozeInputResponse,
  initialClozeInput,
} from "../../../core/question/types/cloze/index.js";
import type { Certainty } from "../../../core/quiz/answer-record.js";
import { CERTAINTIES } from "../../../core/quiz/certainty.js";
import { parseNumber } from "../../../core/quiz/parse-reply.js";
import type { Presented } from "../../../core/quiz/presentation.js";
import type { Response } from "../../../core/quiz/response.js";

/**
 * What the reader has entered so far for one question, before it is submitted. Positions are in
 * display order; `responseOf` turns them into a Response in the pack's indices.
 */
export interface AnswerInput {
  /** The row the cursor is on: a choice, a left item (matching) or an item (ordering). */
  cursor: number;
  /** multiple: display positions ticked. */
  ticked: number[];
  /** short, numeric, essay: the text typed. */
  text: string;
  /** matching: for each left row, the display position of its right item, or -1. */
  matches: number[];
  /** ordering: display positions of the items, in the order the reader has put them. */
  order: number[];
  /** ordering: the item at the cursor moves with it. */
  grabbed: boolean;
  /**
   * Answering, then (certainty mode) saying how sure; or choosing why to flag; or confirming
   * that the reader leaves the quiz.
   */
  stage: "answer" | "certainty" | "flag" | "leave";
  certaintyCursor: number;
  /** The response waiting for its certainty. */
  pending?: Response;
  /** cloze: what the blanks hold (see core/question/types/cloze/input.ts). */
  cloze?: ClozeInput;
  /** The stage the leave confirmation was opened from, to go back to. */
  before?: "answer" | "certainty" | "flag";
  /** A hint after a refused submit ("tick at least one answer"). */
  notice?: "quiz.pick-one" | "quiz.assign-all" | "quiz.not-a-number";
}

/** What the reader can do to the input of one question. */
export type InputAction =
  | { type: "move"; delta: number }
  | { type: "cycle"; delta: number }
  | { type: "digit"; n: number }
  | { type: "toggle" }
  | { type: "type"; text: string }
  | { type: "erase" }
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
    cursor: 0,
    ticked: [],
    text: "",
    matches: item.lefts.map(() => -1),
    order: item.itemOrder.map((_, k) => k),
    grabbed: false,
    stage: "answer",
    certaintyCursor: 0,
    cloze: item.question.type === "cloze" ? initialClozeInput(item) : undefined,
  };
}

/** Rows the cursor moves over. */
export function rowCount(item: Presented): number {
  switch (item.question.type) {
    case "single":
    case "multiple":
      return item.choiceOrder.length;
    case "truefalse":
      return 2;
    case "matching":
      return item.lefts.length;
    case "ordering":
      return item.itemOrder.length;
    default:
      return 0;
  }
}

/** Whether the question is answered by typing (keys then type instead of acting). */
export function isTextQuestion(item: Presented, input?: AnswerInput): boolean {
  const type = item.question.type;
  if (type === "cloze") return input?.cloze !== undefined && atTypedBlank(item, input.cloze);
  return type === "short" || type === "numeric" || type === "essay";
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
  const s = { ...state, notice: undefined };
  const type = item.question.type;
  const rows = rowCount(item);
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
  if (type === "cloze" && action.type !== "submit" && action.type !== "flagStage") {
    return [{ ...s, cloze: clozeInputReducer(item, s.cloze!, action) }, undefined];
  }
  switch (action.type) {
    case "flagStage":
      return [{ ...s, stage: action.open ? "flag" : "answer" }, undefined];
    case "move": {
      if (rows === 0) return [s, undefined];
      const cursor = clamp(s.cursor + action.delta, rows);
      if (type === "ordering" && s.grabbed && cursor !== s.cursor) {
        const order = [...s.order];
        [order[s.cursor], order[cursor]] = [order[cursor]!, order[s.cursor]!];
        return [{ ...s, cursor, order }, undefined];
      }
      return [{ ...s, cursor }, undefined];
    }
    case "cycle":
      if (type === "matching") {
        const matches = [...s.matches];
        matches[s.cursor] = wrapIndex((matches[s.cursor] ?? -1) + action.delta, item.rights.length);
        return [{ ...s, matches }, undefined];
      }
      return [s, undefined];
    case "digit": {
      const k = action.n - 1;
      if ((type === "single" || type === "truefalse") && k < rows) {
        return submit(item, { ...s, cursor: k }, config);
      }
      if (type === "multiple" && k < rows)
        return [{ ...s, cursor: k, ticked: toggle(s.ticked, k) }, undefined];
      if (type === "matching" && k < item.rights.length) {
        const matches = [...s.matches];
        matches[s.cursor] = k;
        return [{ ...s, matches, cursor: Math.min(rows - 1, s.cursor + 1) }, undefined];
      }
      return [s, undefined];
    }
    case "toggle":
      if (type === "multiple") return [{ ...s, ticked: toggle(s.ticked, s.cursor) }, undefined];
      if (type === "ordering") return [{ ...s, grabbed: !s.grabbed }, undefined];
      return [s, undefined];
    case "type":
      return [{ ...s, text: s.text + action.text }, undefined];
    case "erase":
      return [{ ...s, text: [...s.text].slice(0, -1).join("") }, undefined];
    case "submit":
      return submit(item, s, config);
  }
}

function submit(item: Presented, s: AnswerInput, config: InputConfig): [AnswerInput, InputOutcome] {
  const response = responseOf(item, s, config.lang);
  if (response === "pick-one") return [{ ...s, notice: "quiz.pick-one" }, undefined];
  if (response === "assign-all") {
    const first = s.matches.indexOf(-1);
    return [{ ...s, notice: "quiz.assign-all", cursor: first }, undefined];
  }
  if (response && "notANumber" in response) {
    return [
      { ...s, notice: "quiz.not-a-number", cloze: { ...s.cloze!, cursor: response.notANumber } },
      undefined,
    ];
  }
  if (!response) {
    const unreadable = item.question.type === "numeric" && s.text.trim() !== "";
    return [unreadable ? { ...s, notice: "quiz.not-a-number" } : s, undefined];
  }
  if (config.certaintyMode && response.type !== "essay") {
    return [
      { ...s, grabbed: false, stage: "certainty", pending: response, certaintyCursor: 0 },
      undefined,
    ];
  }
  return [
    { ...s, grabbed: false },
    { kind: "answer", response },
  ];
}

/**
 * The response the input stands for: undefined when there is nothing to submit yet (an empty
 * or unreadable text), or why it cannot be submitted.
 */
export function responseOf(
  item: Presented,
  s: AnswerInput,
  lang: Language,
): Response | "pick-one" | "assign-all" | { notANumber: number } | undefined {
  const q = item.question;
  switch (q.type) {
    case "single":
      return { type: "single", choice: item.choiceOrder[s.cursor]! };
    case "truefalse":
      return { type: "truefalse", value: s.cursor === 0 };
    case "multiple":
      if (s.ticked.length === 0) return "pick-one";
      return {
        type: "multiple",
        choices: [...s.ticked].sort((a, b) => a - b).map((k) => item.choiceOrder[k]!),
      };
    case "numeric": {
      const value = parseNumber(s.text, lang);
      return value === undefined ? undefined : { type: "numeric", value };
    }
    case "short":
      return s.text.trim() ? { type: "short", text: s.text.trim() } : undefined;
    case "essay":
      return s.text.trim() ? { type: "essay", text: s.text.trim() } : undefined;
    case "matching": {
      if (s.matches.some((m) => m < 0)) return "assign-all";
      const rights: (string | null)[] = q.pairs.map(() => null);
      item.lefts.forEach((pair, k) => {
        rights[pair] = item.rights[s.matches[k]!]!;
      });
      return { type: "matching", rights };
    }
    case "ordering":
      return { type: "ordering", order: s.order.map((k) => item.itemOrder[k]!) };
    case "cloze":
      return clozeInputResponse(item, s.cloze!, (t) => parseNumber(t, lang));
    default:
      return undefined;
  }
}

function toggle(list: number[], k: number): number[] {
  return list.includes(k) ? list.filter((x) => x !== k) : [...list, k];
}

function clamp(n: number, rows: number): number {
  return Math.min(rows - 1, Math.max(0, n));
}

function wrapIndex(n: number, size: number): number {
  return ((n % size) + size) % size;
}
