import { braceDepth } from "./escape.js";

/** One question's worth of GIFT lines (questions are separated by blank lines). */
export interface GiftBlock {
  /** The lines without comments, joined with "\n". */
  text: string;
  /** File line number (1-based) of each line of `text`. */
  lines: number[];
  /** The `//` comment lines just above or inside the question, without the slashes. */
  comments: string[];
  /** Line of a blank line found inside the answer block, which Moodle would split on. */
  blankInside?: number;
}

/** The file line of an offset into a block's text. */
export function lineAt(block: GiftBlock, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < block.text.length; i++) if (block.text[i] === "\n") n++;
  return block.lines[Math.min(n, block.lines.length - 1)] ?? block.lines[0] ?? 1;
}

/**
 * Cuts a GIFT file into question blocks. Lines whose first non-blank characters are `//` are
 * comments (Moodle reads `[id:…]` and `[tag:…]` in them). A blank line ends a question; when it
 * falls inside an open answer block that a later line closes, the pieces are kept together so
 * that the mistake is reported once, at the right line, rather than as two broken questions.
 */
export function splitBlocks(text: string): GiftBlock[] {
  const raw = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: GiftBlock[] = [];
  let current: { lines: string[]; numbers: number[]; comments: string[] } | null = null;
  const flush = () => {
    if (current && (current.lines.length > 0 || current.comments.length > 0)) {
      blocks.push({
        text: current.lines.join("\n"),
        lines: current.numbers,
        comments: current.comments,
      });
    }
    current = null;
  };
  raw.forEach((line, i) => {
    if (line.trim() === "") {
      flush();
      return;
    }
    current ??= { lines: [], numbers: [], comments: [] };
    const trimmed = line.trimStart();
    if (trimmed.startsWith("//")) current.comments.push(trimmed.slice(2));
    else {
      current.lines.push(line);
      current.numbers.push(i + 1);
    }
  });
  flush();
  return mergeOpenBraces(blocks);
}

function mergeOpenBraces(blocks: GiftBlock[]): GiftBlock[] {
  const out: GiftBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i]!;
    let depth = braceDepth(withoutCategory(block.text));
    let j = i;
    // Only join when a later block does close the brace; a brace never closed is its own error.
    while (depth > 0 && j + 1 < blocks.length) {
      const next = blocks[j + 1]!;
      if (next.text.trimStart().startsWith("::")) break;
      depth += braceDepth(withoutCategory(next.text));
      j++;
    }
    if (j > i && depth <= 0) {
      const blankInside = (block.lines[block.lines.length - 1] ?? 0) + 1;
      for (let k = i + 1; k <= j; k++) {
        const next = blocks[k]!;
        block = {
          text: `${block.text}\n${next.text}`,
          lines: [...block.lines, ...next.lines],
          comments: [...block.comments, ...next.comments],
        };
      }
      out.push({ ...block, blankInside });
      i = j;
    } else {
      out.push(block);
    }
  }
  return out;
}

/** A `$CATEGORY:` line is a name, braces included, not the start of answers. */
function withoutCategory(text: string): string {
  return text.trimStart().startsWith("$CATEGORY:")
    ? text.replace(/^\s*\$CATEGORY:[^\n]*/, "")
    : text;
}
