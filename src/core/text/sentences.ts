import type { Language } from "../facts/model.js";
import { ABBREVIATIONS } from "./abbreviations.js";

/** A sentence of a paragraph, with where it starts and ends in the paragraph's text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter breaks after « M. » in « M. Brockman » and inside quotations that hold several
// sentences; a quotation is one statement, so this scanner keeps it whole. One pass, no regular
// expression over the whole text, so it is linear in the length of the paragraph.
const TERMINATORS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(["»", "”", '"', "’", "'", ")", "]"]);
const OPEN_QUOTES = new Set(["«", "“"]);
const CLOSE_QUOTES = new Set(["»", "”"]);
// A quotation left open this long is a typo, not a quotation: stop protecting it.
const MAX_QUOTE = 800;

function isUpperStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{Lu}\d«“"([–—-]/u.test(ch);
}

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}\p{N}.]/u.test(text[i]!)) i--;
  return text.slice(i + 1, dot);
}

function previousWord(text: string, before: number): string {
  let i = before - 1;
  while (i >= 0 && text[i] === " ") i--;
  const end = i + 1;
  while (i >= 0 && /[\p{L}\p{N}'’-]/u.test(text[i]!)) i--;
  return text.slice(i + 1, end);
}

/** True when the period at `dot` belongs to an abbreviation or an initial, not a sentence end. */
function isAbbreviation(text: string, dot: number, lang: Language): boolean {
  const word = wordBefore(text, dot);
  if (word === "") return false;
  const abbreviations = ABBREVIATIONS[lang];
  if (abbreviations.has(word) || abbreviations.has(word.toLowerCase())) return true;
  // Dotted initials: « J.-C. », « U.S. ».
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  // A list number at the start of a paragraph: « 1. Quels mouvements ? ».
  if (/^\d{1,2}$/.test(word) && text.slice(0, dot).trim() === word) return true;
  // A middle initial (« John F. Kennedy »): one capital after a capitalised word.
  if (/^\p{Lu}$/u.test(word)) {
    const prev = previousWord(text, dot - word.length);
    return /^\p{Lu}\p{Ll}/u.test(prev);
  }
  return false;
}

/**
 * Splits one paragraph into sentences. Abbreviations (« M. », « Mme », « Dr. », « etc. »),
 * initials, decimals and list numbers do not end a sentence, nor does a period inside a quotation.
 */
export function splitSentences(paragraph: string, lang: Language): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let quoteDepth = 0;
  let quoteOpenedAt = -1;
  const push = (end: number) => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead, end: start + lead + text.length });
    start = end;
  };
  // Jump from one quotation mark or terminator to the next: nothing else can end a sentence.
  const marks = /[«»“”.!?…]/g;
  for (let found = marks.exec(paragraph); found; found = marks.exec(paragraph)) {
    const i = found.index;
    const ch = paragraph[i]!;
    if (OPEN_QUOTES.has(ch)) {
      if (quoteDepth === 0) quoteOpenedAt = i;
      quoteDepth++;
      continue;
    }
    if (CLOSE_QUOTES.has(ch) && quoteDepth > 0) {
      quoteDepth--;
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    let j = i + 1;
    while (j < paragraph.length && TERMINATORS.has(paragraph[j]!)) j++;
    if (quoteDepth > 0 && i - quoteOpenedAt < MAX_QUOTE) {
      // « Je pars. Je reviendrai. » Puis... : the quotation closes the sentence it ends.
      let q = j;
      while (q < paragraph.length && /[ \u00a0\u202f]/.test(paragraph[q]!)) q++;
      if (quoteDepth !== 1 || !CLOSE_QUOTES.has(paragraph[q] ?? "")) continue;
      j = q;
    }
    while (j < paragraph.length && CLOSERS.has(paragraph[j]!)) {
      if (CLOSE_QUOTES.has(paragraph[j]!) && quoteDepth > 0) quoteDepth--;
      j++;
    }
    if (j < paragraph.length && !/\s/.test(paragraph[j]!)) {
      marks.lastIndex = j;
      continue;
    }
    let k = j;
    while (k < paragraph.length && /\s/.test(paragraph[k]!)) k++;
    if (k >= paragraph.length) break;
    marks.lastIndex = k;
    if (!isUpperStart(paragraph[k])) continue;
    if (ch === "." && j === i + 1 && isAbbreviation(paragraph, i, lang)) continue;
    quoteDepth = 0;
    push(j);
  }
  push(paragraph.length);
  return out;
}
