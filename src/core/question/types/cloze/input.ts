import type { Presented } from "../../../quiz/presentation.js";
import {
  type BlankResponse,
  type ClozeQuestion,
  type ClozeResponse,
  isTypedBlank,
} from "./blank.js";

/** What the reader has entered in the blanks so far, in the full-screen quiz. */
export interface ClozeInput {
  /** The blank the cursor is on. */
  cursor: number;
  /** Typed blanks: the text typed. */
  texts: string[];
  /** Choice blanks: the display positions picked. */
  picked: number[][];
}

/** What a key does to the blanks: the same actions as any question's input. */
export type ClozeAction =
  | { type: "move"; delta: number }
  | { type: "cycle"; delta: number }
  | { type: "digit"; n: number }
  | { type: "toggle" }
  | { type: "type"; text: string }
  | { type: "erase" };

export function initialClozeInput(item: Presented): ClozeInput {
  const count = (item.question as ClozeQuestion).blanks.length;
  return {
    cursor: 0,
    texts: Array(count).fill(""),
    picked: Array.from({ length: count }, () => []),
  };
}

/** Whether nothing has been entered in any blank: Enter then skips, as in an empty text field. */
export function isEmptyClozeInput(s: ClozeInput): boolean {
  return s.texts.every((t) => t.trim() === "") && s.picked.every((p) => p.length === 0);
}

/** Whether the cursor is on a blank the reader types into (letters and digits are text there). */
export function atTypedBlank(item: Presented, s: ClozeInput): boolean {
  const blank = (item.question as ClozeQuestion).blanks[s.cursor];
  return blank !== undefined && isTypedBlank(blank);
}

/**
 * The blanks after a key: ↑ ↓ go from blank to blank; on a choice blank a digit picks a choice
 * (ticks or unticks one where several are right) and ← → step through the choices; on a typed
 * blank, text is typed and erased.
 */
export function clozeInputReducer(item: Presented, s: ClozeInput, action: ClozeAction): ClozeInput {
  const blanks = (item.question as ClozeQuestion).blanks;
  const blank = blanks[s.cursor]!;
  const size = item.blankOrders?.[s.cursor]?.length ?? 0;
  const set = <T>(list: T[], value: T) => list.map((v, i) => (i === s.cursor ? value : v));
  switch (action.type) {
    case "move":
      return { ...s, cursor: Math.min(blanks.length - 1, Math.max(0, s.cursor + action.delta)) };
    case "cycle": {
      if (blank.type !== "single" || size === 0) return s;
      const now = s.picked[s.cursor]![0] ?? -1;
      return { ...s, picked: set(s.picked, [(((now + action.delta) % size) + size) % size]) };
    }
    case "digit": {
      const k = action.n - 1;
      if (k >= size) return s;
      if (blank.type === "single") return { ...s, picked: set(s.picked, [k]) };
      if (blank.type !== "multiple") return s;
      const had = s.picked[s.cursor]!;
      return {
        ...s,
        picked: set(s.picked, had.includes(k) ? had.filter((x) => x !== k) : [...had, k]),
      };
    }
    case "type":
      return isTypedBlank(blank)
        ? { ...s, texts: set(s.texts, s.texts[s.cursor] + action.text) }
        : s;
    case "erase":
      return isTypedBlank(blank)
        ? { ...s, texts: set(s.texts, [...s.texts[s.cursor]!].slice(0, -1).join("")) }
        : s;
    default:
      return s;
  }
}

/**
 * The answer the blanks stand for: undefined while every blank is empty, "not-a-number" (with the
 * cursor put on it) when a numeric blank holds text that is no number.
 */
export function clozeInputResponse(
  item: Presented,
  s: ClozeInput,
  readNumber: (text: string) => number | undefined,
): ClozeResponse | { notANumber: number } | undefined {
  const q = item.question as ClozeQuestion;
  const blanks: (BlankResponse | null)[] = [];
  for (const [i, blank] of q.blanks.entries()) {
    const order = item.blankOrders?.[i] ?? [];
    const text = s.texts[i]!.trim();
    const picked = s.picked[i]!;
    if (blank.type === "short") blanks.push(text ? { type: "short", text } : null);
    else if (blank.type === "numeric") {
      if (!text) blanks.push(null);
      else {
        const value = readNumber(text);
        if (value === undefined) return { notANumber: i };
        blanks.push({ type: "numeric", value });
      }
    } else if (picked.length === 0) blanks.push(null);
    else if (blank.type === "single") blanks.push({ type: "single", choice: order[picked[0]!]! });
    else
      blanks.push({
        type: "multiple",
        choices: [...picked].sort((a, b) => a - b).map((k) => order[k]!),
      });
  }
  return blanks.every((b) => b === null) ? undefined : { type: "cloze", blanks };
}
