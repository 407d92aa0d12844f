import { isLetterOrDigit } from "./letters.js";

/**
 * True when `phrase` occurs in `text` as whole words (both already folded): "altman" is in
 * "qui a evince sam altman ?" but "sam" is not in "samedi".
 */
export function mentions(text: string, phrase: string): boolean {
  if (phrase === "") return false;
  let at = text.indexOf(phrase);
  while (at !== -1) {
    const before = at === 0 ? "" : text.charAt(at - 1);
    const after = text.charAt(at + phrase.length);
    if (!isLetterOrDigit(before) && !isLetterOrDigit(after)) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}
