import type { LanguageConfig } from "../config.js";
import type { EntityDraft, SentenceUnit } from "../types.js";
import type { Compiled } from "./entity-patterns.js";
import type { NameCandidate } from "./names.js";

const INNER_CAPITAL = /^.[^\s]*[\p{Lu}\d]/u;

/**
 * « le directeur de la recherche d'OpenAI Jakub Pachocki »: capitals run on from an organisation
 * into a person's name. When the first word is a name of its own elsewhere in the article, the
 * run is two names.
 */
export function splitGluedNames(
  all: NameCandidate[],
  sentences: readonly SentenceUnit[],
  cfg: LanguageConfig,
  c: Compiled,
): void {
  const alone = new Set(all.filter((n) => !n.text.includes(" ")).map((n) => n.text));
  for (let i = 0; i < all.length; i++) {
    const n = all[i]!;
    const words = n.text.split(" ");
    // A particle name (« Luca de Meo ») is split only when its first word is a name on its own.
    const particle = /^\p{Ll}/u.test(words[1] ?? "");
    if (words.length < (particle ? 2 : 3) || (particle && !alone.has(words[0]!))) continue;
    // "Writers Guild of America": an institution's name is one name.
    if (words.some((w) => cfg.orgSuffixes.has(w) || cfg.orgHeads.has(w))) continue;
    // « l'ancien patron de Vega Marc Petit »: after « de », an organisation then a person's name.
    const rest = words.slice(1);
    const afterComplement =
      c.complementBefore.test(
        sentences[n.sentence]!.folded.slice(Math.max(0, n.start - 4), n.start),
      ) && rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !cfg.orgSuffixes.has(w));
    if (!alone.has(words[0]!) && !afterComplement) continue;
    const cut = n.start + words[0]!.length;
    // « Microsoft de Bill Gates »: a particle left at the start belongs to neither name.
    const restText = rest
      .slice(
        Math.max(
          0,
          rest.findIndex((w) => /^\p{Lu}/u.test(w)),
        ),
      )
      .join(" ");
    all.splice(
      i,
      1,
      { ...n, end: cut, text: words[0]! },
      {
        sentence: n.sentence,
        start: n.end - restText.length,
        end: n.end,
        text: restText,
        atStart: false,
      },
    );
  }
}

export function push(map: Map<string, string[]>, word: string, key: string): void {
  const list = map.get(word);
  if (list) list.push(key);
  else map.set(word, [key]);
}

/**
 * The full name a one-word name is short for: its last word (« Altman »), if one name ends with
 * it; else its first word (« Mira »), if one two-word name starts with it and the word is rare
 * alone, as first names are (« Microsoft » is not short for « Microsoft Ignite »); else the first
 * word of a company name whose last word says it is a company (« Northwind » for « Northwind
 * Airlines »), however often it is written alone.
 */
export function shortFormOwner(
  key: string,
  lastWords: Map<string, string[]>,
  firstWords: Map<string, string[]>,
  entities: Map<string, EntityDraft>,
  alone: number,
  orgSuffixes: ReadonlySet<string>,
): { owner: string; company: boolean } | undefined {
  const last = lastWords.get(key) ?? [];
  const first = firstWords.get(key) ?? [];
  if (last.length === 1) return { owner: last[0]!, company: false };
  if (last.length === 0 && first.length === 1) {
    const words = entities.get(first[0]!)!.name.split(" ");
    if (words.length !== 2) return undefined;
    if (orgSuffixes.has(words[1]!)) return { owner: first[0]!, company: true };
    if (alone <= 2 && !INNER_CAPITAL.test(key)) return { owner: first[0]!, company: false };
  }
  return undefined;
}
