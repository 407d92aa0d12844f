const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for a letter or digit of any script: ASCII is decided without the Unicode class. */
function isWordChar(c: string): boolean {
  if (c === "") return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a)
    );
  }
  return WORD_CHAR.test(c);
}

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
    if (!isWordChar(before) && !isWordChar(after)) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}
