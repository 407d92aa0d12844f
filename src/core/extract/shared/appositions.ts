import type { LanguageConfig } from "../config.js";

/** A role read next to a name: « Mira Murati, directrice technique » or « le PDG Sam Altman ». */
export interface Apposition {
  description: string;
  gender?: "f" | "m";
}

interface Compiled {
  complementEnd: RegExp;
  another: RegExp;
  any: RegExp;
  after: RegExp;
  before: RegExp;
  verbs: RegExp;
  nounBeforeName: RegExp;
  roleHead: RegExp;
  tailStart: RegExp;
  dangling: RegExp;
  clause: RegExp;
  complementTail: RegExp;
  cut: RegExp;
  genders: { re: RegExp; gender: "f" | "m" }[];
}

const compiled = new WeakMap<LanguageConfig, Compiled>();

function compile(cfg: LanguageConfig): Compiled {
  let c = compiled.get(cfg);
  if (c) return c;
  const role = `(?:(?:${cfg.roleModifiers})[ -]?)?(?:${cfg.roles.map((r) => r.match).join("|")})`;
  // "the airline's chief operating officer": a possessive noun may come between.
  const det = `(?:(?:${cfg.grammar.roleArticles})\\s*)?(?:[\\p{L}-]+['’]s\\s+)?`;
  // Before a name, a role is introduced by a determiner or a modifier (« le PDG X », « du
  // chercheur X », « l'ancien patron de Twitch X »), never bare (« être CEO d'OpenAI quand... »).
  const detBefore = `(?:(?:${cfg.grammar.roleArticles}|${cfg.grammar.roleArticlesBefore})\\s*|(?=(?:${cfg.roleModifiers})[ -]))`;

  c = {
    complementEnd: new RegExp(`(?:^|[^\\p{L}])(?:${cfg.prepositions})\\s*$`, "u"),
    another: new RegExp(
      `(?<![\\p{L}])(?:${cfg.grammar.and})\\s+(?:${cfg.complement}|${cfg.determiners})(?![\\p{L}])`,
      "u",
    ),
    any: new RegExp(`(?<![\\p{L}])(?:${cfg.roles.map((r) => r.match).join("|")})(?![\\p{L}])`, "u"),
    // Bounded repetitions only: each test is linear in the short window it is given.
    after: new RegExp(`^,\\s+${det}(${role}(?![\\p{L}])[^,;.()«»"\\[\\]]{0,90})`, "du"),
    before: new RegExp(
      `(?:^|[\\s,(])${detBefore}(${role}(?![\\p{L}])[^,;.()«»"\\[\\]]{0,80}?)(?:,\\s*|\\s+)$`,
      "du",
    ),
    // A verb or a clause in what follows a name: no role phrase.
    verbs: new RegExp(`(?<![\\p{L}])(?:${cfg.grammar.clauseVerbs})(?![\\p{L}])`, "u"),
    cut: new RegExp(`\\s+(?:${cfg.grammar.clauseStarts})(?![\\p{L}])[\\s\\S]*$|\\s+$`, "iu"),
    // « de la région », "of the state": the next name is that noun's name.
    nounBeforeName: new RegExp(
      `(?:^|\\s)(?:${cfg.complement})\\s*(?:(?:${cfg.determiners})\\s*)?\\p{Ll}[\\p{Ll}-]*$`,
      "u",
    ),
    roleHead: new RegExp(`^${role}(?![\\p{L}])`, "u"),
    // After the role noun, a phrase before a name goes on with a complement (« de Microsoft »,
    // "of the board", "and chief executive") or, where adjectives follow nouns, an adjective
    // (« directeur financier »). A possessive or any other word has left the post: "the
    // president also acted on the recommendation of Deputy …", "the Director’s handling of …".
    tailStart: new RegExp(
      `^(?:\\s+(?:${cfg.prepositions}|${cfg.complement}|${cfg.grammar.and})(?:(?![\\p{L}])|(?<='))${cfg.grammar.adjectivesFollow ? "|\\s+\\p{L}" : ""})`,
      "u",
    ),
    // A phrase that ends on a determiner, a preposition or a conjunction names something else
    // next: "an adviser to the Trump campaign", « la dirigeante et Jean-Pierre Clamadieu ».
    dangling: new RegExp(
      `(?<![\\p{L}])(?:${cfg.determiners}|${cfg.prepositions}|${cfg.complement}|${cfg.grammar.and}|${cfg.grammar.or})$`,
      "u",
    ),
    // "adviser to the Trump campaign before being picked by": a clause has begun.
    clause: new RegExp(`(?<![\\p{L}])(?:${cfg.clauseBreak})(?![\\p{L}])`, "u"),
    complementTail: new RegExp(
      `(?<![\\p{L}])(?:${cfg.prepositions}|${cfg.complement})(?:(?![\\p{L}])|(?<='))`,
      "u",
    ),
    genders: cfg.roles
      .filter((r) => r.gender)
      .map((r) => ({
        re: new RegExp(`^(?:(?:${cfg.roleModifiers})[ -]?)?(?:${r.match})(?![\\p{L}])`, "u"),
        gender: r.gender!,
      })),
  };
  compiled.set(cfg, c);
  return c;
}

