import type { Language } from "../../../i18n/language.js";
import { inertLine } from "../../../text/inert.js";
import type { ScreenHooks, Shown } from "../answer-type.js";
import type { EditAction, ScreenRow } from "../faces.js";
import { parseNumber } from "../kit/numbers.js";
import { blankLabel, choicesOf, entryOf } from "./blank.js";
import type { BlankResponse, ClozeQuestion, ClozeResponse } from "./schema.js";

/** What the reader has entered in the blanks so far, in the full-screen quiz. */
export interface ClozeInput {
  /** The blank the cursor is on. */
  cursor: number;
  /** Typed blanks: the text typed. */
  texts: string[];
  /** Choice blanks: the display positions picked. */
  picked: number[][];
}

type Item = Shown<ClozeQuestion>;

/** Every blank empty, the cursor on the first. */
function initialClozeInput(item: Item): ClozeInput {
  const count = item.question.blanks.length;
  return {
    cursor: 0,
    texts: Array(count).fill(""),
    picked: Array.from({ length: count }, () => []),
  };
}

/** Whether nothing has been entered in any blank: Enter then skips, as in an empty text field. */
function isEmptyClozeInput(s: ClozeInput): boolean {
  return s.texts.every((t) => t.trim() === "") && s.picked.every((p) => p.length === 0);
}

/** Whether the cursor is on a blank the reader types into (letters and digits are text there). */
function atTypedBlank(item: Item, s: ClozeInput): boolean {
  const blank = item.question.blanks[s.cursor];
  return blank !== undefined && entryOf(blank).kind === "type";
}

/**
 * The blanks after a key: ↑ ↓ go from blank to blank; on a choice blank a digit picks a choice
 * (ticks or unticks one where several are right) and ← → step through the choices; on a typed
 * blank, text is typed and erased.
 */
function clozeInputReducer(item: Item, s: ClozeInput, action: EditAction): ClozeInput {
  const blanks = item.question.blanks;
  const entry = entryOf(blanks[s.cursor]!);
  const size = item.blankOrders?.[s.cursor]?.length ?? 0;
  const set = <T>(list: T[], value: T) => list.map((v, i) => (i === s.cursor ? value : v));
  switch (action.type) {
    case "move":
      return { ...s, cursor: Math.min(blanks.length - 1, Math.max(0, s.cursor + action.delta)) };
    case "cycle": {
      if (entry.kind !== "pick" || entry.several || size === 0) return s;
      const now = s.picked[s.cursor]![0] ?? -1;
      return { ...s, picked: set(s.picked, [(((now + action.delta) % size) + size) % size]) };
    }
    case "digit": {
      const k = action.n - 1;
      if (k >= size || entry.kind !== "pick") return s;
      if (!entry.several) return { ...s, picked: set(s.picked, [k]) };
      const had = s.picked[s.cursor]!;
      return {
        ...s,
        picked: set(s.picked, had.includes(k) ? had.filter((x) => x !== k) : [...had, k]),
      };
    }
    case "type":
      return entry.kind === "type"
        ? { ...s, texts: set(s.texts, s.texts[s.cursor] + action.text) }
        : s;
    case "erase":
      return entry.kind === "type"
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
function clozeInputResponse(
  item: Item,
  s: ClozeInput,
  lang: Language,
): ClozeResponse | { notANumber: number } | undefined {
  const blanks: (BlankResponse | null)[] = [];
  for (const [i, blank] of item.question.blanks.entries()) {
    const entry = entryOf(blank);
    const order = item.blankOrders?.[i] ?? [];
    const text = s.texts[i]!.trim();
    const picked = s.picked[i]!;
    if (entry.kind === "type") {
      if (!text) blanks.push(null);
      else {
        const response = entry.response(text, (t) => parseNumber(t, lang));
        if (!response) return { notANumber: i };
        blanks.push(response);
      }
    } else if (picked.length === 0) blanks.push(null);
    else blanks.push(entry.response([...picked].sort((a, b) => a - b).map((k) => order[k]!)));
  }
  return blanks.every((b) => b === null) ? undefined : { type: "cloze", blanks };
}

/**
 * The blanks under the text, one row each with what it holds, the cursor's selected; under a
 * choice blank the cursor is on, its numbered choices (ticked where several are right).
 */
function clozeRows(item: Item, state: ClozeInput): ScreenRow[] {
  const rows: ScreenRow[] = [];
  item.question.blanks.forEach((blank, i) => {
    const here = i === state.cursor;
    const order = item.blankOrders?.[i] ?? [];
    const picked = state.picked[i]!;
    const choices = choicesOf(blank);
    const shown = !choices
      ? `${state.texts[i]}${here ? "▏" : ""}`
      : picked.length > 0
        ? picked.map((k) => inertLine(choices[order[k]!]!.text)).join(", ")
        : "?";
    rows.push({
      kind: "item",
      marker: `${here ? "›" : " "} ${blankLabel(i + 1)} `,
      text: shown,
      tone: here ? "selected" : "normal",
      ...(here ? { focus: true as const } : {}),
    });
    if (!here || !choices) return;
    const entry = entryOf(blank);
    const several = entry.kind === "pick" && entry.several;
    order.forEach((c, k) => {
      const tick = several ? (picked.includes(k) ? "[x] " : "[ ] ") : "";
      rows.push({
        kind: "item",
        marker: `      ${tick}${k + 1}. `,
        text: inertLine(choices[c]!.text),
        tone: picked.includes(k) ? "accent" : "muted",
      });
    });
  });
  return rows;
}

/** The full screen's input of a cloze question: the cursor goes from blank to blank. */
export const clozeScreen: ScreenHooks<ClozeQuestion, ClozeResponse, ClozeInput> = {
  initial: initialClozeInput,
  edit: (item, input, action) => ({ input: clozeInputReducer(item, input, action) }),
  submit(item, input, lang) {
    const response = clozeInputResponse(item, input, lang);
    if (!response) return { input };
    if ("notANumber" in response) {
      return { input: { ...input, cursor: response.notANumber }, notice: "quiz.not-a-number" };
    }
    return { response, input };
  },
  typing: atTypedBlank,
  empty: (_item, input) => isEmptyClozeInput(input),
  // In a typed blank, ↑ ↓ still go from blank to blank.
  movesWhileTyping: true,
  body: (item, input) => ({ rows: clozeRows(item, input) }),
  keys: () => ({ key: "cloze" }),
  review: () => undefined,
};
