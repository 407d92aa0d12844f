import { useInput } from "ink";
import type { Presented } from "../../../core/quiz/presentation.js";
import type { QuizAction } from "../../../core/quiz/session.js";
import { commandOf, digitOf, typedText } from "../../keys.js";
import { type AnswerInput, type InputAction, isTextQuestion } from "./answer-input.js";

interface QuizInputOptions {
  item: Presented;
  input: AnswerInput;
  phase: "question" | "feedback";
  isActive: boolean;
  /** Changes the answer being entered. */
  edit: (action: InputAction) => void;
  /** Acts on the quiz (skip, next); `now` is filled in by the caller. */
  quiz: (action: QuizAction["type"]) => void;
  scroll: (delta: number) => void;
  finish: () => void;
  help: () => void;
}

/** Keys of the question and feedback screens, read through the key table. */
export function useQuizInput(o: QuizInputOptions): void {
  useInput(
    (input, key) => {
      const inText = o.phase === "question" && o.input.stage === "answer" && isTextQuestion(o.item);
      const command = commandOf(input, key, inText);
      const digit = digitOf(input, key);
      if (o.phase === "feedback") {
        if (command === "confirm") o.quiz("next");
        else if (command === "flag") o.edit({ type: "flagStage", open: true });
        else if (o.input.stage === "flag" && digit) o.edit({ type: "digit", n: digit });
        else if (command === "back" && o.input.stage === "flag")
          o.edit({ type: "flagStage", open: false });
        else if (command === "back") o.finish();
        else if (command === "up" || command === "down") o.scroll(command === "up" ? -1 : 1);
        else if (command === "pageUp" || command === "pageDown")
          o.scroll(command === "pageUp" ? -10 : 10);
        else if (command === "help") o.help();
        return;
      }
      if (o.input.stage === "flag") {
        if (digit) o.edit({ type: "digit", n: digit });
        else if (command === "back") o.edit({ type: "flagStage", open: false });
        return;
      }
      if (o.item.question.type === "description") {
        if (command === "confirm") o.quiz("next");
        else if (command === "back") o.finish();
        else if (command === "flag") o.edit({ type: "flagStage", open: true });
        else if (command === "help") o.help();
        return;
      }
      if (inText) {
        if (command === "confirm") {
          if (!o.input.text.trim()) o.quiz(o.item.question.type === "essay" ? "next" : "skip");
          else o.edit({ type: "submit" });
        } else if (command === "erase") o.edit({ type: "erase" });
        else if (key.escape) o.finish();
        else {
          const text = typedText(input, key);
          if (text) o.edit({ type: "type", text });
        }
        return;
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
          if (o.input.stage === "answer") o.quiz("skip");
          return;
        case "flag":
          return o.edit({ type: "flagStage", open: true });
        case "back":
          return o.finish();
        case "help":
          return o.help();
        default:
          return;
      }
    },
    { isActive: o.isActive },
  );
}
