import type { Language } from "../../../i18n/language.js";
import type { AnyQuestion, ScreenHooks, Shown } from "../answer-type.js";
import type { ChoiceReview } from "../faces.js";
import { choiceRows } from "./choices.js";
import { moveCursor } from "./cursor.js";

/** The input of a question answered by picking one row: where the cursor is. */
export interface CursorInput {
  cursor: number;
}

/**
 * The full screen's input of a question answered by picking one of `count` rows: ↑ ↓ move, a
 * digit answers with that row at once, Enter answers with the cursor's.
 */
export function pickOneScreen<Q extends AnyQuestion, R>(o: {
  count(item: Shown<Q>): number;
  texts(item: Shown<Q>, lang: Language): string[];
  response(item: Shown<Q>, cursor: number): R;
  review(item: Shown<Q>, response: R | undefined, lang: Language): ChoiceReview;
}): ScreenHooks<Q, R, CursorInput> {
  return {
    initial: () => ({ cursor: 0 }),
    edit(item, input, action) {
      const rows = o.count(item);
      if (action.type === "move") {
        return { input: { ...input, cursor: moveCursor(input.cursor, action.delta, rows) } };
      }
      if (action.type === "digit" && action.n - 1 < rows) {
        return { input: { ...input, cursor: action.n - 1 }, submit: true };
      }
      return { input };
    },
    submit: (item, input) => ({ response: o.response(item, input.cursor), input }),
    typing: () => false,
    empty: () => false,
    movesWhileTyping: false,
    body: (item, input, lang) => ({ rows: choiceRows(o.texts(item, lang), input.cursor) }),
    keys: (item) => ({ key: "choice", max: o.count(item) }),
    review: o.review,
  };
}
