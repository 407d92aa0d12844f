// The type of a language's grammar words, apart from grammar.ts (which reads a whole language
// configuration) so that the configuration can name it without an import circle.

/** The words, as regular-expression sources over folded text, that each language gives. */
export interface GrammarWords {
  and: string;
  or: string;
  that: string;
  /** Relative pronouns that open a clause of their own: « qui », « dont », "which". */
  relativeBreak: string;
  firstPerson: string;
  /** Words that speak to the reader, as advertisements and site boilerplate do: "you". */
  reader: string;
  all: string;
  ofThem: string;
  staffNouns: string;
  since: string;
  beforeAfter: string;
  into: string;
  attribution: string;
  leave: string;
  purpose: string;
  coordinatedAux: string;
  possessives: string;
  /** EN only: what may follow a participle set off after a name (« in », "last"). */
  apposedAfter?: string;
  agentNotName: string;
  /** Regex sources, matched without case on the text as written. */
  timeTail: string;
  postDangling: string;
  announcedStart: string;
  announcedStop: string;
  announcedDangling: string;
  partOf: string;
  partBefore: string;
  /** Prepositions before the place a count is in (« à Belfort », "in Ohio"), as written. */
  placeAfter: string;
  /** Those after which only a place is where a count is ("at": "workers at Boeing" are its). */
  placeOnlyAfter?: string;
  /** What opens the site a count is in: « de l'usine X », "at the plant" (as written). */
  siteAfter: string;
  /** Words that start a clause after a site's name, which ends it: « qui », "which", "has". */
  siteClause: string;
  commonOwners: readonly string[];
  /** Definite articles: before a name of several words, an organisation or a place. */
  definites: string;
  /** What may open the words before an event's target after its preposition: « dans la ». */
  targetArticles: string;
  /** What joins a post to its organisation: « de », "of", "at" (folded). */

  orgLink: string;
  /** What joins the words of an institution's name (as written): « de l' », "of the". */
  orgNameLink: string;
  /** Verbs and clause words that make what follows a name no role phrase (folded). */
  clauseVerbs: string;
  /** Words that start a clause after a role phrase, which ends it. */
  clauseStarts: string;
  /** Determiners before a role noun after a name: « X, le PDG de Y », "X, its chief executive". */
  roleArticles: string;
  /** What else may stand before a role noun before a name: « du chercheur X », "former CEO X". */
  roleArticlesBefore: string;
  /**
   * Whether adjectives follow the noun (« directeur financier »): where they do not ("the
   * president also acted on"), a plain word after a role noun has left the role phrase.
   */
  adjectivesFollow: boolean;
  /** Whether « 's » after a name is a possessive ("Kohl's board"); in French it is the name's. */
  possessiveS: boolean;
}
