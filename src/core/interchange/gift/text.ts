import type { MessageKey, MessageVars, Said } from "../../i18n/msg.js";
import { unescapeGift } from "./escape.js";

/** The text formats GIFT names in brackets before a text: `[html]`, `[markdown]`, ... */
export type GiftFormat = "plain" | "markdown" | "html" | "moodle";

const FORMAT_TAG = /^\[(html|moodle|plain|markdown)\]/;

/** A malformed question, thrown inside the parser of one block and reported with its line. */
export class GiftSyntaxError extends Error {
  readonly said: Said;

  constructor(
    readonly offset: number,
    key: MessageKey,
    vars: MessageVars = {},
  ) {
    super(key);
    this.said = { key, vars };
  }
}

/** Splits a leading `[format]` tag off a raw text (after leading blanks). */
export function splitFormat(raw: string): { format?: GiftFormat; rest: string; skipped: number } {
  const start = raw.length - raw.trimStart().length;
  const match = FORMAT_TAG.exec(raw.slice(start));
  if (!match) return { rest: raw.slice(start), skipped: start };
  return {
    format: match[1] as GiftFormat,
    rest: raw.slice(start + match[0].length),
    skipped: start + match[0].length,
  };
}

/**
 * The text a raw GIFT fragment stands for. In plain and Moodle formats a line break in the file
 * is only wrapping, so it reads as a space; `\n` is the way to ask for a line break. HTML and
 * Markdown keep their line breaks, which mean something there (lists, `<pre>`, two-space breaks).
 */
export function giftText(raw: string, format: GiftFormat | undefined): string {
  const wrapped =
    format === "html" || format === "markdown" ? raw : raw.replace(/[ \t]*\n[ \t]*/g, " ");
  return unescapeGift(wrapped).trim();
}

/** A text whose own `[format]` tag, if any, is read and dropped (newsquiz keeps one per question). */
export function taggedText(raw: string, questionFormat: GiftFormat | undefined): string {
  const { format, rest } = splitFormat(raw);
  return giftText(rest, format ?? questionFormat);
}

const WEIGHT = /^\s*%(-?\d+(?:\.\d+)?)%/;

/** A leading `%50%` weight, if any, and the text after it. */
export function splitWeight(raw: string): { weight?: number; rest: string; skipped: number } {
  const match = WEIGHT.exec(raw);
  if (!match) return { rest: raw, skipped: 0 };
  return { weight: Number(match[1]), rest: raw.slice(match[0].length), skipped: match[0].length };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number as GIFT writes it (`3`, `-3.14`, `1e6`), or undefined. */
export function parseGiftNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : undefined;
}

/** Quotes a fragment of the file for an error message, shortened. */
export function quote(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(one.length > 40 ? `${one.slice(0, 39)}…` : one);
}
