import { stripAccents } from "./fold.js";

/**
 * An id for the pack schema from any text: lowercase ASCII words joined by dashes, "" when it has
 * none. A longer one than `max` is cut there and back to its last dash (a first word longer than
 * `max` is cut short); the word before the cut goes even when the cut fell right after it, which
 * packs' ids already depend on. HTML tags are left out: a question's prompt may hold them.
 */
export function slug(text: string, max = 48): string {
  // Compatibility forms first (the ligature ﬁ, ²), so that they give letters and digits.
  const base = stripAccents(text.normalize("NFKC"))
    .toLowerCase()
    .replace(/<[^>]*>/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .join("-");
  return base.length > max ? base.slice(0, max).replace(/-[^-]*$/, "") : base;
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken yet; records the one returned. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
