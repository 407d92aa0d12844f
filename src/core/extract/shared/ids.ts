import { fold } from "../../text/fold.js";
import { slug, uniqueId } from "../../text/slug.js";

const LEADING_ARTICLE = /^(?:(?:les|le|la|the)\s+|l')/;

/**
 * The id extraction gives a name: its slug without a leading article, « le conseil
 * d'administration d'OpenAI » gives conseil-d-administration-d-openai; "x" for a name of no
 * letters or digits.
 */
export function nameSlug(text: string, max = 48): string {
  return slug(fold(text).replace(LEADING_ARTICLE, ""), max) || "x";
}

/** Hands out ids that are unique in a pack: the name's slug, then slug-2, slug-3... */
export class IdPool {
  private readonly taken: Set<string>;
  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }
  take(text: string): string {
    return uniqueId(nameSlug(text), this.taken);
  }
}
