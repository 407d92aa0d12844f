const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const QUOTES = /[\u00ab\u00bb\u201c\u201d\u201e\u201f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** Typographic variants reduced to plain ASCII punctuation: ’ to ', « » to ", – to -. */
export function plainPunctuation(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, "-");
}

/**
 * A key for comparing names and phrases: lowercase, without accents, plain punctuation and
 * single spaces. « Évincé » and "evince" fold to the same key.
 */
export function fold(text: string): string {
  return plainPunctuation(text.normalize("NFD").replace(COMBINING_MARKS, ""))
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}
