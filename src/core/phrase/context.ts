import type { FactIndex } from "../facts/fact-index.js";
import type { Entity, Language } from "../facts/model.js";
import { type Translatable, textIn } from "../facts/texts.js";
import { memoPerObject } from "../memo.js";
import { articleRead, withArticle, withArticles } from "./fr-article.js";
import { type Named, named } from "./names.js";
import { quoted } from "./words.js";

/** What every phrase needs: the facts and the language to write in. */
export interface PhraseContext {
  index: FactIndex;
  lang: Language;
  /** True when the language being written is the pack's own. */
  native: boolean;
  /** An entity as sentences name it, or undefined for an unknown id. */
  name(id: string | undefined): Named | undefined;
  /**
   * A text field of a fact, entity or source in the language being written: the pack's own
   * words, or their translation; undefined when the pack gives none in this language.
   */
  text<R extends Translatable, F extends keyof R & string>(record: R, field: F): string | undefined;
}

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
  return {
    index,
    lang,
    native: lang === index.lang,
    name(id) {
      if (!id) return undefined;
      const hit = cache.get(id);
      if (hit) return hit;
      const entity = index.entities.get(id);
      if (!entity) return undefined;
      const found =
        lang === "fr"
          ? withReadArticle(named(entity, lang, index.lang), index, entity)
          : named(entity, lang, index.lang);
      const { foreign: _foreign, ...asWritten } = found;
      const result = quoteForeign ? asWritten : found;
      cache.set(id, result);
      return result;
    },
    text(record, field) {
      const text = textIn(record, field, lang, index.lang);
      // The words a sentence sets among its own (a label, a post) name organisations as it does.
      if (text !== undefined && lang === "fr" && QUOTED_FIELDS.has(field))
        return withArticles(index, text);
      if (text !== undefined || !quoteForeign) return text;
      const own = record[field];
      if (typeof own !== "string") return undefined;
      // Words set inside the sentence are quoted; a quotation, a unit, a title stand as written.
      return QUOTED_FIELDS.has(field) ? quoted(own, lang) : own;
    },
  };
}

/** « la CFDT »: a French name with the article the pack's sentences read it with. */
function withReadArticle(name: Named, index: FactIndex, entity: Entity): Named {
  if (name.text !== entity.name) return name;
  const read = articleRead(index, entity);
  if (!read) return name;
  return { ...name, text: withArticle(name.text, read), gender: name.gender ?? read.gender };
}
