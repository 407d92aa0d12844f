import type { Clause } from "../../phrase/clause-types.js";

/** English verb: base form (for do-questions), simple past, past participle. */
export interface EnglishVerb {
  base: string;
  past: string;
  pp: string;
  tail?: string;
}

/** A clause of an English sentence. */
export type EnglishClause = Clause<EnglishVerb>;
