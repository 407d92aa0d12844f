import type { EventRule, ModalityRule } from "../config.js";

const PERSON = ["person"] as const;
const PERSON_OR_GROUP = ["person", "group"] as const;
const ORG = ["organisation"] as const;
// A company is bought by a company or by a person (« l'homme d'affaires X a racheté le club »).
const BUYER = ["organisation", "person"] as const;
const ACTOR = ["organisation", "group", "person"] as const;

// Folded forms (no accents), so « embauche » typed without its accent is read too. Each verb is
// listed with the forms news prose uses: past participle (all agreements), present, infinitive.
const pp = (stem: string) => `${stem}(?:e|ee|es|ees)`;

/** French event triggers: verbs in every voice, and the nouns news prose makes of them. */
export const FR_EVENTS: readonly EventRule[] = [
  {
    // Before the dismissal verbs, which would read « a licencié 7 500 salariés » as one person
    // dismissed with no name: a count after the verb makes it a layoff.
    match: `(?:licencie|licencient|licencier|licenciera|supprime|suppriment|supprimer|supprimera)(?= (?:environ |plus de |pres de |quelque |jusqu'a |pas moins de )?\\d)`,
    type: "layoff",
    form: "verb",
    object: false,
    actor: ORG,
    confidence: 0.7,
    reason: "« a licencié 7 500 salariés »: a count of people, a layoff",
  },
  {
    // « la suppression de plus de 1 000 postes », « 300 suppressions d'emplois »: jobs cut.
    id: "suppression",
    match:
      "suppressions? (?:de |d')(?:(?:plus de |pres de |environ |quelque |jusqu'a )?\\d[\\d .]*|(?:centaines|milliers|dizaines) d')\\s*(?:postes|emplois)|\\d[\\d .]* suppressions (?:de postes|d'emplois)|plan social|plan de sauvegarde de l'emploi|plan de departs",
    type: "layoff",
    form: "noun",
    object: false,
    actor: ORG,
    confidence: 0.7,
    reason: "« la suppression de 1 000 postes », « un plan social »",
  },
  {
    match: `${pp("evinc")}|evince|evincent|evincer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.8,
    reason: "« évincé »",
  },
  {
    // « remercier » is mostly to thank: it dismisses only a post-holder of one's own
    // (« a remercié jeudi son PDG »), never « a remercié ses équipes ».
    match:
      "(?<=(?:a|ont) )remercie(?= (?:[a-z]+ )?(?:son|sa|leur) (?:pdg|dg|directeur|directrice|president|presidente|entraineur|entraineuse|patron|patronne|dirigeant|dirigeante|selectionneur))",
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.7,
    reason: "« a remercié son PDG »",
  },
  {
    match: `${pp("limog")}|limoge|limogent|limoger`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.8,
    reason: "« limogé »",
  },
  {
    match: `${pp("renvoy")}|renvoie|renvoient|renvoyer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.75,
    reason: "« renvoyé »",
  },
  {
    match: `${pp("vir")}|virer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.7,
    reason: "« viré »",
  },
  {
    match: `${pp("licenci")}|licencie|licencient|licencier`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.75,
    reason: "« licencié »",
  },
  {
    match: `${pp("revoqu")}|revoque|revoquer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.8,
    reason: "« révoqué »",
  },
  {
    match: `${pp("ecart")}(?= (?:de|du|d'|a la tete|a la direction))|ecarter`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.7,
    reason: "« écarté de la tête de »",
  },
  {
    match: `${pp("debarqu")}|debarquer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.75,
    reason: "« débarqué »",
  },
  {
    match: `${pp("demis")}? de ses fonctions|${pp("remerci")}(?= par)`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.75,
    reason: "« démis de ses fonctions »",
  },
  {
    match: "eviction|limogeage|renvoi|licenciement|revocation|ecartement",
    type: "dismissal",
    form: "noun",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.75,
    reason: "dismissal noun: « l'éviction de X »",
  },
  {
    match: `${pp("nomm")}|nomme|nomment|nommer`,
    type: "appointment",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.8,
    reason: "« nommé »",
  },
  {
    match: `${pp("design")}|designe|designer`,
    type: "appointment",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.75,
    reason: "« désigné »",
  },
  {
    match: "choisi|choisie|choisis|choisies",
    type: "appointment",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.7,
    reason: "« choisi pour devenir »",
  },
  {
    match: "nomination",
    type: "appointment",
    form: "noun",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.75,
    reason: "« la nomination de X »",
  },
  {
    match:
      "(?:occuper|occupera|occuperait|occupe|assurer|assurera|assurerait|assure|reprendre|reprend|reprendra|prendre|prend|prendra|prendrait) (?:le poste|l'interim|la direction|la tete|les renes)",
    type: "appointment",
    form: "verb",
    target: PERSON,
    subject: "target",
    object: false,
    confidence: 0.7,
    reason: "« occuper le poste de », « assurer l'intérim »",
  },
  {
    match:
      "(?:devenir|devient|deviendra|deviendrait|est devenu|est devenue) (?:le |la )?(?:nouveau |nouvelle )?(?:pdg|ceo|directeur|directrice|president|presidente|dirigeant|dirigeante|patron|patronne)",
    type: "appointment",
    form: "verb",
    target: PERSON,
    subject: "target",
    object: false,
    confidence: 0.7,
    reason: "« devenir le nouveau PDG »",
  },
  {
    match: `${pp("embauch")}|embauche|embauchent|embaucher`,
    type: "hiring",
    form: "verb",
    target: PERSON_OR_GROUP,
    actor: ACTOR,
    confidence: 0.8,
    reason: "« embauché »",
  },
  {
    match: `${pp("recrut")}|recrute|recrutent|recruter`,
    type: "hiring",
    form: "verb",
    target: PERSON_OR_GROUP,
    actor: ACTOR,
    confidence: 0.8,
    reason: "« recruté »",
  },
  {
    match: "engager(?= [a-z]+ [a-z])",
    type: "hiring",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    confidence: 0.6,
    reason: "« (a annoncé) engager X »",
  },
  {
    match: "l'embauche|recrutement",
    type: "hiring",
    form: "noun",
    target: PERSON_OR_GROUP,
    actor: ACTOR,
    confidence: 0.7,
    reason: "« l'embauche de X », « le recrutement de X »",
  },
  {
    match:
      "demissionne|demissionnent|demissionner|a demissionne|ont demissionne|quitte son poste|quitterait son poste|quittera son poste|quitter son poste|(?:presente|remis|donne|presenter|remettre|donner) sa demission",
    type: "resignation",
    form: "verb",
    subject: "actor",
    object: false,
    actor: ["person", "group"],
    confidence: 0.75,
    reason: "« démissionner », « quitter son poste », « présenter sa démission »",
  },
  {
    match: "quitte(?! son poste)|quittent|quitter(?! son poste)",
    type: "departure",
    form: "verb",
    target: ORG,
    actor: PERSON_OR_GROUP,
    confidence: 0.7,
    reason: "« quitter X »",
  },
  {
    match: "rejoindre|rejoint|rejoignent|rejoindra|rejoindront|rejoindrait|rejoindraient",
    type: "joining",
    form: "verb",
    target: ["organisation", "person", "group"],
    actor: PERSON_OR_GROUP,
    confidence: 0.7,
    reason: "« rejoindre X »",
  },
  {
    match: "(?:signe|signent|ont signe|a signe) (?:une|la|cette) (?:lettre|petition|tribune)",
    type: "petition",
    form: "verb",
    actor: ["group", "person"],
    object: false,
    confidence: 0.75,
    reason: "« ont signé une lettre »",
  },
  {
    match: "(?:lettre|petition|tribune) (?:ouverte )?(?:signee|adressee)",
    type: "petition",
    form: "noun",
    actor: ["group", "person"],
    target: ["group", "organisation", "person"],
    targetPrep: "au|aux|a",
    targetOptional: true,
    confidence: 0.75,
    reason: "« une lettre signée par X », « adressée au conseil »",
  },
  {
    match: "ont reclame|a reclame|reclament",
    type: "petition",
    form: "verb",
    actor: ["group", "person"],
    object: false,
    confidence: 0.6,
    reason: "« ont réclamé »: a demand made together",
  },
  {
    match: "investit|investi|investissent|investira|investir",
    type: "investment",
    form: "verb",
    target: ORG,
    actor: ORG,
    targetPrep: "dans|en",
    confidence: 0.75,
    reason: "« investir dans X »",
  },
  {
    match: "investissement",
    type: "investment",
    form: "noun",
    target: ORG,
    actor: ORG,
    targetPrep: "dans|en",
    confidence: 0.6,
    reason: "« un investissement dans X »",
  },
  {
    match: `${pp("rachet")}|rachete|rachetent|racheter|a acquis|ont acquis|acquis par|acquise par`,
    type: "acquisition",
    form: "verb",
    target: ["organisation", "product"],
    actor: BUYER,
    confidence: 0.7,
    reason: "« racheter X »",
  },
  {
    match: `${pp("fond")}(?= (?:en|fin|debut|par|a|au))|fonde|fondent|fonder|${pp("cofond")}|cofonder|${pp("co-fond")}`,
    type: "founding",
    form: "verb",
    target: ORG,
    actor: ["person", "organisation"],
    confidence: 0.7,
    reason: "« fondé par », « a cofondé X »",
  },
  {
    match: "lance|lancent|lancer|a lance|ont lance",
    type: "launch",
    form: "verb",
    target: ["product"],
    actor: ORG,
    confidence: 0.65,
    reason: "« lancer X »",
  },
  {
    match: "mise en ligne|lancement|sortie",
    type: "launch",
    form: "noun",
    target: ["product"],
    actor: ORG,
    confidence: 0.65,
    reason: "« la mise en ligne de X »",
  },
  {
    match:
      "tente de convaincre|tente de persuader|avait tente de convaincre|negocie avec|negocient avec|negocier avec",
    type: "negotiation",
    form: "verb",
    target: ["group", "organisation", "person"],
    actor: ACTOR,
    confidence: 0.7,
    reason: "« tenter de convaincre X », « négocier avec X »",
  },
  {
    match: "en greve|se mettre en greve|font greve|faire greve",
    type: "strike",
    form: "verb",
    actor: ["group"],
    object: false,
    confidence: 0.7,
    reason: "« en grève »",
  },
  {
    match: "a annonce|ont annonce|(?<!l')(?<!une )(?<!cette )(?<!d')annonce(?! surprise)",
    type: "announcement",
    form: "verb",
    actor: ACTOR,
    object: false,
    confidence: 0.45,
    reason: "« a annoncé »: something was announced (what is left to the evidence)",
  },
];

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
