// GIFT has no syntax of its own for embedded answers, and Moodle's GIFT importer reads only the
// first block of a text. newsquiz reads a text with several answer blocks the way a reader does:
// one question with a blank where each block stands (`Paris is the capital of {=France ~Spain}
// and lies on the {=Seine}.`). A block that ends its line before another block starts is the
// usual mistake of a missing blank line between two questions, and is reported as such.

import { blockFields } from "./answers.js";
import { indexOfUnescaped } from "./escape.js";
import { GiftSyntaxError, giftText, splitFormat } from "./text.js";

const BLANK_TYPES = new Set(["single", "multiple", "short", "numeric"]);

/** The fields of a cloze question whose blocks start at `firstOpen`. */
export function clozeFields(text: string, pos: number, firstOpen: number): Record<string, unknown> {
  const blocks: { open: number; close: number }[] = [];
  for (
    let open = firstOpen;
    open >= 0;
    open = indexOfUnescaped(text, "{", blocks.at(-1)!.close + 1)
  ) {
    const close = indexOfUnescaped(text, "}", open + 1);
    if (close < 0) {
      throw new GiftSyntaxError(open, "gift.unclosed");
    }
    const nested = indexOfUnescaped(text, "{", open + 1);
    if (nested >= 0 && nested < close) {
      throw new GiftSyntaxError(nested, "gift.nested");
    }
    const previous = blocks.at(-1);
    if (previous) {
      const between = text.slice(previous.close + 1, open);
      const lineEnd = between.indexOf("\n");
      if (lineEnd >= 0 && between.slice(0, lineEnd).trim() === "") {
        throw new GiftSyntaxError(open, "gift.second-block");
      }
    }
    blocks.push({ open, close });
  }
  const last = blocks.at(-1)!;
  const stray = indexOfUnescaped(text, "}", last.close + 1);
  if (stray >= 0) {
    throw new GiftSyntaxError(stray, "gift.stray-close");
  }
  let raw = "";
  let at = pos;
  blocks.forEach((b, i) => {
    raw += `${text.slice(at, b.open)}{#${i + 1}}`;
    at = b.close + 1;
  });
  const { format, rest } = splitFormat(raw + text.slice(at));
  let explanation: string | undefined;
  const blanks = blocks.map((b, i) => {
    const { explanation: general, ...blank } = blockFields(text, b.open, b.close, format);
    if (!BLANK_TYPES.has(String(blank.type))) {
      throw blank.type === "truefalse"
        ? new GiftSyntaxError(b.open, "gift.blank-truefalse", { n: i + 1 })
        : new GiftSyntaxError(b.open, "gift.blank-kind", { n: i + 1, type: String(blank.type) });
    }
    if (general !== undefined) explanation = general as string;
    return blank;
  });
  return { prompt: giftText(rest, format), format, type: "cloze", blanks, explanation };
}