/** The gender a post shows (« directrice générale » is a woman's), from its folded text. */
export function genderOfPost(folded: string, cfg: LanguageConfig): "f" | "m" | undefined {
  return genderOf(folded, compile(cfg));
}

function genderOf(folded: string, c: Compiled): "f" | "m" | undefined {
  for (const g of c.genders) if (g.re.test(folded)) return g.gender;
  return undefined;
}

/**
 * The role written in apposition to the name at [start, end) of a sentence, after it
 * (« X, directrice technique de l'entreprise, ») or before it (« l'ancien patron de Twitch X »),
 * or null. The text is the article's own words, cut before a relative clause.
 */
export function appositionAt(
  text: string,
  folded: string,
  start: number,
  end: number,
  cfg: LanguageConfig,
): Apposition | null {
  const c = compile(cfg);
  const after = folded[end] === "," ? c.after.exec(folded.slice(end, end + 160)) : null;
  if (after) {
    const offset = end + after.indices![1]![0];
    const raw = text.slice(offset, offset + after[1]!.length).replace(c.cut, "");
    const foldedRaw = folded.slice(offset, offset + raw.length);
    if (raw.length > 1 && !c.verbs.test(foldedRaw)) {
      const gender = genderOf(foldedRaw, c);
      return { description: raw.trim(), ...(gender ? { gender } : {}) };
    }
  }
  const from = Math.max(0, start - 110);
  // The anchored search below tries every start in the window: only run it where a role word is.
  if (!c.any.test(folded.slice(from, start))) return null;
  const before = c.before.exec(folded.slice(from, start));
  if (before) {
    const phrase = before[1]!;
    const offset = from + before.indices![1]![0];
    const raw = text.slice(offset, offset + phrase.length).trim();
    // « le PDG de Microsoft » before « Microsoft »'s own name: the name is the complement.
    const complement = c.complementEnd.test(raw.toLowerCase().replace(/’/g, "'"));
    // « du responsable de X Aleksander Madry et du chercheur »: another name and its role.
    const another = c.another.test(phrase) || /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(raw);
    // « du patron de Tesla, Sam Altman transforme »: after a comma, the name must close the aside.
    const aside = /,\s*$/.test(before[0]) && !/^\s*[,.;)]/.test(folded.slice(end, end + 2));
    // « présidente de la région Bretagne »: a common noun right before the name (no comma) is what the
    // name names (a region, a group); the role belongs to someone else.
    const named = !/,\s*$/.test(before[0]) && c.nounBeforeName.test(raw);
    if (raw.length > 1 && !complement && !aside && !another && !named && !c.verbs.test(phrase)) {
      if (!holdsPost(text, phrase, raw, /,\s*$/.test(before[0]), start, end, c)) return null;
      const gender = genderOf(phrase, c);
      return { description: raw, ...(gender ? { gender } : {}) };
    }
  }
  return null;
}

/**
 * Whether the role phrase right before the name at [start, end) is that name's post. Not when
 * the phrase leaves the post or dangles (see `tailStart`, `dangling`), nor when the name
 * qualifies the post rather than holding it: an acronym (« le délégué syndical CFE-CGC », « la
 * députée LFI ») or a name another name follows (« la députée LFI Danièle Obono »).
 */
function holdsPost(
  text: string,
  phrase: string,
  raw: string,
  comma: boolean,
  start: number,
  end: number,
  c: Compiled,
): boolean {
  const head = c.roleHead.exec(phrase);
  const tail = head ? phrase.slice(head[0].length) : "";
  if (tail && (!c.tailStart.test(tail) || c.clause.test(tail))) return false;
  // « l'ancien directeur de l'hebdomadaire d'extrême droite Valeurs actuelles », "chief of the
  // ride-hailing company Uber": a complement that ends on a common noun right before the name
  // (no comma) is what the name names; the post is someone else's.
  if (tail && !comma && c.complementTail.test(tail) && /\s\p{Ll}[\p{L}-]*$/u.test(raw))
    return false;
  if (c.dangling.test(phrase.trimEnd())) return false;
  if (/^\p{Lu}[\p{Lu}\d&-]+$/u.test(text.slice(start, end))) return false;
  return !/^\s+\p{Lu}/u.test(text.slice(end, end + 3));
}
