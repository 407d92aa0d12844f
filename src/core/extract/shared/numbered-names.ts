import { rememberedPer } from "../../memo.js";
import { stripAccents } from "../../text/fold.js";
import type { LanguageConfig } from "../config.js";

// A name's number: one or two digits, or a version (« France 2 », « Ligue 1 », "Web 2.0"). A
// year (« Paris 2024 ») is left out: after a name it is a date far more often.
const NAME_NUMBER = /^\d{1,2}(?:\.\d{1,2})?$/;

/**
 * Words that may follow a name ending in a number, folded: a verb or a conjunction the language's
 * grammar knows (« France 2 a limogé », « sur France 2 et France 3 », "Ligue 1 said").
 */
const compileWords = rememberedPer(
  (cfg: LanguageConfig) =>
    new RegExp(
      `^[ \\u00a0](?:${cfg.activeAux}|${cfg.passiveAux}|${cfg.listJoin}|${cfg.speechVerbs})(?![\\p{L}\\p{N}])`,
      "u",
    ),
);

// The end of a clause, or a capitalised word that goes on with the name ("the Web 2.0 Summit").
// A figure's decimals or thousands (« 2,5 % », « 2 000 postes ») are neither.
const CLAUSE_END = /^(?:$|[ \u00a0]*[;:!?)»”"]|,(?!\d)|\.(?!\d)|[ \u00a0]\p{Lu})/u;

/**
 * Whether `number`, written right after a capitalised word with `after` following it, ends that
 * word's name: « France 2 a limogé », « sur France 2 et France 3 », "the Web 2.0 Summit". What
 * follows a figure (« 2 000 postes », "2 million") is none of what may follow a name.
 */
export function endsName(number: string, after: string, cfg: LanguageConfig): boolean {
  if (!NAME_NUMBER.test(number)) return false;
  if (CLAUSE_END.test(after)) return true;
  return compileWords(cfg).test(stripAccents(after.slice(0, 40).toLowerCase()));
}
