// Letters and digits of any script, as [\p{L}\p{N}] matches them. Building a Unicode property
// class costs the first call of a process most of a millisecond, and the names and descriptions
// of a French pack are Latin-1: those are decided from their code, the rest by the class.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** With the case-insensitive flag the class also takes what folds into it (U+0345 does). */
const LETTER_OR_DIGIT_ANY_CASE = /[\p{L}\p{N}]/iu;

/** Latin-1: ASCII letters and digits, ª µ º, ² ³ ¹ ¼ ½ ¾, and À to ÿ but for × and ÷. */
function latin1(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    );
  }
  if (code >= 0xc0) return code !== 0xd7 && code !== 0xf7;
  return (
    code === 0xaa ||
    code === 0xb5 ||
    code === 0xba ||
    code === 0xb2 ||
    code === 0xb3 ||
    code === 0xb9 ||
    (code >= 0xbc && code <= 0xbe)
  );
}

/** True when the character (one code point) is what /[\p{L}\p{N}]/u matches. */
export function isLetterOrDigit(c: string): boolean {
  if (c === "") return false;
  const code = c.charCodeAt(0);
  return code < 0x100 ? latin1(code) : LETTER_OR_DIGIT.test(c);
}

/** True when the character (one code point) is what /[\p{L}\p{N}]/iu matches. */
export function isLetterOrDigitAnyCase(c: string): boolean {
  if (c === "") return false;
  const code = c.charCodeAt(0);
  return code < 0x100 ? latin1(code) : LETTER_OR_DIGIT_ANY_CASE.test(c);
}

const LETTER = /\p{L}/u;
const LETTER_ANY_CASE = /\p{L}/iu;

/** Latin-1 letters: ASCII ones, ª µ º, and À to ÿ but for × and ÷. */
function latin1Letter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0xc0) return code !== 0xd7 && code !== 0xf7;
  return code === 0xaa || code === 0xb5 || code === 0xba;
}

/**
 * Where the run of letters (as \p{L}, or \p{L} under the i flag when `anyCase`) or, when
 * `hyphen`, hyphens starting at `from` ends: what /[\p{L}-]+/u would match there, read code
 * point by code point without building the class for Latin-1 text.
 */
export function letterRunEnd(
  text: string,
  from: number,
  anyCase: boolean,
  hyphen: boolean,
): number {
  let i = from;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const ok =
      (hyphen && code === 0x2d) ||
      (code < 0x100
        ? latin1Letter(code)
        : (anyCase ? LETTER_ANY_CASE : LETTER).test(String.fromCodePoint(code)));
    if (!ok) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}
