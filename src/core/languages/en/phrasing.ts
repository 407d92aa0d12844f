import { buildClause } from "../../phrase/clause.js";
import type { Phrasing } from "../phrasing-types.js";
import { attach } from "./attach.js";
import { englishRole, englishStatement, englishWhen, englishWho, englishWhom } from "./forms.js";
import { INTERROGATIVES } from "./interrogatives.js";
import { ENGLISH } from "./lexicon.js";
import * as say from "./sentences.js";
import { EVIDENCE, FIGURE_LABELS } from "./shapes.js";
import { englishStatusWho, englishStatusWhom } from "./status.js";
import type { EnglishClause } from "./verb.js";

// English grammar, as shared phrasing code asks it (languages/phrasing-types.ts). Loaded only
// by languages/phrasings.ts, when something is to be written.

const en = (clause: unknown) => clause as EnglishClause;

export const phrasing = {
  englishName: "English",

  // English reads a name as it is written.
  readName: (name) => name,
  ownWords: (_index, text) => text,
  aliasOf: say.aliasOf,
  interrogatives: INTERROGATIVES,
  agreesWithPerson: false,
  // English posts show no gender.
  postGender: () => undefined,

  clause: (ctx, event, override = {}) => buildClause(ctx, event, ENGLISH[event.type], override),
  attach,
  leadsWithPreposition: /^(?:in|at|on|during|before|to|with|for|by)\s/i,
  roleText: say.roleText,
  statement: (clause) => englishStatement(en(clause)),
  nounLine: say.nounLine,
  passive: say.passive,
  succeeded: (who, before, when) => `${who} succeeded ${before}${when}`,
  partSeparator: "; ",
  announcementLead: say.announcementLead,

  who: (clause, _features, date, place) => englishWho(en(clause), date, place),
  whom: (clause, _features, options) => englishWhom(en(clause), options),
  statusWho: (clause, lead) => englishStatusWho(en(clause), lead),
  statusWhom: (clause, _features, lead, omitActor) =>
    englishStatusWhom(en(clause), lead, omitActor),
  when: (clause, precision) => englishWhen(en(clause), precision),
  role: (clause, date) => englishRole(en(clause), date),
  firstTime: " for the first time",
  among: "of these",
  successionSuffix: (before) => (before !== undefined ? ` after ${before}` : " first"),

  descriptionHead: say.descriptionHead,
  describedAs: say.describedAs,
  whoIsDescribed: say.whoIsDescribed,
  whatIs: say.whatIs,
  be: (plural) => (plural ? "are" : "is"),
  former: (post) => `former ${post}`,
  ofOrg: (org) => ` of ${org}`,

  claimIs: (subject, plural, value) => `${subject} ${plural ? "are" : "is"} ${value}`,
  claimQuestion: (about, plural) => `${plural ? "what are" : "what is"} ${about}?`,
  figureLabels: FIGURE_LABELS,
  evidence: EVIDENCE,
  possessive: /(?:^|\s)(?:his|her|its|their)\s/i,

  quoteSubject: /(?:^|[^\p{L}])(?:I|we|he|she|it|they|you|this|that|there)(?:[^\p{L}]|$)/u,
  firstSingular: /(?:^|[^\p{L}])(?:I|I['’]m|I['’]ve|I['’]ll|my|me|mine)(?=[^\p{L}]|$)/u,
  declared: () => "said",
  whatSaid: (speaker, rest) => `What did ${speaker.text} say${rest ? ` ${rest}` : ""}?`,
  unnamedSource: (id) => `source ${id}`,

  // English puts no space before ? ! : ;.
  spacing: /\s[?!;:]/,
} satisfies Phrasing;
