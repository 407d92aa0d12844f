import type { EvidenceShapes, FigureLabelShapes } from "../phrasing-types.js";

// Shapes of English text that phrasing checks what it would say against: a figure's label, the
// sentence a figure or a quote was read from. Shapes, never a word list of one story.

/** What a figure counts, as a label that cannot stand alone (phrase/figure-labels.ts). */
export const FIGURE_LABELS: FigureLabelShapes = {
  possessive: /^the [a-z-]+ (?:of |in |for )?(?:its|his|her|their)\s/u,
  agent: /\s(?:held|owned|controlled)\sby\s/u,
  shareOfPeople:
    /^the (?:share|proportion|percentage) (?:of|for) (?:the )?(?:\S+ ){0,1}(?:employees|workers|staff|workforce|journalists|pilots|members|people|voters)\b/u,
  act: /\s(?:who|that|which)\s|\s(?:laid off|let go|cut|[a-z][a-z-]+ed)(?:\s|$)/u,
  workforce: /^(?:employees|workers|people)$/u,
  bareShare: /^the (?:percentage|share) (?:for|of) /u,
  shareOfOwn: /^the (?:share|proportion|percentage) of (?:.+['’]s?|the \S+ of) \S/u,
  // "the amount of Facebook's stock" (the part of a price paid in stock), "Disney's stock" (a
  // share price).
  meansOfPayment: /^the amount of (?:.+['’]s? )?(?:stock|shares|cash)$/u,
  // "the amount of WGA's cost": a cost or a price is of something, which this does not say.
  costOfNothing: /^the amount of \S.*['’]s? (?:costs?|price)$/u,
  // "the stake sought" (by whom?): participles in -ed, or the common irregular ones.
  dangling: /\s(?:[a-z-]+ed|paid|sought|held|bought|sold|made|given|set)$/,
  danglingAgent: /\sby\s/,
};

/** The sentence a figure or a quote was read from (phrase/figure-evidence.ts, nested-quote.ts). */
export const EVIDENCE: EvidenceShapes = {
  workforce: {
    label:
      /^the (?:total )?number of (?:\S+ )?(?:employees|workers|staff|staffers|people)(?:\s|$)/u,
    // "4,000 people in Belfort", "300 workers at its plant".
    place: /^\s*[\p{L}-]+(?:\s+\p{Ll}+)?\s+(?:in|at)\s+(?:(?:its|the)\s+\p{L}|\p{Lu})/u,
    // "982 employees, or 17% of its staff".
    part: /^\s*[\p{L}-]+\s*,?\s+or\s+(?:about\s+|nearly\s+|some\s+)?\d/u,
    // "letting go of 982 employees", "laid off 1,900 people", "cut 300 jobs".
    cut: /(?:let(?:ting|s)? go|laid off|lay(?:ing|s)? off|layoffs? of|cut(?:s|ting)?|fir(?:ed|es|ing)|shed(?:s|ding)?|eliminat\p{L}*)(?:\s+\S+){0,2}\s*$/u,
  },
  // "the amount of Orbis's offer": the holder, then the noun.
  sum: {
    label: /^the amount of (.+?)['’]s? (\S+)$/u,
    parts: (m) => [m[2]!, m[1]!],
    owner: (noun) =>
      new RegExp(`${noun}\\s+of\\s+(\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*)*)`, "u"),
  },
  // "As Yahoo noted, …, saying “…”".
  nestedQuote: (name) =>
    new RegExp(
      `^\\s*as ${name} (?:noted|said|reported|wrote|added|recalled)\\s*,.*,\\s*saying\\b[^“"]{0,30}[“"]`,
      "iu",
    ),
};
