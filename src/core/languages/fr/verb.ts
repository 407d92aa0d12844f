import type { Clause } from "../../phrase/clause-types.js";

/** French verb: past participle (masculine singular) and auxiliary. */
export interface FrenchVerb {
  pp: string;
  aux: "avoir" | "être";
  /** Infinitive (« rejoindre »): what « prévoyait de », « pourrait » take. */
  inf: string;
  /** Conditional, third person singular (« rejoindrait »): what was announced, still to come. */
  cond: string;
  /** Pronominal verbs: « s'est exprimé ». */
  reflexive?: boolean;
  /** Words that belong to the verb: « mis en grève ». */
  tail?: string;
}

/** A clause of a French sentence. */
export type FrenchClause = Clause<FrenchVerb>;
