// GIFT's escapes, as Moodle's own importer reads them: `\\` is a backslash, `\n` a line break,
// and `\~ \= \# \{ \} \:` the character itself. Any other backslash is kept as it is, so LaTeX
// such as `\(x\)` survives. Structural scans skip the character after every backslash.

const ESCAPABLE = "~=#{}:";

/** The text a GIFT fragment stands for: escapes resolved. */
export function unescapeGift(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== "\\" || i + 1 >= raw.length) {
      out += ch;
      continue;
    }
    const next = raw[i + 1]!;
    if (next === "\\") out += "\\";
    else if (next === "n") out += "\n";
    else if (ESCAPABLE.includes(next)) out += next;
    else out += `\\${next}`;
    i++;
  }
  return out;
}

/** A text written so that GIFT reads it back unchanged: specials escaped, line breaks as `\n`. */
export function escapeGift(text: string): string {
  let out = "";
  for (const ch of text.replace(/\r\n?/g, "\n")) {
    if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ESCAPABLE.includes(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/** Index of the first `needle` at or after `from` that no backslash escapes; -1 when none. */
export function indexOfUnescaped(text: string, needle: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Index of the last unescaped `needle`; -1 when none. */
export function lastIndexOfUnescaped(text: string, needle: string): number {
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(needle, i)) last = i;
  }
  return last;
}

/** A piece of text that starts at one of the markers a split looked for ("" for the first). */
export interface Segment {
  marker: string;
  text: string;
  /** Offset of the text (after the marker) in the string that was split. */
  offset: number;
}

/** Splits at every unescaped marker character, keeping which marker opened each piece. */
export function splitUnescaped(text: string, markers: string): Segment[] {
  const out: Segment[] = [];
  let marker = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") {
      i++;
      continue;
    }
    if (markers.includes(ch)) {
      out.push({ marker, text: text.slice(start, i), offset: start });
      marker = ch;
      start = i + 1;
    }
  }
  out.push({ marker, text: text.slice(start), offset: start });
  return out;
}

/** Counts unescaped `{` minus unescaped `}`: above 0 while an answer block is open. */
export function braceDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}") depth--;
  }
  return depth;
}
