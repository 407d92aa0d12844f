import type { FactIndex } from "../facts/fact-index.js";
import type { Language } from "../facts/model.js";
import { textIn } from "../facts/texts.js";
import type { PhraseContext } from "../languages/phrasing-types.js";
import { phrasingOf } from "../languages/phrasings.js";
import { memoPerObject } from "../memo.js";
import { type Named, named } from "./names.js";
import { quoted } from "./words.js";

export type { PhraseContext } from "../languages/phrasing-types.js";

export interface PhraseOptions {
  /**
   * Say what the pack gives in no words of this language as the pack wrote it: names as they
   * are, texts quoted (« as “directrice financière” »). For a person checking the facts (the
   * review's cards), never for questions and summaries, which leave such text out
   * (docs/questions.md, rule 8).
   */
  quoteForeign?: boolean;
}

/** The fields a sentence sets among its own words (« as “directrice financière” »). */
const QUOTED_FIELDS = new Set(["role", "label", "about", "context"]);

const contexts = memoPerObject<FactIndex, string, PhraseContext>();

/** The phrase context of an index in a language, made once: what it remembers is shared. */
export function phraseContext(
  index: FactIndex,
  lang: Language = index.lang,
  options: PhraseOptions = {},
): PhraseContext {
  const key = `${lang}${options.quoteForeign ? "+quoted" : ""}`;
  return contexts(index, key, () => makeContext(index, lang, options.quoteForeign === true));
}

function makeContext(index: FactIndex, lang: Language, quoteForeign: boolean): PhraseContext {
  const cache = new Map<string, Named>();
  const grammar = phrasingOf(lang);
  return {
    index,
    lang,
    grammar,
    native: lang === index.lang,
    name(id) {
      if (!id) return undefined;
      const hit = cache.get(id);
      if (hit) return hit;
      const entity = index.entities.get(id);
      if (!entity) return undefined;
      const found = grammar.readName(
        named(entity, lang, index.lang, grammar.aliasOf),
        index,
        entity,
      );
      const { foreign: _foreign, ...asWritten } = found;
      const result = quoteForeign ? asWritten : found;
      cache.set(id, result);
      return result;
    },
    text(record, field) {
      const text = textIn(record, field, lang, index.lang);
      // The words a sentence sets among its own (a label, a post) name organisations as it does.
      if (text !== undefined && QUOTED_FIELDS.has(field)) return grammar.ownWords(index, text);
      if (text !== undefined || !quoteForeign) return text;
      const own = record[field];
      if (typeof own !== "string") return undefined;
      // Words set inside the sentence are quoted; a quotation, a unit, a title stand as written.
      return QUOTED_FIELDS.has(field) ? quoted(own, lang) : own;
    },
  };
}
