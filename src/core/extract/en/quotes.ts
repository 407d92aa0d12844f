/** English speech verbs in the forms that attribute a quotation. */
export const EN_SPEECH_VERBS = [
  "said|says|say|told|tells|wrote|writes|posted|posts|tweeted|tweets|added|adds|explained|explains",
  "stated|states|announced|announces|declared|declares|noted|notes|claimed|claims|insisted|insists",
  "argued|argues|warned|warns|admitted|admits|acknowledged|acknowledges|confirmed|confirms|replied",
  "responded|commented|continued|recalled|promised|expressed",
  "statement saying|statement that",
].join("|");
