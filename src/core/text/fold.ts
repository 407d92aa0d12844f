import { boundedMemo } from "../memo.js";

// Text is folded to compare names and phrases, and to find words in sentences. Every fold shares
// these character classes, so that « Évincé » and "evince" meet however the text was folded.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const QUOTES = /[\u00ab\u00bb\u201c\u201d\u201e\u201f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** The text without its accents: « Évincé » gives "Evince". */
export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "");
}

/** Typographic variants reduced to plain ASCII punctuation: ’ to ', « » to ", – to -. */
export function plainPunctuation(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, "-");
}

function foldOnce(text: string): string {
  return plainPunctuation(stripAccents(text)).toLowerCase().replace(SPACES, " ").trim();
}

// The same names, choices and descriptions are folded thousands of times while an article is
// read or a pack's questions are generated; Unicode normalisation is the costly part.
const folded = boundedMemo<string>(100_000);

/**
 * A key for comparing names and phrases: lowercase, without accents, plain punctuation and
 * single spaces. « Évincé » and "evince" fold to the same key.
 */
export function fold(text: string): string {
  return folded(text, () => foldOnce(text));
}

// Extraction matches its word lists against a folded copy of each sentence, then reads spans back
// from the original. `fold` collapses spaces and changes lengths, so this variant keeps every
// character in place: one UTF-16 unit in, one out. A table built once makes it a lookup per
// character, which matters: every sentence of every article goes through it.
const TABLE_SIZE = 0x3000;
let table: Uint16Array | undefined;
// UTF-16 code units back to a string in one native call (lone surrogates pass through unchanged).
const decoder = new TextDecoder("utf-16le");

function foldUnit(code: number): number {
  const ch = String.fromCharCode(code);
  if (/[\u00a0\u202f\u2009]/.test(ch)) return 0x20;
  const plain = plainPunctuation(ch);
  if (plain !== ch) return plain.charCodeAt(0);
  const base = ch.normalize("NFD")[0] ?? ch;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function buildTable(): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) t[code] = foldUnit(code);
  return t;
}

/**
 * Lowercase, accents removed, typographic apostrophes, quotes, dashes and spaces made plain, with
 * the same length as the input, so that an index into the result is an index into the text.
 */
export function foldAligned(text: string): string {
  table ??= buildTable();
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code < TABLE_SIZE ? table[code]! : code;
  }
  return decoder.decode(out);
}
