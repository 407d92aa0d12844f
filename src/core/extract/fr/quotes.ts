// Speech verbs, folded, in the forms that attribute a quotation: « a déclaré », « explique-t-il »,
// « a tweeté ». Written out rather than as stems so that « di » never reads « dirigé ».
export const FR_SPEECH_VERBS = [
  "dit|dira|disait|declare|declarait|declarent|indique|indiquait|ajoute|ajoutait|ecrit|ecrivait",
  "reagi|commente|precise|explique|expliquait|affirme|affirmait|assure|assurait|estime|estimait",
  "annonce|reconnu|confie|souligne|promis|lance|poste|publie|repondu|repond|confirme|tweete|tweetant",
  "raconte|martele|insiste|note|observe|rappele|ironise|deplore|exprime|avertit|averti|prevenu|previent",
  "reconnait|temoigne|resume|conclut|glisse|lache|admet|admis|juge|jugeait|regrette",
  // A statement « selon laquelle » someone « n'a pas été franc »: its author speaks.
  "(?:declaration|communique|note|message|lettre) selon (?:laquelle|lequel)",
].join("|");
