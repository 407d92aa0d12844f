import { type Key, useInput } from "ink";
import { isEmptyClozeInput } from "../../../core/question/types/cloze/index.js";
import type { Presented } from "../../../core/quiz/presentation.js";
import { commandOf, digitOf, splitKeys, typedText } from "../../keys.js";
import { type AnswerInput, type InputAction, isTextQuestion } from "./answer-input.js";

interface QuizInputOptions {
  item: Presented;
  /** The input as it is now (read afresh for each key of a chunk). */
  input: () => AnswerInput;
  phase: "question" | "feedback";
  isActive: boolean;
  /** Changes the answer being entered; true when that answered or flagged the question. */
  edit: (action: InputAction) => boolean;
  /** Acts on the quiz (skip, next). */
  quiz: (action: "next" | "skip") => void;
  scroll: (delta: number) => void;
  finish: () => void;
  help: () => void;
}

/** Keys of the question and feedback screens, read through the key table. */
export function useQuizInput(o: QuizInputOptions): void {
  useInput(
    (chunk, whole) => {
      for (const [input, key] of splitKeys(chunk, whole)) {
        // Once the quiz moved on, the rest of the chunk belongs to a screen not drawn yet.
        if (handleKey(o, input, key)) break;
      }
    },
    { isActive: o.isActive },
  );
}

/** Acts on one key; true when the key changed the quiz itself. */
function handleKey(o: QuizInputOptions, input: string, key: Key): boolean {
  const state = o.input();
  const inText =
    o.phase === "question" && state.stage === "answer" && isTextQuestion(o.item, state);
  const cloze = o.item.question.type === "cloze";
  const command = commandOf(input, key, inText);
  const digit = digitOf(input, key);
  const quiz = (action: "next" | "skip") => {
    o.quiz(action);
    return true;
  };
  const leave = () => {
    o.finish();
    return true;
  };
  if (state.stage === "flag") {
    if (digit) return o.edit({ type: "digit", n: digit });
    if (command === "back") o.edit({ type: "flagStage", open: false });
    return false;
  }
  if (o.phase === "feedback") {
    if (command === "confirm") return quiz("next");
    if (command === "flag") o.edit({ type: "flagStage", open: true });
    else if (command === "back") return leave();
    else if (command === "up" || command === "down") o.scroll(command === "up" ? -1 : 1);
    else if (command === "pageUp" || command === "pageDown")
      o.scroll(command === "pageUp" ? -10 : 10);
    else if (command === "help") o.help();
    return false;
  }
  if (o.item.question.type === "description") {
    if (command === "confirm") return quiz("next");
    if (command === "back") return leave();
    if (command === "flag") o.edit({ type: "flagStage", open: true });
    else if (command === "help") o.help();
    return false;
  }
  if (cloze && command === "confirm" && state.stage === "answer" && isEmptyClozeInput(state.cloze!))
    return quiz("skip");
  if (inText) {
    if (command === "confirm") {
      if (!cloze && !state.text.trim())
        return quiz(o.item.question.type === "essay" ? "next" : "skip");
      return o.edit({ type: "submit" });
    }
    // In a cloze question's typed blank, ↑ ↓ still go from blank to blank.
    if (cloze && (command === "up" || command === "down"))
      return o.edit({ type: "move", delta: command === "up" ? -1 : 1 });
    if (command === "erase") return o.edit({ type: "erase" });
    if (key.escape) return leave();
    const text = typedText(input, key);
    return text ? o.edit({ type: "type", text }) : false;
  }
  if (digit) return o.edit({ type: "digit", n: digit });
  switch (command) {
    case "up":
    case "down":
      return o.edit({ type: "move", delta: command === "up" ? -1 : 1 });
    case "left":
    case "right":
      return o.edit({ type: "cycle", delta: command === "left" ? -1 : 1 });
    case "toggle":
      return o.edit({ type: "toggle" });
    case "confirm":
      return o.edit({ type: "submit" });
    case "skip":
      return state.stage === "answer" ? quiz("skip") : false;
    case "flag":
      return o.edit({ type: "flagStage", open: true });
    case "back":
      return leave();
    case "help":
      o.help();
      return false;
    default:
      return false;
  }
}
