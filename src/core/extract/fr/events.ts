import type { EventRule } from "../config.js";
import { FR_EVENT_PHRASES } from "./event-phrases.js";

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
export const FR_EVENT_VERBS: readonly EventRule[] = [
  {
    match: `${pp("evinc")}|evince|evincent|evincer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« évincé »",
  },
  {
    // « remercier » is mostly to thank: it dismisses only a post-holder of one's own
    // (« a remercié jeudi son PDG »), never « a remercié ses équipes ».
    match:
      "remercie(?<=(?:a|ont) remercie)(?= (?:[a-z]+ )?(?:son|sa|leur) (?:pdg|dg|directeur|directrice|president|presidente|entraineur|entraineuse|patron|patronne|dirigeant|dirigeante|selectionneur))",
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« a remercié son PDG »",
  },
  {
    match: `${pp("limog")}|limoge|limogent|limoger`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« limogé »",
  },
  {
    match: `${pp("renvoy")}|renvoie|renvoient|renvoyer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« renvoyé »",
  },
  {
    match: `${pp("vir")}|virer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« viré »",
  },
  {
    match: `${pp("licenci")}|licencie|licencient|licencier`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« licencié »",
  },
  {
    match: `${pp("revoqu")}|revoque|revoquer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« révoqué »",
  },
  {
    match: `${pp("ecart")}(?= (?:de|du|d'|a la tete|a la direction))|ecarter`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« écarté de la tête de »",
  },
  {
    match: `${pp("debarqu")}|debarquer`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« débarqué »",
  },
  {
    match: `${pp("demis")}? de ses fonctions|${pp("remerci")}(?= par)`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« démis de ses fonctions »",
  },
  {
    match: "eviction|limogeage|renvoi|licenciement|revocation|ecartement",
    type: "dismissal",
    form: "noun",
    target: PERSON,
    actor: ACTOR,
    reason: "dismissal noun: « l'éviction de X »",
  },
  {
    match: `${pp("nomm")}|nomme|nomment|nommer`,
    type: "appointment",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« nommé »",
  },
  {
    match: `${pp("design")}|designe|designer`,
    type: "appointment",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« désigné »",
  },
  {
    match: "choisi|choisie|choisis|choisies",
    type: "appointment",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« choisi pour devenir »",
  },
  {
    match: "nomination",
    type: "appointment",
    form: "noun",
    target: PERSON,
    actor: ACTOR,
    reason: "« la nomination de X »",
  },
  {
    match:
      "(?:occuper|occupera|occuperait|occupe|assurer|assurera|assurerait|assure|reprendre|reprend|reprendra|prendre|prend|prendra|prendrait) (?:le poste|l'interim|la direction|la tete|les renes|les fonctions|ses fonctions|la presidence)",
    type: "appointment",
    form: "verb",
    target: PERSON,
    subject: "target",
    object: false,
    reason: "« occuper le poste de », « assurer l'intérim »",
  },
  {
    match:
      "(?:devenir|devient|deviendra|deviendrait|est devenu|est devenue|devenu|devenue) (?:le |la |l')?(?:nouveau |nouvelle |nouvel |futur |future |premier |premiere )?(?:pdg|ceo|dg|directeur|directrice|president|presidente|dirigeant|dirigeante|patron|patronne|numero un|chef|secretaire general|secretaire generale|administrateur|administratrice)",
    type: "appointment",
    form: "verb",
    target: PERSON,
    subject: "target",
    object: false,
    reason: "« devenir le nouveau PDG »",
  },
  {
    match: `${pp("embauch")}|embauche|embauchent|embaucher`,
    type: "hiring",
    form: "verb",
    target: PERSON_OR_GROUP,
    actor: ACTOR,
    reason: "« embauché »",
  },
  {
    match: `${pp("recrut")}|recrute|recrutent|recruter`,
    type: "hiring",
    form: "verb",
    target: PERSON_OR_GROUP,
    actor: ACTOR,
    reason: "« recruté »",
  },
  {
    match: "engager(?= [a-z]+ [a-z])",
    type: "hiring",
    form: "verb",
    target: PERSON,
    actor: ACTOR,
    reason: "« (a annoncé) engager X »",
  },
  {
    match: "l'embauche|recrutement",
    type: "hiring",
    form: "noun",
    target: PERSON_OR_GROUP,
    actor: ACTOR,
    reason: "« l'embauche de X », « le recrutement de X »",
  },
  {
    match:
      "demissionne|demissionnent|demissionner|a demissionne|ont demissionne|(?:quitte|quitterait|quittera|quitter|quittant|quittait) (?:son poste|ses fonctions|la presidence|la direction)|(?:presente|remis|donne|presenter|remettre|donner|remettra|remettrai) sa demission|(?:prend|prendra|prendre|a pris) sa retraite|(?:part|partira|partir) a la retraite",
    type: "resignation",
    form: "verb",
    subject: "actor",
    object: false,
    actor: ["person", "group"],
    reason: "« démissionner », « quitter son poste », « présenter sa démission »",
  },
  {
    match:
      "quitte(?! (?:son poste|ses fonctions))|quittent|quitter(?! (?:son poste|ses fonctions))",
    type: "departure",
    form: "verb",
    target: ORG,
    actor: PERSON_OR_GROUP,
    reason: "« quitter X »",
  },
  {
    match: "rejoindre|rejoint|rejoignent|rejoindra|rejoindront|rejoindrait|rejoindraient",
    type: "joining",
    form: "verb",
    target: ["organisation", "person", "group"],
    actor: PERSON_OR_GROUP,
    reason: "« rejoindre X »",
  },
  {
    match: "(?:signe|signent|ont signe|a signe) (?:une|la|cette) (?:lettre|petition|tribune)",
    type: "petition",
    form: "verb",
    actor: ["group", "person"],
    object: false,
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
    reason: "« une lettre signée par X », « adressée au conseil »",
  },
  {
    match: "investit|investi|investissent|investira|investir",
    type: "investment",
    form: "verb",
    target: ORG,
    actor: ORG,
    targetPrep: "dans|en",
    reason: "« investir dans X »",
  },
  {
    match: "investissement",
    type: "investment",
    form: "noun",
    target: ORG,
    actor: ORG,
    targetPrep: "dans|en",
    reason: "« un investissement dans X »",
  },
  {
    match: `${pp("rachet")}|rachete|rachetent|racheter|a acquis|ont acquis|acquis par|acquise par`,
    type: "acquisition",
    form: "verb",
    target: ["organisation", "product"],
    actor: BUYER,
    reason: "« racheter X »",
  },
  {
    match: `${pp("fond")}(?= (?:en|fin|debut|par|a|au))|fonde|fondent|fonder|${pp("cofond")}|cofonder|${pp("co-fond")}`,
    type: "founding",
    form: "verb",
    target: ORG,
    actor: ["person", "organisation"],
    reason: "« fondé par », « a cofondé X »",
  },
  {
    match: "lance|lancent|lancer|a lance|ont lance",
    type: "launch",
    form: "verb",
    target: ["product"],
    actor: ORG,
    reason: "« lancer X »",
  },
  {
    match: "mise en ligne|lancement|sortie",
    type: "launch",
    form: "noun",
    target: ["product"],
    actor: ORG,
    reason: "« la mise en ligne de X »",
  },
  {
    match:
      "tente de convaincre|tente de persuader|avait tente de convaincre|negocie avec|negocient avec|negocier avec",
    type: "negotiation",
    form: "verb",
    target: ["group", "organisation", "person"],
    actor: ACTOR,
    reason: "« tenter de convaincre X », « négocier avec X »",
  },
  {
    match: "en greve|se mettre en greve|font greve|faire greve",
    type: "strike",
    form: "verb",
    actor: ["group"],
    object: false,
    reason: "« en grève »",
  },
  {
    match: "a annonce|ont annonce|(?<!l')(?<!une )(?<!cette )(?<!d')annonce(?! surprise)",
    type: "announcement",
    form: "verb",
    actor: ACTOR,
    object: false,
    reason: "« a annoncé »: something was announced (what is left to the evidence)",
  },
];

/** Every French trigger, phrases first: at one place in a sentence the first that matches wins. */
export const FR_EVENTS: readonly EventRule[] = [...FR_EVENT_PHRASES, ...FR_EVENT_VERBS];
