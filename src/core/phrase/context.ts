import type { FactIndex } from "../facts/fact-index.js";
import type { Language } from "../facts/model.js";
import { type Translatable, textIn } from "../facts/texts.js";
import { type Named, named } from "./names.js";

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

const contexts = new WeakMap<FactIndex, Map<Language, PhraseContext>>();

/** The phrase context of an index in a language, made once: what it remembers is shared. */
export function phraseContext(index: FactIndex, lang: Language = index.lang): PhraseContext {
  let byLang = contexts.get(index);
  if (!byLang) {
    byLang = new Map();
    contexts.set(index, byLang);
  }
  let ctx = byLang.get(lang);
  if (!ctx) {
    ctx = makeContext(index, lang);
    byLang.set(lang, ctx);
  }
  return ctx;
}

function makeContext(index: FactIndex, lang: Language): PhraseContext {
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
      const result = named(entity, lang, index.lang);
      cache.set(id, result);
      return result;
    },
    text(record, field) {
      return textIn(record, field, lang, index.lang);
    },
  };
}
