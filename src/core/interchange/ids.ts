/** An id for the pack schema from any text: lowercase ASCII words joined by dashes. */
export function slugify(text: string, maxLength = 48): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/<[^>]*>/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let out = "";
  for (const word of words) {
    const next = out === "" ? word : `${out}-${word}`;
    if (next.length > maxLength) break;
    out = next;
  }
  return out === "" ? (words[0]?.slice(0, maxLength) ?? "") : out;
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken yet; records the one returned. */
export function uniqueId(base: string, taken: Set<string>): string {
  const stem = base === "" ? "question" : base;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}
