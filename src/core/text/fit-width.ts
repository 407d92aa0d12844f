/**
 * The text cut to at most `width` characters, ending with "…" when it was cut, so that a line
 * never wraps in a narrow terminal (40 columns).
 */
export function fitWidth(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 0 ? "" : `${chars.slice(0, width - 1).join("")}…`;
}

/**
 * The text broken into lines of at most `width` characters at spaces; lines after the first
 * start with `indent` spaces (and so does the first when it already does). A word longer than
 * a line is cut.
 */
export function wrapWidth(text: string, width: number, indent = 0): string[] {
  const pad = " ".repeat(indent);
  const room = Math.max(1, width - indent);
  const lines: string[] = [];
  let line = "";
  // French puts a space before ? ! : ; and inside « »: never break a line there.
  const glued = text
    .trim()
    .replace(/ ([?!:;»])/g, "\u00a0$1")
    .replace(/« /g, "«\u00a0");
  for (const word of glued.split(/[ \t\n]+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if ([...candidate].length <= room) line = candidate;
    else {
      if (line) lines.push(line);
      line = word;
      while ([...line].length > room) {
        lines.push([...line].slice(0, room).join(""));
        line = [...line].slice(room).join("");
      }
    }
  }
  if (line) lines.push(line);
  return lines.map((l, n) => (n === 0 && !text.startsWith(pad) ? l : pad + l));
}

/** Where a line's text starts after its indentation and list marker ("  1. ", "• ", a date column). */
const HANGING = /^(\s*(?:\d+[.)]\s+|[-•*›✓✗◐→]\s+|[^\s].*?\s{2,}(?=\S))?)/u;

/**
 * Text whose every line is word-wrapped to `width` columns, for a terminal: a line too long is
 * broken at spaces, and its following rows hang under where its text starts (after its
 * indentation, a list marker such as "1. ", or a first column set off by two spaces), so that a
 * word is never split in the middle. Lines that fit are left as they are.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => wrapLine(line, width))
    .join("\n");
}

function wrapLine(line: string, width: number): string[] {
  if ([...line].length <= width) return [line];
  const head = HANGING.exec(line)?.[1] ?? "";
  // A hanging indent wider than half the line leaves no room: hang under the indentation only.
  const indent =
    [...head].length <= width / 2 ? [...head].length : (/^\s*/.exec(line)?.[0].length ?? 0);
  const rows = wrapWidth(line.slice(indent), width - indent);
  return rows.map((row, i) => (i === 0 ? line.slice(0, indent) : " ".repeat(indent)) + row);
}
