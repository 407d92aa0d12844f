import { fold } from "../../text/fold.js";

// Names are folded again and again while an article is read: remember the last few thousand.
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 5000;

/** `fold` with a memory: the same name always folds to the same key. */
export function foldName(name: string): string {
  let key = foldCache.get(name);
  if (key === undefined) {
    key = fold(name);
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(name, key);
  }
  return key;
}

const LEADING_ARTICLE = /^(?:(?:les|le|la|the)\s+|l')/;

/** An id from a name: « le conseil d'administration d'OpenAI » gives conseil-d-administration-d-openai. */
export function slug(text: string, max = 48): string {
  const base = fold(text)
    .replace(LEADING_ARTICLE, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = base.length > max ? base.slice(0, max).replace(/-[^-]*$/, "") : base;
  return cut || "x";
}

/** Hands out ids that are unique in a pack: the slug, then slug-2, slug-3... */
export class IdPool {
  private readonly taken: Set<string>;
  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }
  take(text: string): string {
    const base = slug(text);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
