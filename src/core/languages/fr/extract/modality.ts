import type { ModalityRule } from "../../../extract/config.js";

/**
 * What makes an event not simply done, first match first. Hearsay (« aurait limogé ») is kept as
 * conditional: the article does not assert it.
 */
export const FR_MODALITY: readonly ModalityRule[] = [
  {
    status: "conditional",
    before:
      "aurait|auraient|serait|seraient|pourrait|pourraient|devrait|devraient|semble|semblait|semblent|peut-etre|probablement|susceptible de|susceptibles de|en passe de|risque de",
    reason: "conditional or hearsay before the verb: « pourrait quitter », « aurait limogé »",
  },
  {
    status: "conditional",
    ending: "rait|raient",
    reason: "the verb in the conditional: « quitterait », « rejoindrait »",
  },
  {
    status: "conditional",
    near: "selon des rumeurs|selon la rumeur|de source non confirmee",
    reason: "rumour",
  },
  {
    status: "announced",
    before:
      "envisage|envisagent|envisager|envisagerait|projette|projettent|propose|proposent|compte|comptent|entend|entendent|prevoit|prevoient|prevoir|souhaite|souhaitent|a l'intention de|ont l'intention de|son intention de|leur intention de|s'est dit pret a|se dit pret a",
    reason: "an intention made public: « a annoncé envisager la suppression de »",
  },
  {
    status: "planned",
    before:
      "va|vont|allait|allaient|doit|doivent|devra|devront|s'apprete a|s'appretent a|a accepte de|ont accepte de|accepte de|acceptent de|se prepare a|est appele a|est appelee a",
    reason: "the near future or an agreement: « va quitter », « a accepté de racheter »",
  },
  {
    status: "planned",
    ending: "ra|ront",
    reason: "the verb in the future: « rejoindra », « quittera »",
  },
];
/** Demands, threats, refusals and wishes: what follows has not happened. */
export const FR_IRREALIS =
  "reclam|exig|demand|menac|appel|veut|voulait|voudrait|refus|pour tenter|si le|si la|si les|faute de|condition|prets? a|pretes? a|avant qu|avant de";
