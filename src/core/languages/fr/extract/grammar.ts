import { foldedWeekdays } from "../../../extract/shared/calendar-words.js";
import type { GrammarWords } from "../../../extract/shared/grammar-words.js";

/** The little French words the shared engine reads sentences with, folded (no accents). */
export const FR_GRAMMAR: GrammarWords = {
  and: "et|ainsi que",
  or: "ou",
  that: "que|qu'",
  relativeBreak: "qui|dont|qu'",
  firstPerson: "je|j'",
  reader: "vous|votre|vos",
  all: "tous|toutes|les deux",
  ofThem: "d'entre eux|d'entre elles",
  staffNouns: "employes|salaries",
  since: "depuis",
  beforeAfter: "apres|avant",
  into: "dans",
  attribution: "selon|d'apres",
  leave: "quitte|quittait|quittant",
  purpose: "pour|afin de",
  coordinatedAux: "a|ont|avait|avaient",
  possessives: "son|sa|ses|leur|leurs",
  agentNotName: "interim|ailleurs|exemple",
  timeTail:
    "hier|aujourd'hui|demain|(?:la semaine|le mois|l'an|l'année)\\s+(?:dernier|dernière|prochain|prochaine|passé|passée)",
  postDangling: "le|en|depuis|ce|cette|dès",
  announcedStart: "le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs",
  announcedStop: [
    "d['’]ici|avant|après|lors|pour|afin|dans|depuis|dès|que|qu['’]|qui",
    ...foldedWeekdays("fr"),
  ].join("|"),
  announcedDangling: "de|du|des|d['’]|la|le|les|l['’]|et|ou",
  // « des 1 200 salariés du siège »: a site or department, not the company (« de l'entreprise »).
  partOf:
    "^\\s+(?:du|de la|de l['’]|des|d['’])\\s*(?!entreprise|groupe|soci[ée]t[ée]|compagnie|firme|start-?up|constructeur|[ée]diteur)\\p{Ll}",
  partBefore: "(?!)",
  placeAfter: "à|au|aux|en",
  siteAfter: "du|de la|de l['’]|des|d['’]",
  siteClause: "qui|que|dont|a|ont|est|sont|sera|seront",
  commonOwners: [],
  definites: "le|la|les|l'",
  targetArticles: "le|la|les|l'|son|sa|ses",
  orgLink: "de|d'|du",
  orgNameLink: "de|du|des|de la|de l['’]|d['’]",
  clauseVerbs:
    "a (?:ete|[\\p{L}]+e)|ont|est|sont|etait|etaient|fut|avait|avaient|sera|serait|qui|que|qu'|dont",
  clauseStarts: "qui|qu'|dont|ou",
  roleArticles: "le|la|les|l'|un|une|son|sa",
  roleArticlesBefore: "du|de la|de l'|des|au|aux",
  adjectivesFollow: true,
  possessiveS: false,
};
