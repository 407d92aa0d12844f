import type { LanguageAbout } from "../about-types.js";
import { cliHelp } from "./cli-help.js";
import { elide } from "./french.js";
import * as sections from "./messages/index.js";

// French, the LIGHT part: what start-up needs to write and read French (see about-types.ts).

/** Keeps « 90 % » and « 13 000 » on one line. */
const NBSP = "\u00a0";

const dayText = (day: number): string => (day === 1 ? "1er" : String(day));

export const fr = {
  code: "fr",
  // Own tables rather than Intl: output must be identical on every Node build (small-icu builds
  // print English month names), and French writes "1er novembre", which Intl does not.
  months: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  dates: {
    day: ({ day, month, year, weekday }) => {
      const text = `${dayText(day)} ${month}${year === undefined ? "" : ` ${year}`}`;
      return weekday ? `${weekday} ${text}` : text;
    },
    adverbial: (text, precision) => (precision === "day" ? `le ${text}` : `en ${text}`),
    // « du samedi 18 au dimanche 19 », « de janvier à mars », « de 2015 à 2018 ».
    span: (first, last, days) =>
      days ? `du ${first} au ${last}` : `${elide("de", first)} à ${last}`,
    spanAdverbial: (first, last, days) =>
      days ? `entre le ${first} et le ${last}` : `entre ${first} et ${last}`,
    monthOnce: true,
    spanShort: (firstDay, last) => `${dayText(firstDay)}–${last}`,
  },
  typography: {
    quoteOpen: "« ",
    quoteClose: " »",
    colon: " :",
    listSeparator: " ; ",
    groupSeparator: NBSP,
    decimalSeparator: ",",
    percentSpace: NBSP,
  },
  quantities: {
    qualifiers: {
      exactly: "",
      about: "environ ",
      "more-than": "plus de ",
      "less-than": "moins de ",
      "at-least": "au moins ",
      "at-most": "au plus ",
    },
    of: "sur",
    large: [
      { size: 1e12, one: "billion", other: "billions" },
      { size: 1e9, one: "milliard", other: "milliards" },
      { size: 1e6, one: "million", other: "millions" },
    ],
    afterLarge: (unit) => elide("de", unit),
  },
  // French's own rule: 0 and 1 are singular, and so are 1.5 and such; a million takes « de ».
  pluralFallback: (n) =>
    Math.abs(n) < 2 ? "one" : Number.isInteger(n) && n % 1_000_000 === 0 ? "many" : "other",
  // Short function words frequent in French and rare in English: counting them tells the two
  // apart in news prose (text/language.ts).
  markers: new Set(
    "le la les des du un une est et dans pour que qui sur avec par au aux ce cette il elle ils sont été pas ne plus ses son sa leur mais ou où aussi".split(
      " ",
    ),
  ),
  // Words of English in a French sentence (text/mixed-language.ts). Short and unambiguous on
  // purpose: "on", "a", "an", "plus" belong to both.
  foreignWords: new Set(
    "the of and with was were is are has have had by from his her its their which who what this that these those been would will into about after before between according said did does than then there when where why how".split(
      " ",
    ),
  ),
  // Honorifics (« M. Brockman »), titles, short forms: matched case-sensitively, because « M. »
  // is an honorific while « m. » is not (text/abbreviations.ts).
  abbreviations: [
    "M",
    "MM",
    "Mme",
    "Mmes",
    "Mlle",
    "Mlles",
    "Me",
    "Mgr",
    "Pr",
    "Ste",
    "av",
    "bd",
    "env",
    "ex",
    "p",
    "pp",
    "vol",
    "chap",
    "fig",
    "janv",
    "févr",
    "sept",
    "oct",
    "nov",
    "déc",
  ],
  // The concept (English) first; a concept's first word is the one French says it with.
  units: [
    ["%", "%"],
    ["dollars", "dollars"],
    ["euros", "euros"],
    ["pounds", "livres"],
    ["years", "ans"],
    ["months", "mois"],
    ["weeks", "semaines"],
    ["days", "jours"],
    ["hours", "heures"],
    ["employees", "employés"],
    ["employees", "salariés"],
    ["people", "personnes"],
    ["jobs", "postes"],
    ["jobs", "emplois"],
    ["points", "points"],
    ["stores", "magasins"],
    ["plants", "usines"],
    ["members", "membres"],
    ["votes", "voix"],
    ["strikers", "grévistes"],
    ["passengers", "passagers"],
    ["shares", "actions"],
  ],
  figures: {
    share: [/^le nombre (?:total )?d(?:e |['’])/i, "la part des "],
    numberOf: /^le nombre\b/,
    counted: /^le nombre (?:total )?(?:de |d'|d’)(\p{L}+)/u,
    staff: ["employes", "salaries", "collaborateurs", "personnels", "agents"],
  },
  words: {
    and: "et",
    according: "selon",
    true: "Vrai",
    false: "Faux",
    trueOrFalse: "Vrai ou faux ?",
    source: "Source",
    sources: "Sources",
    others: "autres",
    other: "autre",
    colon: " : ",
    question: " ?",
    sameDay: "le même jour",
    varies: "varie selon les sources",
    vary: "varient selon les sources",
    whenThis: "Quand ceci s'est-il produit",
    first: "Lequel de ces événements s'est produit en premier ?",
    orderPrompt: "Remettez ces événements dans l'ordre chronologique.",
    whoSaid: "Qui a déclaré",
    // Words cut out of a sentence (see isFragment) were used, not declared: « Qui a employé les
    // mots « n'est pas plié » ? », never « Qui a déclaré « n'est pas plié » ? ».
    whoUsed: "Qui a employé les mots",
    used: "a employé les mots",
    usedPlural: "ont employé les mots",
    summary: "Résumé",
    people: "Qui est qui",
    questions: "Questions",
    answer: "Réponse",
  },
  interchange: {
    true: "Vrai",
    false: "Faux",
    alsoAccepted: "Accepté aussi",
    within: "à",
    sources: "Sources : ",
    markers: /\b(le|la|les|des|du|est|une|qui|quel|quelle|dans|pour|pas|sont|à|où|qu)\b/giu,
  },
  messages: sections,
  cliHelp,
} as const satisfies LanguageAbout;
