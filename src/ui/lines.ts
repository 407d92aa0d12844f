import type { Tone } from "./theme.js";

/** A run of text in one tone. */
export interface Span {
  text: string;
  tone?: Tone;
}

/** One screen row; every row fits the width it was built for. */
export type Line = Span[];

/** A line of one span. */
export function line(text: string, tone: Tone = "normal"): Line {
  return [{ text, tone }];
}

/** Columns a text takes: one per character, none for combining marks. */
export function textWidth(text: string): number {
  return [...text.normalize("NFC")].filter((c) => !/\p{M}/u.test(c)).length;
}

/** The text cut to `width` columns, with … when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  const chars = [...text];
  if (textWidth(text) <= width) return text;
  return `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
}

/**
 * Word-wrapped rows of `width` columns; words longer than a row are broken. `indent` starts the
 * rows after the first, so that wrapped list items hang under their text.
 */
export function wrap(text: string, width: number, indent = ""): string[] {
  const out: string[] = [];
  const room = Math.max(1, width);
  for (const paragraph of text.split("\n")) {
    let row = "";
    let prefix = "";
    const flush = () => {
      out.push(row);
      prefix = indent;
      row = "";
    };
    for (const word of paragraph.split(/ +/)) {
      let rest = word;
      for (;;) {
        const start = row ? `${row} ` : prefix;
        if (textWidth(start + rest) <= room) {
          row = start + rest;
          break;
        }
        if (row) {
          flush();
          continue;
        }
        // A word wider than a whole row: break it.
        const fit = Math.max(1, room - textWidth(prefix));
        const chars = [...rest];
        row = prefix + chars.slice(0, fit).join("");
        rest = chars.slice(fit).join("");
        flush();
        if (!rest) break;
      }
    }
    if (row || out.length === 0 || paragraph === "") out.push(row);
  }
  return out;
}

/** Wrapped text as lines of one tone. */
export function para(text: string, width: number, tone: Tone = "normal", indent = ""): Line[] {
  return wrap(text, width, indent).map((row) => line(row, tone));
}

/**
 * A list item: `marker` (such as "› 1. ") then the text wrapped under itself, the marker in its
 * own tone.
 */
export function item(
  marker: string,
  text: string,
  width: number,
  tone: Tone = "normal",
  markerTone: Tone = tone,
): Line[] {
  const pad = " ".repeat(textWidth(marker));
  const rows = wrap(text, Math.max(1, width - textWidth(marker)));
  return rows.map((row, i) => [
    { text: i === 0 ? marker : pad, tone: markerTone },
    { text: row, tone },
  ]);
}

/** A bar of `width` cells filled to `share` (0 to 1): ███░░. */
export function bar(share: number, width: number): string {
  const full = Math.round(Math.min(1, Math.max(0, share)) * width);
  return "█".repeat(full) + "░".repeat(Math.max(0, width - full));
}
