import type { ScreenHooks } from "../answer-type.js";
import { choiceReview, choiceRows, shownChoices } from "../kit/choices.js";
import { moveCursor, toggle } from "../kit/cursor.js";
import type { MultipleQuestion, MultipleResponse } from "./schema.js";

/** The input of a multiple-answer question: the cursor, and the display positions ticked. */
export interface MultipleInput {
  cursor: number;
  ticked: number[];
}

/** ↑ ↓ move, a digit or Space ticks (or unticks), Enter hands in what is ticked (at least one). */
export const multipleScreen: ScreenHooks<MultipleQuestion, MultipleResponse, MultipleInput> = {
  initial: () => ({ cursor: 0, ticked: [] }),
  edit(item, input, action) {
    const rows = item.choiceOrder.length;
    switch (action.type) {
      case "move":
        return { input: { ...input, cursor: moveCursor(input.cursor, action.delta, rows) } };
      case "digit": {
        const k = action.n - 1;
        if (k >= rows) return { input };
        return { input: { ...input, cursor: k, ticked: toggle(input.ticked, k) } };
      }
      case "toggle":
        return { input: { ...input, ticked: toggle(input.ticked, input.cursor) } };
      default:
        return { input };
    }
  },
  submit(item, input) {
    if (input.ticked.length === 0) return { input, notice: "quiz.pick-one" };
    const choices = [...input.ticked].sort((a, b) => a - b).map((k) => item.choiceOrder[k]!);
    return { response: { type: "multiple", choices }, input };
  },
  typing: () => false,
  empty: () => false,
  movesWhileTyping: false,
  body: (item, input) => ({
    rows: choiceRows(shownChoices(item), input.cursor, (k) =>
      input.ticked.includes(k) ? "[x] " : "[ ] ",
    ),
  }),
  keys: (item) => ({ key: "multiple", max: item.choiceOrder.length }),
  review: (item, response) => choiceReview(item, (i) => response?.choices.includes(i) ?? false),
};
