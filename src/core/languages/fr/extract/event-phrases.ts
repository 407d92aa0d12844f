import type { EventRule } from "../../../extract/config.js";
import { BUYER, ORG, PARTY, PERSON } from "../../../extract/shared/rule-kinds.js";
import { pp } from "./participle.js";

/**
 * French event triggers told as phrases and nouns: decisions (« mettre fin aux fonctions de »),
 * strikes, motions, takeovers, closures, fund raising. Read before the single verbs (events.ts).
 */
export const FR_EVENT_PHRASES: readonly EventRule[] = [
  {
    // Before the dismissal verbs, which would read « a licencié 7 500 salariés » as one person
    // dismissed with no name: a count after the verb makes it a layoff.
    match: `(?:licencie|licencient|licencier|licenciera|supprime|suppriment|supprimer|supprimera)(?= (?:environ |plus de |pres de |quelque |jusqu'a |pas moins de )?\\d)`,
    type: "layoff",
    form: "verb",
    object: false,
    actor: ORG,
    reason: "« a licencié 7 500 salariés »: a count of people, a layoff",
  },
  {
    // « la suppression de plus de 1 000 postes », « 300 suppressions d'emplois »: jobs cut.
    id: "suppression",
    match:
      "suppressions? (?:de |d')(?:(?:plus de |pres de |environ |quelque |jusqu'a )?\\d[\\d .]{0,12}|(?:centaines|milliers|dizaines) d')\\s*(?:postes|emplois)|\\d[\\d .]{0,12} suppressions (?:de postes|d'emplois)|plan social|plan de sauvegarde de l'emploi|plan de departs",
    type: "layoff",
    form: "noun",
    object: false,
    actor: ORG,
    reason: "« la suppression de 1 000 postes », « un plan social »",
  },
  {
    // « a mis fin aux fonctions de X »: ended someone's post.
    id: "fin-fonctions",
    match:
      "(?:mis|mise|met|mettent|mettre|mettra|mettait) fin (?:aux fonctions|au mandat|a la mission|au contrat)",
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: PARTY,
    targetPrep: "de|du|d'",
    reason: "« mettre fin aux fonctions de X »",
  },
  {
    // « a décidé de ne pas renouveler le mandat de X »: X goes, by the board's decision.
    id: "non-renouvellement",
    match: "ne pas (?:renouveler|reconduire|prolonger) (?:le|son|sa) (?:mandat|contrat)",
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: PARTY,
    reason: "« ne pas renouveler le mandat de X »",
  },
  {
    id: "pousse-sortie",
    match: `${pp("congedi")}|congedier|(?:pousse|poussee|poussés|pousser) vers la sortie`,
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: PARTY,
    reason: "« congédié », « poussé vers la sortie »",
  },
  {
    // « la démission de X », « sa démission »: X resigns.
    id: "demission",
    match: "demission(?!ne)",
    type: "resignation",
    form: "noun",
    complement: "actor",
    actor: PERSON,
    reason: "« la démission de X », « sa démission »",
  },
  {
    // « le départ de X », « annonçant son départ »: X leaves (not « au départ », « points de départ »).
    id: "depart",
    match: "depart(?<=(?:le|son|du|leur) depart)(?! volontaire)(?!s)",
    type: "departure",
    form: "noun",
    complement: "actor",
    actor: PERSON,
    reason: "« le départ de X », « son départ »",
  },
  {
    // « onzième jour de grève des pilotes », « l'appel à la grève des syndicats »: who strikes.
    id: "greve-des",
    match:
      "(?:jours?|journees?|semaines?|mouvement|appel|preavis|mot d'ordre) de greve(?= (?:des|du|de la|de l'))|greve(?= (?:des|du) )",
    type: "strike",
    form: "noun",
    complement: "actor",
    actor: ["group", "organisation"],
    reason: "« la grève des pilotes »",
  },
  {
    id: "greve-verbe",
    match:
      "(?:reconduire|reconduit|reconduisent|reconduiront|prolonger|prolongent|voter|votent|ont vote|a vote|lancer|lancent|ont lance|entamer|entament|poursuivre|poursuivent|declencher|ont declenche|appellent a|appelle a|ont appele a) (?:la|une|leur|un mouvement de) greve",
    type: "strike",
    form: "verb",
    object: false,
    actor: ["group", "organisation"],
    reason: "« reconduire la grève », « voter la grève »",
  },
  {
    // « ont voté la motion de défiance contre X »: a collective statement against X.
    id: "motion",
    match:
      "(?:ont vote|a vote|votent|voter|adopte|ont adopte) (?:une|la) motion de (?:defiance|censure)",
    type: "petition",
    form: "verb",
    actor: PARTY,
    target: PARTY,
    targetPrep: "contre|visant",
    targetOptional: true,
    reason: "« voter une motion de défiance contre X »",
  },
  {
    id: "absorbe",
    match: `${pp("absorb")}|absorbe|absorber|${pp("acquer")}|acquerir|acquiert`,
    type: "acquisition",
    form: "verb",
    target: ["organisation", "product"],
    actor: BUYER,
    reason: "« absorbé par X », « acquérir X »",
  },
  {
    id: "rachat",
    match: "rachat|prise de controle|acquisition",
    type: "acquisition",
    form: "noun",
    target: ["organisation", "product"],
    actor: BUYER,
    reason: "« le rachat de X par Y »",
  },
  {
    id: "fermeture",
    match: "fermeture",
    type: "closure",
    form: "noun",
    target: ["place", "organisation"],
    actor: ORG,
    reason: "« la fermeture de l'usine de X »",
  },
  {
    id: "fermer",
    match: `(?:cesser|cesse|cessera|cessent) (?:son|ses|leur|toute) activite|${pp("ferm")}(?= (?:son|ses|leur|l'|le|la|les) (?:usine|site|magasin|boutique|agence|entrepot|restaurant|succursale))|fermer|fermera|fermeront`,
    type: "closure",
    form: "verb",
    target: ["place", "organisation"],
    actor: ORG,
    targetOptional: true,
    reason: "« fermer ses usines », « cesser son activité »",
  },
  {
    // « Mistral AI a bouclé une levée de fonds »: the one raising money is invested in.
    id: "levee",
    match:
      "(?:a boucle|boucle|a realise|realise|a finalise|finalise|a leve|leve|a annonce|annonce|a lance|lance|a conclu|conclut) (?:une|un|sa|son|la|le) (?:nouvelle |nouveau )?(?:levee de fonds|tour de table|augmentation de capital)",
    type: "investment",
    form: "verb",
    subject: "target",
    object: false,
    target: ORG,
    reason: "« a bouclé une levée de fonds »",
  },
  {
    // « Mené par General Catalyst, ce tour de table »: the round's lead invests in the company.
    id: "mene-par",
    // Only beside a funding round: « une enquête menée par X » is no investment.
    match:
      "(?:mene|menee|pilote|pilotee|conduit|conduite)(?= par)(?:(?<=(?:tour de table|levee de fonds|augmentation de capital|financement)[^.;]{0,40})|(?=[^.;]{0,80}(?:tour de table|levee de fonds|augmentation de capital|financement)))",
    type: "investment",
    form: "noun",
    actor: ["organisation", "person"],
    target: ORG,
    targetDefault: "main",
    reason: "« (un tour de table) mené par X »",
  },
];
