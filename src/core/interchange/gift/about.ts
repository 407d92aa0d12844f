import type { FormatAbout } from "../format.js";
import { isTabSeparated } from "../tab-separated.js";

/** GIFT, Moodle's text format. */
export const gift: FormatAbout<"gift"> = {
  id: "gift",
  title: "GIFT",
  reads: true,
  writes: true,
  readsName: /\.gift(?:\.txt)?$/,
  extension: ".gift",
  // Tried last: an answer block or a title is the loosest sign of all. Tab-separated rows are
  // a spreadsheet's or Anki's, whatever braces they hold.
  sniff: {
    order: 90,
    test: (text) =>
      !isTabSeparated(text) && (hasAnswerBlock(text) || /^\s*(::|\$CATEGORY:)/m.test(text))
        ? "this"
        : undefined,
  },
  load: async () => (await import("./index.js")).giftCode,
};

/**
 * True when an unescaped `{` is followed later by an unescaped `}`: a GIFT answer block. A
 * single pass, where a lazy regular expression would rescan the rest of the file from every `{`.
 */
function hasAnswerBlock(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "{") open = true;
    else if (c === "}" && open) return true;
  }
  return false;
}
