// French determiners and prepositions contract and elide: "de le conseil" is "du conseil",
// "de OpenAI" is "d'OpenAI". No maintained library does this for arbitrary names, so these few
// rules live here, used by every French sentence newsquiz writes.

// A y before a vowel sounds as a consonant: « de Yahoo », but « d'Yves ».
const VOWEL_START = /^(?:[aeiouàâäéèêëîïôöûùüÿæœAEIOUÀÂÄÉÈÊËÎÏÔÖÛÙÜŸÆŒ]|[yY](?![aeiouyAEIOUY]))/;

/**
 * True when a word starting with this text takes an elided article or preposition (l', d').
 * Words starting with h are left unelided: proper names with an aspirated h (Hollande, Huawei)
 * are more common in the news than mute ones.
 */
export function startsWithVowelSound(text: string): boolean {
  return VOWEL_START.test(text);
}

/** "de" before a name or noun phrase: de Microsoft, d'OpenAI, du conseil, des employés, de l'entreprise. */
export function de(phrase: string): string {
  return contract("de", phrase);
}

/** "à" before a name or noun phrase: à Microsoft, au conseil, aux employés, à l'entreprise. */
export function a(phrase: string): string {
  return contract("à", phrase);
}

/** "que" before a word: que Microsoft, qu'OpenAI. */
export function que(phrase: string): string {
  return elide("que", phrase);
}

/** "le"/"la" before a noun, elided before a vowel: l'entreprise, le conseil, la start-up. */
export function article(noun: string, gender: "m" | "f"): string {
  if (startsWithVowelSound(noun)) return `l'${noun}`;
  return `${gender === "f" ? "la" : "le"} ${noun}`;
}

/** A one-syllable word ending in e, elided before a vowel: "de OpenAI" becomes "d'OpenAI". */
export function elide(word: string, phrase: string): string {
  return startsWithVowelSound(phrase) ? `${word.slice(0, -1)}'${phrase}` : `${word} ${phrase}`;
}

function contract(preposition: "de" | "à", phrase: string): string {
  const m = /^(le|les|Le|Les) (.*)$/s.exec(phrase);
  if (m) {
    const plural = m[1]!.toLowerCase() === "les";
    if (preposition === "de") return `${plural ? "des" : "du"} ${m[2]}`;
    return `${plural ? "aux" : "au"} ${m[2]}`;
  }
  const lower = phrase.replace(/^(La |L')/, (s) => s.toLowerCase());
  if (preposition === "de") return elide("de", lower);
  return `à ${lower}`;
}

/** Past participle agreement: évincé, évincée, évincés, évincées; mis, mise, mis, mises. */
export function agree(participle: string, gender: "m" | "f" | undefined, plural = false): string {
  const feminine = gender === "f";
  const s = plural && (feminine || !/[sx]$/.test(participle)) ? "s" : "";
  return participle + (feminine ? "e" : "") + s;
}
