import * as chrono from "chrono-node";
import type { LanguageConfig } from "../../extract/config.js";
import { DEFAULT_PIPELINE } from "../../extract/pipeline.js";
import { calendarNames } from "../../extract/shared/calendar-words.js";
import type { DateReader } from "../../extract/shared/dates.js";
import { FIRST_NAMES } from "../../extract/shared/first-names.js";
import type { Locale } from "../../extract/state.js";
import { knownNoun } from "../../phrase/noun-gender.js";
import { FR_DATE_PARSERS, FR_DATE_PREFILTER } from "./extract/dates.js";
import {
  FR_COMPANY_REFERENCE,
  FR_GENERIC_HEADS,
  FR_GROUPS,
  FR_HONORIFICS,
  FR_INSTITUTIONS,
  FR_KIND_CUES,
  FR_NAME_STOPWORDS,
  FR_ORG_HEADS,
  FR_ORG_SUFFIXES,
  FR_ROLE_MODIFIERS,
  FR_ROLES,
  FR_SHARED_ROLES,
  frGroupName,
} from "./extract/entities.js";
import { FR_EVENTS } from "./extract/events.js";
import { FR_GRAMMAR } from "./extract/grammar.js";
import { FR_IRREALIS, FR_MODALITY } from "./extract/modality.js";
import { FR_NUMBER_WORDS, FR_ORDINALS, FR_SCALES } from "./extract/numbers.js";
import { FR_ABOUT, FR_QUALIFIERS, FR_UNITS } from "./extract/quantities.js";
import { FR_QUOTE_WORDS, FR_SPEECH_VERBS, FR_SUBJECT_PRONOUNS } from "./extract/quotes.js";
import { article, de } from "./french.js";

/** French dates: chrono's French locale, refined, and the parsers of extract/dates.ts. */
const FR_DATES: DateReader = {
  chrono: chrono.fr.casual,
  parsers: FR_DATE_PARSERS,
  prefilter: FR_DATE_PREFILTER,
  vague: /quelques|plusieurs|semaines?|mois|ann[ée]es?/i,
  today: /ce matin|ce soir|cet apr[eè]s-midi|aujourd/i,
  next: /prochain|suivant/i,
  words: new RegExp(
    [...calendarNames("fr"), "hier|aujourd|demain|matin|soir|veille|lendemain|il y a"].join("|"),
    "i",
  ),
};

