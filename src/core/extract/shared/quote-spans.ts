import type { Span } from "../types.js";

/** A quotation in a paragraph: where its marks are, and whether it was closed there. */
export interface QuoteSpan extends Span {
  /** Where the quoted words start and end, inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** False for a quotation left open to the end of its paragraph (the press's convention when
   * a quotation goes on in the next paragraph, which opens with a quotation mark again). */
  closed: boolean;
}

const OPENERS: Record<string, string> = { "«": "»", "“": "”" };
const CLOSERS = new Set(["»", "”"]);
const SPACE = /[\s\u00a0\u202f]/;

/**
 * Whether a straight quotation mark opens: after a space, a bracket, a dash or a colon and before
 * a word it does (« said: "We », "and "the »); otherwise it closes.
 */
function straightOpens(text: string, i: number): boolean {
  const before = i === 0 ? " " : text[i - 1]!;
  const after = text[i + 1] ?? " ";
  if (SPACE.test(after) || /[.,;:!?)]/.test(after)) return false;
  return SPACE.test(before) || /[([—–:-]/.test(before);
}

/**
 * The quotations of a paragraph: « », “ ” and straight quotation marks, one level deep (a
 * quotation inside a quotation is part of it). A quotation opened while another of the same marks
 * is open ends the first; one never closed runs to the end of the paragraph. One pass, linear.
 */
export function paragraphQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { at: number; closer: string } | undefined;
  const close = (end: number, innerEnd: number, closed: boolean) => {
    if (!open) return;
    out.push({ start: open.at, end, innerStart: open.at + 1, innerEnd, closed });
    open = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (open?.closer === '"' && !straightOpens(text, i)) close(i + 1, i, true);
      else if (!open) open = { at: i, closer: '"' };
      else if (open.closer === '"') {
        // A second opening mark: the first quotation was never closed.
        close(i, i, false);
        open = { at: i, closer: '"' };
      }
      continue;
    }
    const closer = OPENERS[ch];
    if (closer) {
      if (!open) open = { at: i, closer };
      else if (open.closer === closer) {
        close(i, i, false);
        open = { at: i, closer };
      }
      continue;
    }
    // "…crisis.”: a quotation opened with a straight mark and closed with a curly one.
    if (CLOSERS.has(ch) && (open?.closer === ch || (open?.closer === '"' && ch === "”")))
      close(i + 1, i, true);
  }
  close(text.length, text.length, false);
  return out;
}
