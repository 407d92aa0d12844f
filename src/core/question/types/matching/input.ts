import { msg } from "../../../i18n/msg.js";
import { inertLine } from "../../../text/inert.js";
import type { ScreenHooks } from "../answer-type.js";
import type { ScreenRow } from "../faces.js";
import { moveCursor, wrapIndex } from "../kit/cursor.js";
import type { MatchingQuestion, MatchingResponse } from "./schema.js";

/** The input of a matching question: the row, and each row's right item (display position, or -1). */
export interface MatchingInput {
  cursor: number;
  matches: number[];
}

/** a, b, c... for the left items. */
export function letter(k: number): string {
  return String.fromCharCode(97 + k);
}

/**
 * ↑ ↓ go from row to row; a digit matches the row with that right item and goes down, ← →
 * step through the right items; Enter hands in once every row is matched.
 */
export const matchingScreen: ScreenHooks<MatchingQuestion, MatchingResponse, MatchingInput> = {
  initial: (item) => ({ cursor: 0, matches: item.lefts.map(() => -1) }),
  edit(item, input, action) {
    const rows = item.lefts.length;
    const matched = (k: number, cursor = input.cursor) => {
      const matches = [...input.matches];
      matches[input.cursor] = k;
      return { input: { ...input, matches, cursor } };
    };
    switch (action.type) {
      case "move":
        return { input: { ...input, cursor: moveCursor(input.cursor, action.delta, rows) } };
      case "cycle":
        return matched(
          wrapIndex((input.matches[input.cursor] ?? -1) + action.delta, item.rights.length),
        );
      case "digit":
        if (action.n - 1 >= item.rights.length) return { input };
        return matched(action.n - 1, Math.min(rows - 1, input.cursor + 1));
      default:
        return { input };
    }
  },
  submit(item, input) {
    if (input.matches.some((m) => m < 0)) {
      return { input: { ...input, cursor: input.matches.indexOf(-1) }, notice: "quiz.assign-all" };
    }
    const rights: (string | null)[] = item.question.pairs.map(() => null);
    item.lefts.forEach((pair, k) => {
      rights[pair] = item.rights[input.matches[k]!]!;
    });
    return { response: { type: "matching", rights }, input };
  },
  typing: () => false,
  empty: () => false,
  movesWhileTyping: false,
  body(item, input, lang) {
    const rows: ScreenRow[] = [];
    item.lefts.forEach((pair, k) => {
      const here = k === input.cursor;
      rows.push({
        kind: "item",
        marker: `${here ? "›" : " "} ${letter(k)}. `,
        text: inertLine(item.question.pairs[pair]!.left),
        tone: here ? "selected" : "normal",
        ...(here ? { focus: true as const } : {}),
      });
      const m = input.matches[k]!;
      const right = m >= 0 ? `→ ${m + 1}. ${inertLine(item.rights[m]!)}` : "→ ?";
      rows.push({ kind: "item", marker: "     ", text: right, tone: m >= 0 ? "accent" : "muted" });
    });
    rows.push(
      { kind: "line", text: "" },
      { kind: "line", text: msg(lang, "ask.choices"), tone: "muted" },
    );
    item.rights.forEach((text, k) => {
      rows.push({ kind: "item", marker: `  ${k + 1}. `, text: inertLine(text) });
    });
    // The rows are answered with the numbers listed under them: keep the list in view.
    return { rows, keepEnd: true };
  },
  keys: (item) => ({ key: "matching", max: item.rights.length }),
  review: () => undefined,
};