/** How French articles are read: chrono's French parsers plus ours, and French word lists. */
const FR: LanguageConfig = {
  lang: "fr",
  nameStopwords: FR_NAME_STOPWORDS,
  honorifics: FR_HONORIFICS,
  elision: /^(?:[dlDLjJnNmMsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]/,
  roles: FR_ROLES,
  roleModifiers: FR_ROLE_MODIFIERS,
  sharedRoles: FR_SHARED_ROLES,
  kindCues: FR_KIND_CUES,
  orgSuffixes: FR_ORG_SUFFIXES,
  orgHeads: FR_ORG_HEADS,
  institutions: FR_INSTITUTIONS,
  genericHeads: FR_GENERIC_HEADS,
  firstNames: FIRST_NAMES,
  groups: FR_GROUPS,
  companyReference: FR_COMPANY_REFERENCE,
  namedBefore:
    "le geant (?:de la technologie|de la tech|du numerique|de l'informatique|du logiciel|americain|de l'internet)",
  complement: "de|d'|du|des",
  pronouns: { m: "il", f: "elle" },
  groupName: (group, org, noun) => frGroupName(group, org, de, noun),
  events: FR_EVENTS,
  passiveAux: "ete|etait|etaient|est|sont|fut|furent|etre|sera|seront|serait|seraient|soit|soient",
  activeAux: "a|ont|avait|avaient|aura|auront|aurait|auraient|ayant|avoir",
  agent: "par",
  listJoin: "et|ainsi que|comme|ou",
  clauseBreak:
    // « ainsi que » joins names, it ends no clause.
    "(?<!ainsi )que|(?<!ainsi )qu'|mais|lorsque|lorsqu'|quand|tandis|alors que|si|selon|apres|avant de|pour|dont",
  determiners: "le|la|les|l'|un|une|des|son|sa|ses|leur|leurs|ce|cette|ces",
  indefinites: "un|une|des|deux|trois|plusieurs|certains|certaines|quelques",
  qualifierWordsAfter:
    "environ|seulement|a peine|au moins|au total|en|a|au|aux|pour|contre|sur|selon|du|de|des|d'|par|dans|chez|et|ou|mais|alors|tandis",
  relativeWords: "qui|que|qu'|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels",
  relative: "qui",
  negation:
    "(?:^|[^\\p{L}])(?:ne|n')\\s*(?:[\\p{L}']+\\s+){0,3}|(?:^|[^\\p{L}])sans\\s+(?:[\\p{L}']+\\s+){0,2}",
  negationWords: "pas|jamais|plus|point|guere|aucun|aucune|nullement|sans",
  modality: FR_MODALITY,
  irrealis: FR_IRREALIS,
  employerIntro: "chez|au sein de|a la tete de|pour diriger|rejoindre",
  announceVerbs:
    // « une annonce », « cette annonce » are the noun, not the verb.
    "a annonce|ont annonce|annoncent|annoncait|annoncant|(?<!une |cette |la )annonce|a confirme|confirme|a officialise|officialise|a indique|indique",

  participle: /(?:é|ée|és|ées|i|ie|is|ies)$/,
  bareParticipleIsPassive: true,
  roleDirect: true,
  roleIntro:
    "comme|en tant que|au poste de|le poste de|l'interim de|de|a la tete de|pour devenir|devenir|pour diriger|diriger|nouveau|nouvelle",
  numberWords: FR_NUMBER_WORDS,
  ordinalDays: {
    ordinals: FR_ORDINALS,
    digitSuffix: "e|eme|ème",
    // « onzième jour de grève », « pour un treizième jour consécutif », « 5e journée de grève ».
    pattern: "{n} (?:jour|journee)(?: consecutif| consecutive)?(?: de (?:greve|mobilisation))?",
    strike: "greve|greves|grevistes",
    unit: "jours",
    label: "le nombre de jours de grève {of:holder}",
  },
  currencies: new Map([
    ["us$", "dollars"],
    ["$", "dollars"],
    ["€", "euros"],
    ["£", "livres sterling"],
    ["usd", "dollars"],
    ["eur", "euros"],
    ["gbp", "livres sterling"],
    ["chf", "francs suisses"],
  ]),
  scales: FR_SCALES,
  qualifiers: FR_QUALIFIERS,
  totalJoin: "des|sur|parmi les|d'un total de",
  decimalComma: true,
  units: FR_UNITS,
  about: FR_ABOUT,
  grammar: FR_GRAMMAR,
  figureWords: {
    moneyNouns:
      "offre|offres|dette|amende|cout|prix|salaire|remuneration|indemnite|indemnites|caisse de greve|chiffre d'affaires|benefice|perte|pertes|deficit|economies|investissement|levee de fonds|valorisation|provision|provisions|enveloppe|budget|subvention|bonus|prime|dividende",
    joins: "et|ou|de",
    changes:
      "hausse|baisse|augmentation|diminution|progression|recul|chute|reduction|revalorisation|croissance|bond|remise|rabais|prime",
    shares: "actions|action|titre|titres|cours",
    possessives: "son|sa|ses|leur|leurs",
    owned: { son: "le", sa: "la", ses: "les", leur: "le", leurs: "les" },

    population: "des|du|de la|de l'|d'|de",
    labels: {
      money: "le montant {of:the:noun} {of:holder}",
      percent: "la part {of:holder}",
      percentOf: "la part {noun} {of:holder}",
      percentOwn: "la part {of:owned} {of:holder}",
      count: "le nombre de {noun} {of:holder}",
      countGroup: "le nombre {of:holder}",
    },
  },
  speechVerbs: FR_SPEECH_VERBS,
  quoteWords: FR_QUOTE_WORDS,
  replacement: {
    passive:
      "(?:est|a ete|sera|serait|va etre|avait ete|sont|ont ete|seront|etre) (?:remplace|remplacee|remplaces|remplacees)",
    active:
      "remplace|remplacera|remplacait|succede a|succedera a|succede au|succedera au|(?:prend|prendra|a pris|prendre) la succession de",
    adverbial:
      "en remplacement de|en remplacement d'|a la place de|pour remplacer|pour succeder a|succedant a",
  },
  pastPerfect: "avait|avaient|avait ete|avaient ete|eut|eurent",
  objectPronouns: { after: "(?!)", before: "l'a|l'ont|l'avait|l'avaient|le|la|l'" },
  subjectPronouns: FR_SUBJECT_PRONOUNS,
  prepositions:
    "de|du|des|d'|à|au|aux|en|dans|sur|pour|chez|avec|par|selon|contre|vers|entre|sans|sous|après|avant|depuis|pendant|envers|durant|lors de|auprès de|auprès du|d'après|face à|parmi",
  of: de,
  ofThe(noun) {
    // « un dividende de 3 euros »: the article read with the noun gives way to the definite one.
    const bare = noun.replace(/^(?:une?|des|les?|la|l['’])\s*/i, "");
    const known = knownNoun(bare);
    if (!known) return undefined;
    return known.plural ? `des ${bare}` : de(article(bare, known.gender));
  },
  dates: FR_DATES,
};

/** French as the extractor reads it: the configuration above, through the usual pipeline. */
export const extraction: Locale = { config: FR, pipeline: DEFAULT_PIPELINE };
