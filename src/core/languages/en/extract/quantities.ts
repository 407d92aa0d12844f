import type { AboutRule } from "../../../extract/config.js";
import { unitRules } from "../../../extract/shared/unit-kinds.js";

export const EN_UNITS = unitRules({
  percent: ["%|percent|per cent", "%"],
  dollars: ["dollars?|usd", "dollars"],
  euros: ["euros?|eur", "euros"],
  pounds: ["pounds?(?: sterling)?|gbp|pence", "pounds"],
  staff: ["employees|workers|staff|staffers|people|signatories|researchers|engineers", "employees"],
  jobs: ["jobs|positions|posts|roles", "jobs"],
  members: ["members", "members"],
  passengers: ["passengers|travellers|travelers", "passengers"],
  public: [
    "fans|supporters|residents|protesters|demonstrators|activists|voters|citizens|parents|pupils|students|patients",
    "people",
  ],
  users: ["users|customers|subscribers", "users"],
  trades: ["journalists|pilots|strikers|voters|nurses|teachers|drivers", "people"],
  things: [
    "stores|shops|plants|factories|sites|countries|vehicles|cars|restaurants|locations|outlets|branches|planes|flights|shares|votes",
    "units",
  ],
  years: ["years?(?:-old)?", "years"],
  days: ["days", "days"],
  months: ["months", "months"],
  hours: ["hours", "hours"],
});

/** Words of a change right before a percentage: "fell 3%", "up by 3%" are no stake. */
const CHANGE =
  "fell|fall|falls|rose|rise|rises|dropped|drop|jumped|jump|gained|gain|lost|lose|climbed|slid|slumped|soared|plunged|declined|increased|decreased|grew|up|down|by";

export const EN_ABOUT: readonly AboutRule[] = [
  {
    category: "money",
    context: "invest",
    about: "the amount {actor} invested in {target} {?date}",
    reason: "money and « invest »",
  },
  {
    category: "money",
    context: "invest",
    about: "the amount {actor} invested {?date}",
    reason: "money and « invest », no recipient named",
  },
  {
    category: "money",
    context: "valu(?:ed|ation|ing)",
    about: "the valuation of {org}",
    reason: "money and « valued at »",
  },
  {
    category: "money",
    context: "raised|raise|raising|funding round",
    about: "the amount raised by {actor} {?date}",
    reason: "money and « raised »",
  },
  {
    category: "money",
    context: "revenue|turnover",
    // "revenue fell by $200 million": a change, not the level.
    unless:
      "by|fell|fall|rose|rise|dropped|jumped|gained|lost|climbed|slid|declined|increased|decreased|grew|up|down",
    about: "the revenue of {main} {?date}",
    reason: "money and « revenue »",
  },
  {
    category: "money",
    context: "acqui|bought|buy",
    about: "the price paid for {bought}",
    reason: "money and « acquire »: the price of what was bought, named after the word",
  },
  {
    category: "percent",
    context: "sign|letter|petition",
    followedBy:
      "of (?:the |its |their )?(?:staff|employees|workers|workforce|researchers|engineers|them)",
    about: "the number of signatories of the letter",
    reason: "share of people signing a letter",
  },
  {
    // "Shares in Vega fell 3%": a move of the share price, no stake in anything.
    id: "share-price",
    category: "percent",
    context:
      "(?:shares?|stock)[^.;]{0,40}(?:fell|fall|falls|rose|rise|rises|slid|slide|dropped|drop|gained|gain|jumped|down|up|climbed|lost|plunged|declined|dipped|tumbled|soared|surged)",
    about: "the change in the share price of {org}",
    reason: "a share price that rose or fell",
  },
  {
    category: "percent",
    context: "owns|owned|holds|held",

    unless: CHANGE,
    about: "the stake {actor} holds in {org}",
    reason: "« X owns 12% of Y »: a holding",
  },
  {
    category: "percent",
    context: "stake|share|own|holds|acquire",
    unless: CHANGE,
    about: "the stake in {org}",
    reason: "share of a company",
  },
  {
    category: "people",
    context: "petition",
    about: "the number of signatories of the petition",
    reason: "people signing a petition",
  },
  {
    category: "people",
    context: "sign|letter|petition",
    about: "the number of signatories of the letter",
    reason: "people signing a letter",
  },
  {
    category: "people",
    context: "",
    ownerVerb: "employs|employed|employing|has|had|counts",
    about: "the total number of {owner} employees",
    units: ["employees"],
    reason: "« X employs N people »: the workforce of the verb's subject",
  },
  {
    category: "people",
    context: "in total|total workforce|headcount",
    about: "the total number of {main} employees",
    units: ["employees"],
    reason: "the workforce",
  },
  {
    category: "people",
    // « fired 7,500 workers »: only the count right after the verb, never another of the sentence.
    context:
      "(?:fired|dismissed|sacked) (?:about |some |around |more than |nearly |over |up to |almost )?\\d[\\d,.]*(?: [a-z]+)?",
    anchored: true,
    units: ["employees"],
    about: "the number of jobs cut",
    reason: "people fired in number: job cuts",
  },
  {
    category: "people",
    context: "laid off|lay off|layoffs|job cuts|cut",
    units: ["employees", "jobs"],
    about: "the number of jobs cut",
    reason: "job cuts",
  },
  {
    category: "people",
    context: "vot(?:ed|e|ing) (?:for|in favou?r of) (?:a |the )?(?:strike|walkout)",
    about: "the number of votes for a strike",
    reason: "people voting for a strike",
  },
  {
    category: "people",
    context: "protest|demonstrat|rall(?:y|ied)|marched",
    units: ["people", "employees", "members"],
    about: "the number of protesters",
    reason: "people protesting",
  },
  {
    category: "people",
    // "striking workers", not "a very striking example".
    context:
      "strike|striking (?:workers|employees|members|staff)|(?:are|were|went|remain|remained) striking|walked out",
    units: ["employees", "members"],
    about: "the number of workers on strike",
    reason: "people on strike",
  },
  {
    category: "time",
    context: "aged \\d+|, \\d+,|\\d+-year-old|\\d+ years old",
    anchored: true,
    about: "the age of {person}",
    reason: "an age",
  },
];

export const EN_QUALIFIERS = [
  { match: "more than|over|upwards of|above", qualifier: "more-than" as const },
  { match: "less than|fewer than|under|nearly|almost|just under", qualifier: "less-than" as const },
  { match: "about|around|roughly|approximately|some|an estimated", qualifier: "about" as const },
  { match: "at least", qualifier: "at-least" as const },
  { match: "at most|up to", qualifier: "at-most" as const },
];

export const EN_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["fifteen", 15],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["hundred", 100],
]);

export const EN_SCALES: ReadonlyMap<string, number> = new Map([
  ["billion", 1e9],
  ["bn", 1e9],
  ["b", 1e9],
  ["million", 1e6],
  ["mn", 1e6],
  ["m", 1e6],
  ["thousand", 1e3],
  ["trillion", 1e12],
]);

/** English ordinals, as in "the eleventh day of the strike". */
export const EN_ORDINALS: ReadonlyMap<string, number> = new Map<string, number>([
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20],
  ["thirtieth", 30],
]);
