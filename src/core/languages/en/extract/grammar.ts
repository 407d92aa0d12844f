import { foldedWeekdays } from "../../../extract/shared/calendar-words.js";
import type { GrammarWords } from "../../../extract/shared/grammar-words.js";

/** The little English words the shared engine reads sentences with, folded (lowercase). */
export const EN_GRAMMAR: GrammarWords = {
  and: "and|as well as",
  or: "or",
  that: "that",
  relativeBreak: "who|which",
  firstPerson: "i",
  reader: "you|your|yours",
  all: "all|both",
  ofThem: "of them",
  staffNouns: "employees|workers",
  since: "since",
  beforeAfter: "after|before",
  into: "in|into",
  attribution: "according to|reported by|told",
  leave: "left|quit|leaves|leaving|departed",
  purpose: "to",
  coordinatedAux: "has|have|had",
  possessives: "his|her|their|its",
  apposedAfter: "in|on|at|last|earlier|this|during|after|before",
  agentNotName: "example",
  timeTail:
    "(?:last|next|this|earlier this|later this)\\s+(?:week|month|year)|yesterday|today|tomorrow",
  postDangling: "on|in|at|from|since|this|last|next",
  announcedStart: "the|a|an|its|his|her|their|plans?",
  announcedStop: [
    "by|before|after|on|in|during|at|from|amid|that|which|who|as|while|when|following",
    ...foldedWeekdays("en"),
  ].join("|"),
  announcedDangling: "of|the|a|an|and|to|for|or",
  // "of the 900 workers at the Leeds plant": a site, not the company.
  partOf: "^\\s+(?:at|in|of) the (?!company|group|firm|start-?up)\\p{Ll}",
  // "1,800 of the plant's 2,500 workers": the part is named before the total.
  partBefore: "(?:the|its)\\s+(?!company|group|firm)\\p{Ll}+['’]s\\s+$",
  placeAfter: "in|at",
  placeOnlyAfter: "at",
  siteAfter: "of the|at the|in the",
  siteClause: "who|which|that|has|have|is|are|was|were|will",
  roleArticles: "the|a|an|its|his|her|their",
  roleArticlesBefore: "former|ex-?",
  adjectivesFollow: false,
  possessiveS: true,
  definites: "the",
  targetArticles: "the|a|an|its|their",
  orgLink: "of|at",
  orgNameLink: "of|of the|for|for the",
  clauseVerbs: "has|have|is|are|was|were|had|will|would|who|which|that",
  clauseStarts: "who|which|whose|that",
  commonOwners:
    "everyone everybody nobody someone somebody anyone anybody one world nation country company government city state year week month day night people children women men".split(
      " ",
    ),
};
