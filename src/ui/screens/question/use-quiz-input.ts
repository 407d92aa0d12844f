import type { Key } from "ink";
import { isEmptyClozeInput } from "../../../core/question/types/cloze/index.js";
import type { Presented } from "../../../core/quiz/presentation.js";
import { commandOf, digitOf, scrollDelta, typedText } from "../../keys.js";
import { useKeys } from "../../use-keys.js";
import { type AnswerInput, type InputAction, isTextQuestion } from "./answer-input.js";

interface QuizInputOptions {
  item: Presented;
  /** The input as it is now. */
  input: () => AnswerInput;
  phase: "question" | "feedback";
  /** Whether the question shown is flagged (on its feedback): F takes the flag back. */
  flagged: boolean;
  isActive: boolean;
  /** Changes the answer being entered (and answers, flags or leaves through its outcome). */
  edit: (action: InputAction) => void;
  /** Acts on the quiz (skip, next, take a flag back). */
  quiz: (action: "next" | "skip" | "unflag") => void;
  scroll: (delta: number) => void;
  help: () => void;
}

/**
 * Keys of the question and feedback screens, read through the key table: the question's keymap
 * while answering, the feedback's once answered (what their help shows).
 */
export function useQuizInput(o: QuizInputOptions): void {
  useKeys((input, key) => handleKey(o, input, key), { isActive: o.isActive });
}

function handleKey(o: QuizInputOptions, input: string, key: Key): void {
  const state = o.input();
  const digit = digitOf(input, key);
  if (state.stage === "leave" || state.stage === "flag") {
    const command = commandOf(input, key, "question");
    if (digit) o.edit({ type: "digit", n: digit });
    else if (command === "confirm" && state.stage === "leave") o.edit({ type: "submit" });
    else if (command === "back") {
      o.edit(state.stage === "leave" ? { type: "leaveStage", open: false } : flagStage(false));
    }
    return;
  }
  if (o.phase === "feedback") {
    feedbackKey(o, commandOf(input, key, "feedback"));
    return;
  }
  const inText = state.stage === "answer" && isTextQuestion(o.item, state);
  const cloze = o.item.question.type === "cloze";
  const command = commandOf(input, key, "question", inText);
  if (command === "back") {
    o.edit({ type: "leaveStage", open: true });
    return;
  }
  if (command === "help") {
    o.help();
    return;
  }
  if (o.item.question.type === "description") {
    if (command === "confirm") o.quiz("next");
    else if (command === "flag") o.edit(flagStage(true));
    return;
  }
  // A cloze question with every blank empty is skipped, as an empty short answer is.
  if (
    cloze &&
    command === "confirm" &&
    state.stage === "answer" &&
    isEmptyClozeInput(state.cloze!)
  ) {
    o.quiz("skip");
    return;
  }
  if (inText) {
    if (command === "confirm") {
      if (cloze || state.text.trim()) {
        o.edit({ type: "submit" });
        return;
      }
      o.quiz(o.item.question.type === "essay" ? "next" : "skip");
      return;
    }
    // In a cloze question's typed blank, ↑ ↓ still go from blank to blank.
    if (cloze && (command === "up" || command === "down")) {
      o.edit({ type: "move", delta: command === "up" ? -1 : 1 });
      return;
    }
    if (command === "erase") {
      o.edit({ type: "erase" });
      return;
    }
    const text = typedText(input, key);
    if (text && !command) o.edit({ type: "type", text });
    return;
  }
  if (digit) {
    o.edit({ type: "digit", n: digit });
    return;
  }
  switch (command) {
    case "up":
    case "down":
      o.edit({ type: "move", delta: command === "up" ? -1 : 1 });
      return;
    case "left":
    case "right":
      o.edit({ type: "cycle", delta: command === "left" ? -1 : 1 });
      return;
    case "toggle":
      o.edit({ type: "toggle" });
      return;
    case "confirm":
      o.edit({ type: "submit" });
      return;
    case "skip":
      if (state.stage === "answer") o.quiz("skip");
      return;
    case "flag":
      o.edit(flagStage(true));
      return;
    default:
      return;
  }
}

function feedbackKey(o: QuizInputOptions, command: ReturnType<typeof commandOf>): void {
  const delta = scrollDelta(command);
  if (delta !== undefined) {
    o.scroll(delta);
    return;
  }
  switch (command) {
    case "confirm":
      o.quiz("next");
      return;
    case "flag":
      if (!o.flagged) o.edit(flagStage(true));
      return;
    case "unflag":
      if (o.flagged) o.quiz("unflag");
      return;
    case "back":
      o.edit({ type: "leaveStage", open: true });
      return;
    case "help":
      o.help();
      return;
    default:
      return;
  }
}

function flagStage(open: boolean): InputAction {
  return { type: "flagStage", open };
}
