import * as chrono from "chrono-node";
import type { LanguageConfig } from "../../extract/config.js";
import { DEFAULT_PIPELINE } from "../../extract/pipeline.js";
import { calendarNames } from "../../extract/shared/calendar-words.js";
import type { DateReader } from "../../extract/shared/dates.js";
import { FIRST_NAMES } from "../../extract/shared/first-names.js";
import type { Locale } from "../../extract/state.js";
import { EN_DATE_PARSERS, EN_DATE_PREFILTER } from "./extract/dates.js";
import {
  EN_COMPANY_REFERENCE,
  EN_GENERIC_HEADS,
  EN_GROUPS,
  EN_HONORIFICS,
  EN_KIND_CUES,
  EN_NAME_STOPWORDS,
  EN_ORG_HEADS,
  EN_ORG_SUFFIXES,
  EN_ROLE_MODIFIERS,
  EN_ROLES,
  EN_SHARED_ROLES,
  enGroupName,
} from "./extract/entities.js";
import { EN_EVENTS, EN_IRREALIS, EN_MODALITY } from "./extract/events.js";
import { EN_GRAMMAR } from "./extract/grammar.js";
import {
  EN_ABOUT,
  EN_NUMBER_WORDS,
  EN_ORDINALS,
  EN_QUALIFIERS,
  EN_SCALES,
  EN_UNITS,
} from "./extract/quantities.js";
import { EN_QUOTE_WORDS, EN_SPEECH_VERBS, EN_SUBJECT_PRONOUNS } from "./extract/quotes.js";

const EN_DATES: DateReader = {
  chrono: chrono.en.casual,
  parsers: EN_DATE_PARSERS,
  prefilter: EN_DATE_PREFILTER,
  vague: /few|several|weeks?|months?|years?/i,
  today: /this morning|this afternoon|this evening|tonight|today/i,
  next: /next|coming/i,
  words: new RegExp(
    [...calendarNames("en"), "yesterday|today|tomorrow|tonight|morning|evening|ago"].join("|"),
    "i",
  ),
};

/** How English articles are read: chrono's English parsers plus ours, and English word lists. */
const EN: LanguageConfig = {
  lang: "en",
  nameStopwords: EN_NAME_STOPWORDS,
  honorifics: EN_HONORIFICS,
  elision: /^$/,
  roles: EN_ROLES,
  roleModifiers: EN_ROLE_MODIFIERS,
  sharedRoles: EN_SHARED_ROLES,
  kindCues: EN_KIND_CUES,
  orgSuffixes: EN_ORG_SUFFIXES,
  orgHeads: EN_ORG_HEADS,
  genericHeads: EN_GENERIC_HEADS,
  firstNames: FIRST_NAMES,
  groups: EN_GROUPS,
  companyReference: EN_COMPANY_REFERENCE,
  namedBefore: "the (?:tech|technology|software|internet) giant",
  complement: "of",
  pronouns: { m: "he", f: "she" },
  groupName: enGroupName,
  events: EN_EVENTS,
  passiveAux: "was|were|been|be|is|are|being|got|gets|get",
  activeAux: "has|have|had|will|would",
  agent: "by",
  listJoin: "and|as well as|or",
  clauseBreak: "that|but|when|while|although|if|after|before|because|whom",
  determiners: "the|a|an|its|his|her|their|this|that|these|those",
  indefinites: "a|an|some|several|two|three|one|many",
  qualifierWordsAfter:
    "of|in|at|on|to|for|from|by|and|or|but|while|with|since|after|before|over|under|last|this|year|a|an|the|stake|share",
  relativeWords: "who|whom|whose|which|that",
  relative: "who|which|that",
  negation: "(?:^|[^\\p{L}])(?:not|never|n't|no longer)\\s+(?:[\\p{L}']+\\s+){0,2}",
  negationWords: "not|never|n't|no longer",
  modality: EN_MODALITY,
  irrealis: EN_IRREALIS,
  employerIntro: "at|to lead|to head|to join",
  announceVerbs: "announced|announces|announcing|confirmed|confirms|said",
  // Regular participles, and the irregular ones of the lexicon's verbs ("was left", "was bought").
  participle: /(?:ed|chosen|left|bought|sold|led|held|made|cut|let|quit|shut|won|taken|out|off)$/,
  bareParticipleIsPassive: false,
  roleIntro: "as|to be|to become|as the new|to lead|to head",
  roleDirect: true,
  numberWords: EN_NUMBER_WORDS,
  ordinalDays: {
    ordinals: EN_ORDINALS,
    digitSuffix: "st|nd|rd|th",
    // "the 11th day of the strike", "its thirteenth straight day".
    pattern:
      "{n} (?:straight |consecutive )?day(?: of (?:the |a |their |its )?(?:strike|walkout))?",
    strike: "strike|strikes|striking|walkout",
    unit: "days",
    label: "the number of days on strike {of:holder}",
  },
  currencies: new Map([
    ["us$", "dollars"],
    ["$", "dollars"],
    ["€", "euros"],
    ["£", "pounds"],
    ["usd", "dollars"],
    ["eur", "euros"],
    ["gbp", "pounds"],
    ["chf", "swiss francs"],
  ]),
  scales: EN_SCALES,
  qualifiers: EN_QUALIFIERS,
  totalJoin: "out of the|out of its|out of|of the|of its|of",

  decimalComma: false,
  units: EN_UNITS,
  about: EN_ABOUT,
  grammar: EN_GRAMMAR,
  figureWords: {
    moneyNouns:
      "offer|bid|debt|fine|cost|costs|price|salary|pay|compensation|severance|fee|revenue|profit|loss|losses|deficit|savings|investment|funding|valuation|charge|provision|stake|deal|package|budget|bonus|cash|stock|dividend",
    joins: "and|or|of",
    changes:
      "raise|rise|increase|decrease|decline|drop|fall|cut|cuts|growth|gain|jump|discount|premium|hike|pay rise|pay increase",
    shares: "shares|share|stock",
    possessives: "its|his|her|their",
    owned: { its: "", his: "", her: "", their: "" },

    population: "of",
    labels: {
      money: "the amount of {holder's} {noun}",
      percent: "the percentage for {holder}",
      percentOf: "the share {noun} at {holder}",
      percentOwn: "the share of {holder's} {owned}",
      count: "the number of {noun} of {holder}",
      countGroup: "the number of {holder}",
    },
  },
  speechVerbs: EN_SPEECH_VERBS,
  quoteWords: EN_QUOTE_WORDS,
  replacement: {
    passive: "(?:be|is|was|been|being|were|are) (?:replaced|succeeded)",
    active:
      "replaces|replaced|replacing|replace|succeeds|succeeded|succeed|succeeding|(?:takes|took|take|taking) over from",
    adverbial: "in place of|as a replacement for",
  },
  pastPerfect: "had|had been",
  objectPronouns: { after: "him|her", before: "(?!)" },
  subjectPronouns: EN_SUBJECT_PRONOUNS,
  prepositions:
    "of|in|at|on|to|from|for|with|by|about|after|before|alongside|against|into|over|under|between|during|since|like|than|including|according to|toward|towards|among|via|behind|beside|besides|without|within",
  of: (phrase) => `of ${phrase}`,
  dates: EN_DATES,
};

/** English as the extractor reads it: the configuration above, through the usual pipeline. */
export const extraction: Locale = { config: EN, pipeline: DEFAULT_PIPELINE };
