import { buildClause } from "../../phrase/clause.js";
import type { Phrasing } from "../phrasing-types.js";
import { withArticles } from "./article.js";
import { attach } from "./attach.js";
import { frenchRole, frenchStatement, frenchWhen, frenchWho, frenchWhom } from "./forms.js";
import { de, elide } from "./french.js";
import { INTERROGATIVES } from "./interrogatives.js";
import { FRENCH } from "./lexicon.js";
import * as say from "./sentences.js";
import { ELISION_ERRORS, EVIDENCE, FIGURE_LABELS } from "./shapes.js";
import { frenchStatusWho, frenchStatusWhom } from "./status.js";
import type { FrenchClause } from "./verb.js";

// French grammar, as shared phrasing code asks it (languages/phrasing-types.ts). Loaded only
// by languages/phrasings.ts, when something is to be written.

const fr = (clause: unknown) => clause as FrenchClause;

export const phrasing = {
  englishName: "French",

  readName: say.readName,
  ownWords: withArticles,
  // A name written as a phrase of another language has no French alias newsquiz can tell.
  aliasOf: () => undefined,
  interrogatives: INTERROGATIVES,
  agreesWithPerson: true,
  postGender: say.postGender,

  clause: (ctx, event, override = {}) => buildClause(ctx, event, FRENCH[event.type], override),
  attach,
  leadsWithPreposition:
    /^(?:dans|lors|à|au|aux|sur|pendant|devant|en|par|chez|avec|pour)\s|^lors d['’]/i,
  roleText: say.roleText,
  statement: (clause) => frenchStatement(fr(clause)),
  nounLine: say.nounLine,
  passive: say.passive,
  succeeded: say.succeeded,
  partSeparator: " ; ",
  announcementLead: say.announcementLead,

  who: (clause, features, date, place) => frenchWho(fr(clause), features, date, place),
  whom: (clause, features, options) => frenchWhom(fr(clause), features, options),
  statusWho: (clause, lead) => frenchStatusWho(fr(clause), lead),
  statusWhom: (clause, features, lead, omitActor) =>
    frenchStatusWhom(fr(clause), features, lead, omitActor),
  when: (clause, precision) => frenchWhen(fr(clause), precision),
  role: (clause, date) => frenchRole(fr(clause), date),
  firstTime: " pour la première fois",
  among: "parmi ces propositions",
  successionSuffix: (before) => (before !== undefined ? ` après ${before}` : " en premier"),

  descriptionHead: say.descriptionHead,
  describedAs: say.describedAs,
  whoIsDescribed: say.whoIsDescribed,
  whatIs: say.whatIs,
  be: (plural) => (plural ? "sont" : "est"),
  former: (post, feminine) => `${feminine ? "ancienne" : "ancien"} ${post}`,
  ofOrg: (org) => ` ${de(org)}`,

  claimIs: (subject, plural, value) =>
    `${subject} ${plural ? "sont" : "est"} ${elide("de", value)}`,
  claimQuestion: say.claimQuestion,
  figureLabels: FIGURE_LABELS,
  evidence: EVIDENCE,
  possessive: /(?:^|[\s'’])(?:son|sa|ses|leur|leurs)\s/i,

  quoteSubject:
    /(?:^|[^\p{L}])(?:je|j['’]|nous|il|elle|on|ils|elles|vous|tu|c['’]|ce|cela|ça)(?:[^\p{L}]|$)/iu,
  firstSingular: /(?:^|[^\p{L}])(?:(?:je|me|moi|mon|ma|mes)(?=[^\p{L}]|$)|[jm]['’])/iu,
  declared: (plural) => (plural ? "ont déclaré" : "a déclaré"),
  whatSaid: (speaker, rest) =>
    `${speaker.plural ? "Qu'ont déclaré" : "Qu'a déclaré"} ${speaker.text}${rest ? ` ${rest}` : ""} ?`,
  unnamedSource: (id) => `la source ${id}`,

  // French puts a space before ? ! : ; (a no-break one counts).
  spacing: /[^\s\u00a0][?!;:](?:\s|$)/,
  elisionErrors: ELISION_ERRORS,
} satisfies Phrasing;
