import { fold as foldText } from "./fold.js";

// Generation compares the same names, choices and descriptions thousands of times; Unicode
// normalisation is the costly part of folding, so results are remembered. The memo is bounded
// and only ever returns what fold() would, so it cannot change any output.
const MAX_ENTRIES = 100_000;
const memo = new Map<string, string>();

/** {@link foldText}, remembered. */
export function fold(text: string): string {
  let folded = memo.get(text);
  if (folded === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    folded = foldText(text);
    memo.set(text, folded);
  }
  return folded;
}
