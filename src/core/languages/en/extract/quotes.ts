import type { PronounRule, QuoteWords } from "../../../extract/config.js";

/** English speech verbs in the forms that attribute a quotation. */
export const EN_SPEECH_VERBS = [
  "said|says|say|told|tells|wrote|writes|posted|posts|tweeted|tweets|added|adds|explained|explains",
  "stated|states|announced|announces|declared|declares|noted|notes|claimed|claims|insisted|insists",
  "argued|argues|warned|warns|admitted|admits|acknowledged|acknowledges|confirmed|confirms|replied",
  "responded|commented|continued|recalled|promised|expressed|reported|reports|read|reads|stressed",
  "statement saying|statement that",
].join("|");

/** How English attributes a quotation, besides its speech verbs. */
export const EN_QUOTE_WORDS: QuoteWords = {
  auxiliaries: "has|had|have|was|is|were",
  adverbs: "also|later|then|further|previously|earlier|once|simply|in a statement",
  participles: "saying|adding|noting|explaining|writing|stating|arguing|warning|telling",
  according: "according to",
  continuation: "and added|and continued",
  documents: "letter|statement|memo|petition|e-?mail|post|filing|complaint|note|report",
  documentDeterminers: "the|their|its|his|her",
  asides: "who|which",
  told: "told|tells",
};

/** Subject pronouns: "it" stands for a thing, never a person; "they" for several or a group. */
export const EN_SUBJECT_PRONOUNS: readonly PronounRule[] = [
  { word: "he", person: true, thing: false, gender: "m" },
  { word: "she", person: true, thing: false, gender: "f" },
  { word: "it", person: false, thing: true },
  { word: "they", person: true, thing: true, plural: true },
];
