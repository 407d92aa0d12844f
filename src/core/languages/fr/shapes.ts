import type { EvidenceShapes, FigureLabelShapes } from "../phrasing-types.js";

// Shapes of French text that phrasing checks what it would say against: a figure's label, the
// sentence a figure or a quote was read from. Shapes, never a word list of one story.

/** What a figure counts, as a label that cannot stand alone (phrase/figure-labels.ts). */
export const FIGURE_LABELS: FigureLabelShapes = {
  // « le montant de sa troisième offre »: whose offer is said only in the article.
  // (« cités par leur nom » names its owner inside the phrase.)
  possessive: /^(?:le|la|les|l')\s?[\p{L}-]+ (?:de |d'|des )?(?:sa|son|ses|leur|leurs)\s/u,
  // « détenue par Engie », the agent of what is counted.
  agent: /\s(?:détenue?s?|possédée?s?|contrôlée?s?)\spar\s/u,
  // A share of people: « la part des journalistes », « la part des salariés d'Acme ».
  shareOfPeople:
    /^la (?:part|proportion) (?:des|de|du) (?:\S+ ){0,1}(?:salariés|employés|personnels?|effectifs|journalistes|pilotes|membres|adhérents|agents|collaborateurs|syndiqués|électeurs|votants)(?:\s|$)/u,
  // … unless the phrase says what they did: « ayant voté contre », « qui ont signé ».
  act: /\s(?:qui|ayant|ayant été)\s|\s\p{Ll}[\p{L}-]+(?:ée?s?|[^aeiouy]is(?:es)?)(?:\s|$)/u,
  workforce: /^(?:employés|salariés|collaborateurs|personnes)$/u,
  // « la part d'Acme »: a share that names only whose it is, not of what.
  bareShare: /^la part (?:de |d'|du |des )/u,
  // « la part du programme d'Air France »: a share of what a holder has, which says not what
  // was done with it (flown, sold, cut). « la part de marché de Vega » has no article: a term.
  shareOfOwn: /^la (?:part|proportion) (?:du|de la|de l'|des) \S+ (?:de |d'|du |des )\S/u,
  // « le montant des actions de Vega », « le montant du numéraire »: the form a sum is paid in,
  // or a share price, never what the sum is.
  meansOfPayment:
    /^le montant (?:des|du|de l') (?:actions?|titres?|numéraire|liquidités|cash)(?:\s|$)/u,
  // « le montant du coût de la WGA »: a cost is the cost of something, not someone's.
  costOfNothing: /^le montant (?:du coût|des coûts) (?:de |d'|du )\p{Lu}/u,
  // « la part d'OpenAI visée » (by whom?): participles end in é, i, u, s or t with their
  // agreement.
  dangling: /\s[\p{L}-]+(?:ée?s?|[^aeiouy]ue?s?|[^aeiouy]ise?s?)$/u,
  danglingAgent: /\spar\s/,
};

/** The sentence a figure or a quote was read from (phrase/figure-evidence.ts, nested-quote.ts). */
export const EVIDENCE: EvidenceShapes = {
  workforce: {
    label:
      /^le nombre (?:total )?(?:de |d'|d’)(?:salariés|employés|collaborateurs|personnes|personnels|agents)(?:\s|$)/u,
    // « 4 000 personnes à Belfort », « 300 salariés en France ».
    place: /^\s*[\p{L}-]+(?:\s+\p{Ll}+)?\s+(?:à|en|au|aux)\s+\p{Lu}/u,
    // « 982 salariés, soit 17 % de ses effectifs ».
    part: /^\s*[\p{L}-]+\s*,?\s+(?:soit|ou)\s+(?:environ\s+|près de\s+)?\d/u,
    // « licencier 982 salariés », « la suppression de 300 postes », « se séparer de 900 employés ».
    cut: /(?:licenci|supprim|suppression|sépar|départ|remerci)\p{L}*(?:\s+\S+){0,3}\s*$/u,
  },
  // « le montant de l'offre d'Orbis »: the noun, then its holder.
  sum: {
    label: /^le montant (?:de l'|de l’|du |de la |des )(\S+) (?:de |d'|d’|du |des )(.+)$/u,
    parts: (m) => [m[1]!, m[2]!],
    owner: (noun) =>
      new RegExp(
        `${noun}\\s+(?:de\\s+|d['’]|du\\s+)(\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*)*)`,
        "u",
      ),
  },
  // « Comme l'a noté Yahoo, …, en déclarant « … » ».
  nestedQuote: (name) =>
    new RegExp(
      `^\\s*comme (?:l['’]a |l['’]avait )(?:noté|rappelé|souligné|rapporté|écrit|indiqué) ${name}\\s*,.*,\\s*en (?:déclarant|affirmant|estimant|jugeant|expliquant|disant)\\b[^«“"]{0,30}[«“"]`,
      "iu",
    ),
};

/**
 * French elision and contraction errors: « de OpenAI », « le a », « de le conseil ». Matched on
 * lower-cased text, with the letters spelled out rather than \p{L}: the quality gate reads every
 * text of every question, and this form is several times faster.
 */
const NOT_LETTER = "(?:^|[^a-zàâäçéèêëîïôöûùüÿœæ])";
export const ELISION_ERRORS = new RegExp(
  `${NOT_LETTER}(?:(?:de|le|la|que|ne|se|je|me|te|jusque|lorsque|puisque) (?:[aeiouàâäéèêëîïôöûùüœæ]|y(?![aeiouy]))|(?:de|à) (?:le|les) |si il)`,
);
