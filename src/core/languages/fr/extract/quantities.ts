import type { AboutRule } from "../../../extract/config.js";
import { unitRules } from "../../../extract/shared/unit-kinds.js";

/** Units, folded, with what they count. The first that matches after a figure wins. */
export const FR_UNITS = unitRules({
  percent: ["%|pour cent|pour-cent", "%"],
  dollars: ["dollars?|\\$|usd", "dollars"],
  euros: ["euros?|€|eur", "euros"],
  pounds: ["livres? sterling|livres?|£|pence", "livres sterling"],
  staff: [
    "employes|salaries|personnes|signataires|collaborateurs|chercheurs|ingenieurs|travailleurs|agents|ouvriers",
    "employés",
  ],
  jobs: ["postes|emplois", "postes"],
  members: ["membres|adherents", "membres"],
  passengers: ["passagers|voyageurs", "passagers"],
  public: [
    "supporteurs|supporters|habitants|manifestants|militants|electeurs|citoyens|parents|eleves|etudiants|patients",
    "personnes",
  ],
  users: ["utilisateurs|clients|abonnes", "utilisateurs"],
  trades: [
    "journalistes|pilotes|grevistes|votants|syndiques|enseignants|medecins|infirmiers|chauffeurs",
    "personnes",
  ],
  things: [
    "magasins|boutiques|usines|sites|pays|vehicules|voitures|restaurants|agences|points de vente|succursales|avions|vols|actions|titres|voix|urnes",
    "unités",
  ],
  years: ["ans|annees", "ans"],
  days: ["jours", "jours"],
  months: ["mois", "mois"],
  hours: ["heures", "heures"],
});

/** What follows a share of people: « 90 % des salariés », « 90 % d'entre eux ». */
const FR_OF_PEOPLE =
  "d['’]entre (?:eux|elles)|du personnel|de (?:l'effectif|leurs collegues)|des (?:employes|salaries|effectifs|collaborateurs|chercheurs|ingenieurs|travailleurs|agents|membres|signataires)";

/** Words of a change right before a percentage: « chute de 3 % » is no share held. */
const CHANGE =
  "chute de|baisse de|hausse de|recul de|bond de|progression de|augmentation de|diminution de|recule de|progresse de|gagne|perdu|de plus de|de moins de";

/**
 * What a figure is about, from its unit and the words around it. A figure whose context matches
 * none of these is left out: « 5 questions » is a figure, not a fact worth asking about.
 */
export const FR_ABOUT: readonly AboutRule[] = [
  {
    category: "money",
    context: "invest",
    about: "le montant investi par {actor} dans {target} {?date}",
    reason: "money and « investir »: the amount invested",
  },
  {
    category: "money",
    context: "invest",
    about: "le montant investi par {actor} {?date}",
    reason: "money and « investir », no recipient named",
  },
  {
    category: "money",
    context: "valoris",
    about: "la valorisation {org:of}",
    reason: "money and « valoriser »: a valuation",
  },
  {
    category: "money",
    context: "(?:leve|levee) (?:de fonds|des fonds)|a leve|ont leve",
    about: "le montant levé par {actor} {?date}",
    reason: "money and « lever des fonds »",
  },
  {
    category: "money",
    context: "chiffre d'affaires",
    // « a reculé de 200 millions »: a change, not the level.
    unless:
      "chute de|baisse de|hausse de|recul de|recule de|progresse de|progression de|augmente de|augmentation de|diminue de|diminution de|de plus de|de moins de",
    about: "le chiffre d'affaires {main:of} {?date}",
    reason: "money and « chiffre d'affaires »: revenue",
  },
  {
    category: "money",
    context: "rachat|rachete|racheter",
    about: "le prix du rachat {bought:of}",
    reason: "money and « racheter »: the price of what was bought, named after the word",
  },
  {
    category: "percent",
    context: "signe|lettre|petition|reclam",
    followedBy: FR_OF_PEOPLE,
    about: "le nombre de signataires de la lettre",
    reason: "share of people signing a letter",
  },
  {
    // « L'action de Vega a chuté de 3 % »: a move of the share price, no share of anything.
    id: "variation-cours",
    category: "percent",
    context:
      "(?:action|actions|titre|titres|cours)[^.;]{0,40}(?:chute|recule|baisse|perd|perdu|gagne|progresse|bondi|grimpe|plonge|hausse|s'envole|degringole)",
    about: "la variation du cours de l'action {org:of}",
    reason: "a share price that rose or fell",
  },
  {
    category: "percent",
    context: "detient|detenait|detenir|possede|possedait",

    unless: CHANGE,
    about: "la part du capital {org:of} détenue par {actor}",
    reason: "« X détient 12 % de Y »: a holding",
  },
  {
    category: "percent",
    context: "rachet|capital|part|detient|detenir|acquerir",
    // « l'action a chuté de 3 % »: a change, not a share.
    unless: CHANGE,
    about: "la part {org:of} visée",
    reason: "share of a company bought or held",
  },
  {
    category: "people",
    context: "petition",
    about: "le nombre de signataires de la pétition",
    reason: "people signing a petition",
  },
  {
    category: "people",
    context: "signe|lettre|petition",
    about: "le nombre de signataires de la lettre",
    reason: "people signing a letter",
  },
  {
    category: "people",
    context: "",
    ownerVerb: "emploie|emploient|employait|compte|comptait|comptant",
    about: "le nombre total d'employés {owner:of}",
    units: ["employés"],
    reason: "« X emploie N personnes »: the workforce of the verb's subject",
  },
  {
    category: "people",
    context: "au total|effectif",
    about: "le nombre total d'employés {main:of}",
    units: ["employés"],
    reason: "« N employés au total »: the workforce",
  },
  {
    category: "people",
    context: "licenci|supprim|suppression",
    units: ["employés", "postes"],
    about: "le nombre de postes supprimés",
    reason: "job cuts",
  },
  {
    category: "people",
    context:
      "vote (?:pour )?(?:la|une) greve|votes? (?:pour|en faveur d['’]une|en faveur de la) greve",
    about: "le nombre de votes pour la grève",
    reason: "people voting for a strike",
  },
  {
    category: "people",
    context: "manifest|rassembl|defile",
    units: ["personnes", "employés", "membres"],
    about: "le nombre de manifestants",
    reason: "people protesting",
  },
  {
    category: "people",
    context: "greve|grevistes",
    units: ["employés", "membres"],
    about: "le nombre de grévistes",
    reason: "people on strike",
  },
  {
    category: "time",
    context:
      "(?:age|agee) de \\d+ ans|, \\d+ ans,|(?:entrepreneur|homme|femme|dirigeant|dirigeante|patron|patronne|fondateur|fondatrice) de \\d+ ans",
    anchored: true,
    about: "l'âge de {person}",
    reason: "« de 38 ans » after a person: an age",
  },
];

export const FR_QUALIFIERS = [
  {
    match: "plus de|plus d'|un peu plus de|pas moins de|au-dela de|superieur a",
    qualifier: "more-than" as const,
  },
  { match: "moins de|moins d'|pres de|presque|a peine", qualifier: "less-than" as const },
  {
    match: "environ|autour de|quelque|a peu pres|approximativement|qu'autour de|une centaine de",
    qualifier: "about" as const,
  },
  { match: "au moins", qualifier: "at-least" as const },
  { match: "au plus|au maximum|jusqu'a", qualifier: "at-most" as const },
];
