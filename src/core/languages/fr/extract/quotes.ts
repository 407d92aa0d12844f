import type { PronounRule, QuoteWords } from "../../../extract/config.js";

// Speech verbs, folded, in the forms that attribute a quotation: « a déclaré », « explique-t-il »,
// « a tweeté ». Written out rather than as stems so that « di » never reads « dirigé ».
export const FR_SPEECH_VERBS = [
  "dit|dira|disait|declare|declarait|declarent|indique|indiquait|ajoute|ajoutait|ecrit|ecrivait",
  "reagi|commente|precise|explique|expliquait|affirme|affirmait|assure|assurait|estime|estimait",
  "annonce|reconnu|confie|souligne|soulignent|promis|lance|poste|publie|repondu|repond|confirme",
  "tweete|tweetant|raconte|martele|insiste|note|observe|rappele|rappelle|ironise|deplore|exprime",
  "avertit|averti|previent|previennent|prevenu|reconnait|temoigne|resume|conclut|glisse|lache",
  "admet|admis|juge|jugeait|regrette|felicite|felicitent|denonce|denoncent|accuse|plaide|poursuit",
  "commentent|expliquent|estiment|affirment|indiquent|precisent|ecrivent|assurent|ajoutent|lit",
  // A statement « selon laquelle » someone « n'a pas été franc »: its author speaks.
  "(?:declaration|communique|note|message|lettre) selon (?:laquelle|lequel)",
].join("|");

/** How French attributes a quotation, besides its speech verbs. */
export const FR_QUOTE_WORDS: QuoteWords = {
  // Not « est », « sont »: « est-il ajouté » is impersonal, no one's words.
  auxiliaries: "a|ont|avait|avaient|aurait|auraient|s'est|se sont|s'etait|s'etaient",
  // « a encore déclaré », « déclarait hier matin »: words that may stand around the verb.
  adverbs:
    "encore|ainsi|alors|aussi|d'ailleurs|meme|notamment|egalement|ensuite|enfin|hier|plus tot|pour sa part|de son cote|en substance",
  inversion: "(?:-t)?-(ils|elles|il|elle)(?![\\p{L}])",
  participles:
    "ajoutant|expliquant|estimant|precisant|soulignant|affirmant|declarant|assurant|indiquant|rappelant|jugeant|regrettant",
  according: "selon|d'apres",
  continuation: "et d'ajouter|et de poursuivre|et de conclure|et de preciser|et de marteler",
  documents: "lettre|petition|tribune|motion|note|communique|courrier|courriel|message|rapport",
  documentDeterminers: "la|le|leur|sa|son|cette|ce",
  asides: "qui",
};

/** Subject pronouns: « il » stands for a man or a masculine noun (« le groupe »), « elle » alike. */
export const FR_SUBJECT_PRONOUNS: readonly PronounRule[] = [
  { word: "il", person: true, thing: true, gender: "m" },
  { word: "elle", person: true, thing: true, gender: "f" },
  { word: "ils", person: true, thing: true, plural: true },
  { word: "elles", person: true, thing: true, plural: true },
];
