import type { GroupRule, KindCue, RoleRule } from "../../../extract/config.js";
import { calendarNames } from "../../../extract/shared/calendar-words.js";
import { ENGLISH_ORG_SUFFIXES } from "../../../extract/shared/org-suffixes.js";

// Capitalised words that are not names: sentence openers, pronouns, weekdays and months (from
// calendarNames), and
// acronyms of common nouns. "The" is handled by the name reader (« The Verge » is a name).
export const EN_NAME_STOPWORDS: ReadonlySet<string> = new Set(
  [
    "a an in on at for but and or if when after before since he she they we i it his her their its",
    "this that these those there here what who which as by with without from to of about also so",
    "then still yet however meanwhile according while although though because during under over",
    "into onto upon than more most many some several all each every both either neither no not",
    "one two three four five six seven eight nine ten first last new former",
    "ai ceo cto cfo coo tv us mr mrs ms dr later earlier today yesterday tomorrow",
    // Nationalities, capitalised in English: "the Spanish start-up Voltara" names Voltara only.
    "american british english french german spanish italian dutch belgian swiss swedish danish",
    "norwegian finnish polish irish scottish welsh portuguese greek austrian russian ukrainian",
    "chinese japanese korean indian canadian mexican brazilian australian european african asian",
    "israeli turkish saudi",
    // Titles written with capitals before a name (« Chief Executive Kelly Smith »).
    "chief executive president chairman chairwoman director minister senator governor secretary",
    "officer founder co-founder cofounder vice prime spokesman spokeswoman analyst analysts",
    // Role nouns that open a sentence before a name (« Investor Paul Roux joined »).
    "investor investors activist billionaire entrepreneur engineer lawyer researcher scientist",
    "journalist spokesperson adviser advisor economist professor executive boss",
  ]
    .join(" ")
    .split(" ")
    .concat(calendarNames("en")),
);

export const EN_HONORIFICS: ReadonlyMap<string, "f" | "m" | undefined> = new Map([
  ["mr", "m"],
  ["mrs", "f"],
  ["ms", "f"],
  ["miss", "f"],
  ["dr", undefined],
  ["prof", undefined],
  ["sir", "m"],
  ["dame", "f"],
]);

export const EN_ROLES: readonly RoleRule[] = [
  {
    match:
      "ceo|cto|cfo|coo|chief executive(?: officer)?|chief technology officer|chief scientist|chief operating officer|chief financial officer",
    reason: "chief officer",
  },
  {
    match:
      "president|chairman|chairwoman|chair|founder|co-founder|cofounder|director|head|researcher|scientist|executive|investor|engineer|lawyer|minister|senator|mayor|spokesperson|spokesman|spokeswoman|member|analyst|journalist|creator|partner|adviser|advisor|boss|leader|entrepreneur|employee|coach|manager|player|captain|deputy|prosecutor|judge|governor|ambassador|commissioner|editor|author|actor|actress|writer",
    reason: "role noun",
  },
];

/** Role nouns an organisation may bear too: no sign of a person before a name. */
export const EN_SHARED_ROLES: ReadonlySet<string> = new Set(
  "investor partner member creator player leader employee analyst entrepreneur head executive".split(
    " ",
  ),
);

export const EN_ROLE_MODIFIERS = "former|ex|new|current|interim|acting|outgoing|incoming";

export const EN_KIND_CUES: readonly KindCue[] = [
  {
    match:
      "the (?:company|firm|startup|start-up|group|giant|bank|agency|organisation|organization|platform|maker|publisher|network|fund|newspaper|site|outlet|lab|studio|union|party|ministry|club|team)(?: (?!by |for )[a-z-]+){0,3}",
    kind: "organisation",
    weight: 3,
    reason: "« the company X »",
  },
  {
    match: "at|joins|joined|join|joining",
    kind: "organisation",
    weight: 1.5,
    reason: "« at X », « join X »: an employer",
  },
  {
    match:
      "the (?:assistant|chatbot|model|software|app|application|service|tool|search engine|chip|processor|console|phone|car)(?: (?!by |for )[a-z-]+){0,3}",
    kind: "product",
    weight: 3,
    reason: "« the chatbot X »",
  },
  { match: "in", kind: "place", weight: 0.3, reason: "« in California »" },
];

export const EN_ORG_SUFFIXES: ReadonlySet<string> = new Set([
  ...ENGLISH_ORG_SUFFIXES,
  // Institutions, parties and places named by their last word, and more trades.
  ...[
    "Corporation Company Co Air Cargo Insurance Logistics Enterprises Investments Networks Robotics",
    "Railways Airport Network Channel Club Valley Street Summit Products Solutions Dynamics Financial",
    "Party House Department Ministry Commission Committee Council Board Trust Union Guild Alliance",
    "Association Federation Agency Authority Court Producers Workers Commons Project Office",
  ]
    .join(" ")
    .split(" "),
]);

/** First words that make a name an organisation: "Department of Justice", "Bank of America". */
export const EN_ORG_HEADS: ReadonlySet<string> = new Set(
  "Department Ministry Bank University Institute Council Committee Commission Court House Senate Congress Board Federation Association Union Agency Authority Office Radio Project".split(
    " ",
  ),
);

export const EN_GENERIC_HEADS: ReadonlySet<string> = new Set(
  "Company Group Firm Association".split(" "),
);

export const EN_GROUPS: readonly GroupRule[] = [
  {
    match: "board(?: of directors)?",
    group: "board",
    kind: "group",
    plural: false,
    reason: "the board of directors",
  },
  {
    // Named by their own noun: "Verizon workers", "WGA members", "Air Canada pilots".
    match:
      "workers|members|union members|pilots|journalists|writers|unions|union leaders|shareholders|drivers|nurses|teachers|engineers|technicians|flight attendants|strikers",
    group: "people",
    kind: "group",
    plural: true,
    reason: "people of an organisation named by what they do",
  },
  {
    match: "employees|staff|staffers",
    group: "employees",
    kind: "group",
    plural: true,
    reason: "the staff of a company",
  },
];

export const EN_COMPANY_REFERENCE =
  "the (?:[a-z-]+ ){1,2}(?:company|firm|startup|retailer|chain|giant)|the company|the startup|the start-up|the firm|the club|the group|the retailer|the airline|the carrier|the chain|the automaker|the carmaker|the car firm|the bank|the lender|the insurer|the broadcaster|the operator|the manufacturer|the maker|the conglomerate|the publisher|the studio|the business|the social network|the retail chain|the toy retailer";

/** « the OpenAI board », « OpenAI employees ». */
export function enGroupName(group: string, org: string | undefined, noun = ""): string {
  if (group === "board") return org ? `the ${org} board` : "the board";
  if (group === "people") return org ? `${org} ${noun}` : `the ${noun}`;
  return org ? `${org} employees` : "the employees";
}
