import type { FactIndex } from "../facts/fact-index.js";
import type { Quote } from "../facts/model.js";
import { phrasingOf } from "../languages/phrasings.js";
import { escapeRegExp } from "../text/regexp.js";

// "As Gazette noted, the board gave her the post, saying her “leadership was essential”": the
// speaker's own verb of saying opens the sentence, and the words are another's, the subject of
// the participle (« en déclarant ») right before them. Told as the speaker's, they teach who said
// what wrongly, so such a quote is not asked.

/** True when the quote's sentence reports, under its speaker's verb, words another said. */
export function nestedQuote(index: FactIndex, quote: Quote): boolean {
  const evidence = quote.evidence;
  const entity = index.entities.get(quote.speaker);
  if (!evidence || !entity) return false;
  const names = [entity.name, ...entity.aliases].map((n) => escapeRegExp(n));
  const name = `(?:${names.join("|")})`;
  // "As Yahoo noted, …", « Comme l'a noté Yahoo, … »: the sentence is in the pack's language.
  return phrasingOf(index.lang).evidence.nestedQuote(name).test(evidence);
}
