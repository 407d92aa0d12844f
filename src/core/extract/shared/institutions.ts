import { rememberedPer } from "../../memo.js";
import type { LanguageConfig } from "../config.js";

interface InstitutionPatterns {
  head: RegExp;
  adjective: RegExp;
  verbAfter: RegExp;
  link: RegExp;
  noun: RegExp;
}

function compileOnce(cfg: LanguageConfig): InstitutionPatterns | undefined {
  const rule = cfg.institutions;
  if (!rule) return undefined;
  return {
    head: new RegExp(`(?:${rule.heads})(?![\\p{L}\\p{N}'’-])`, "uy"),
    // A small-letter word ending as the language's adjectives do, and not one of its verbs.
    adjective: new RegExp(
      `[ \\u00a0](?!(?:${rule.verbs})(?![\\p{L}]))\\p{Ll}[\\p{Ll}\\p{M}-]*(?:${rule.adjectiveEndings})s?(?![\\p{L}\\p{N}'’-])`,
      "uy",
    ),
    verbAfter: new RegExp(`[ \\u00a0](?:${rule.verbSigns})(?![\\p{L}])`, "uy"),
    link: new RegExp(`[ \\u00a0](?:${rule.links})`, "uy"),
    // A whole word: « Paris2 » or « aujourd'hui » is no noun of a name.
    noun: /\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}\p{N}'’-])/uy,
  };
}

const compiled = rememberedPer(compileOnce);

/**
 * Where an institution's name that opens at `start` ends, when one does there and goes on in
 * small letters: « Cour des comptes », « Conseil supérieur de l'audiovisuel », « Banque centrale
 * européenne ». Its head, then adjectives, then up to a few complements, each a noun (« de la
 * concurrence », « d'État », « de Paris ») with adjectives of its own. Undefined when no head
 * opens there or nothing follows it.
 */
export function institutionEnd(
  text: string,
  start: number,
  cfg: LanguageConfig,
): number | undefined {
  const p = compiled(cfg);
  if (!p) return undefined;
  p.head.lastIndex = start;
  const head = p.head.exec(text);
  if (!head) return undefined;
  let end = start + head[0].length;
  let words = 0;
  const adjectives = () => {
    for (;;) {
      p.adjective.lastIndex = end;
      const m = p.adjective.exec(text);
      if (!m) return;
      // « la Commission présente les faits »: a determiner after it shows a verb.
      p.verbAfter.lastIndex = end + m[0].length;
      if (p.verbAfter.test(text)) return;
      end += m[0].length;
      words++;
    }
  };
  adjectives();
  for (let n = 0; n < cfg.institutions!.maxComplements; n++) {
    p.link.lastIndex = end;
    const link = p.link.exec(text);
    if (!link) break;
    p.noun.lastIndex = end + link[0].length;
    const noun = p.noun.exec(text);
    // « le Conseil de ce matin », « la Cour de mercredi »: a determiner or a date is no noun.
    if (!noun || cfg.nameStopwords.has(noun[0])) break;
    end = noun.index + noun[0].length;
    words++;
    adjectives();
  }
  return words > 0 ? end : undefined;
}
