import type { FactIndex } from "../../facts/fact-index.js";
import type { Entity } from "../../facts/model.js";
import { memoPerObject } from "../../memo.js";
import { escapeRegExp } from "../../text/regexp.js";
import { de, startsWithVowelSound } from "./french.js";

// French puts a definite article before most organisation acronyms and names that begin with a
// common noun (« la CFDT », « le PMU », « le Groupe Orpea »), but not before company names
// (« Nestlé », « Air France »). No list can say which: the pack's own sentences do. A name they
// read after an article (« la CFDT a affirmé », « du Groupe Orpea ») more often than bare
// (« chez Air France », « CFDT a dit ») keeps that article wherever newsquiz writes it.

/** The article read before a name, and the gender it tells. */
export interface ReadArticle {
  article: "le" | "la" | "l'";
  gender: "m" | "f" | undefined;
}

const ARTICLES: Record<string, ReadArticle> = {
  le: { article: "le", gender: "m" },
  du: { article: "le", gender: "m" },
  au: { article: "le", gender: "m" },
  la: { article: "la", gender: "f" },
  "l'": { article: "l'", gender: undefined },
};

const remembered = memoPerObject<FactIndex, string, ReadArticle | undefined>();

/**
 * The article the pack's sentences put before an organisation's French name, or undefined when
 * they read it bare, never, or it is no organisation's (a person's name takes none).
 */
export function articleRead(index: FactIndex, entity: Entity): ReadArticle | undefined {
  if (entity.kind !== "organisation" || index.lang !== "fr") return undefined;
  // A name written with its article, or as a phrase (« le conseil »), has what it needs.
  if (!/^\p{Lu}/u.test(entity.name)) return undefined;
  return remembered(index, entity.id, () => readIn(sentencesOf(index), entity.name));
}

/** « la CFDT », « l'UE »: the name with the article the pack reads it with. */
export function withArticle(name: string, read: ReadArticle): string {
  return read.article === "l'" || startsWithVowelSound(name)
    ? `l'${name}`
    : `${read.article} ${name}`;
}

/**
 * A label the extractor built around a bare name (« le nombre de collaborateurs de Groupe
 * Orpea ») with the article the name takes: « … du Groupe Orpea ».
 */
export function withArticles(index: FactIndex, text: string): string {
  // Asked for each label each time a question is built: once per text and pack is enough.
  return labelled(index, text, () => articlesIn(index, text));
}

const labelled = memoPerObject<FactIndex, string, string>();

function articlesIn(index: FactIndex, text: string): string {
  let out = text;
  for (const entity of index.entities.values()) {
    if (!out.includes(entity.name)) continue;
    const read = articleRead(index, entity);
    if (!read) continue;
    const name = escapeRegExp(entity.name);
    out = out.replace(
      new RegExp(`(?<![\\p{L}])(?:de |d['’])${name}(?![\\p{L}\\p{N}-])`, "gu"),
      de(withArticle(entity.name, read)),
    );
  }
  return out;
}

function readIn(sentences: readonly string[], name: string): ReadArticle | undefined {
  const n = escapeRegExp(name);
  // Not part of a longer name: « la Fnac Darty » says nothing of « Fnac ».
  const end = `(?![\\p{L}\\p{N}-])(?!\\s+\\p{Lu})`;
  // No "i" flag: it would make \p{Lu} above match any letter.
  const withIt = new RegExp(`(?<![\\p{L}])([Ll][ea]|[Dd]u|[Aa]u|[Ll]['’])\\s*${n}${end}`, "gu");
  // Bare: at a sentence's start, or right after a preposition (« chez Air France », « d'Engie »).
  const bare = new RegExp(
    `(?:^|[.!?«"“(]\\s*|(?<![\\p{L}])(?:de|d['’]|à|par|pour|chez|avec|contre|selon|sur|entre|et)\\s*)${n}${end}`,
    "gu",
  );
  const counts = new Map<string, number>();
  let bareCount = 0;
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(withIt)) {
      const key = m[1]!.toLowerCase().replace("’", "'");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    bareCount += [...sentence.matchAll(bare)].length;
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  return count > 0 && count >= bareCount ? ARTICLES[best] : undefined;
}

const sentencesMemo = memoPerObject<FactIndex, "all", readonly string[]>();

/** The pack's own French sentences: each fact's evidence, the author's text, the descriptions. */
function sentencesOf(index: FactIndex): readonly string[] {
  return sentencesMemo(index, "all", () => {
    const out: string[] = [];
    const add = (text: string | undefined) => {
      if (text) out.push(text);
    };
    for (const e of index.events.values()) {
      add(e.evidence);
      add(e.text);
    }
    for (const c of index.claims.values()) add(c.evidence);
    for (const q of index.quotes.values()) add(q.evidence);
    for (const e of index.entities.values()) for (const d of e.descriptions) add(d.text);
    return out;
  });
}
