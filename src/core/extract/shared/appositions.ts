import type { LanguageConfig } from "../config.js";

/** A role read next to a name: « Mira Murati, directrice technique » or « le PDG Sam Altman ». */
export interface Apposition {
  description: string;
  gender?: "f" | "m";
}

interface Compiled {
  any: RegExp;
  after: RegExp;
  before: RegExp;
  verbs: RegExp;
  cut: RegExp;
  genders: { re: RegExp; gender: "f" | "m" }[];
}

const compiled = new WeakMap<LanguageConfig, Compiled>();

function compile(cfg: LanguageConfig): Compiled {
  let c = compiled.get(cfg);
  if (c) return c;
  const role = `(?:(?:${cfg.roleModifiers})[ -]?)?(?:${cfg.roles.map((r) => r.match).join("|")})`;
  // "the airline's chief operating officer": a possessive noun may come between.
  const det =
    "(?:(?:le|la|les|l'|un|une|son|sa|the|a|an|its|his|her|their)\\s*)?(?:[\\p{L}-]+['’]s\\s+)?";
  // Before a name, a role is introduced by a determiner or a modifier (« le PDG X », « du
  // chercheur X », « l'ancien patron de Twitch X »), never bare (« être CEO d'OpenAI quand... »).
  const detBefore = `(?:(?:le|la|les|l'|un|une|son|sa|du|de la|de l'|des|au|aux|the|a|an|its|his|her|their|former|ex-?)\\s*|(?=(?:${cfg.roleModifiers})[ -]))`;
  c = {
    any: new RegExp(`(?<![\\p{L}])(?:${cfg.roles.map((r) => r.match).join("|")})(?![\\p{L}])`, "u"),
    // Bounded repetitions only: each test is linear in the short window it is given.
    after: new RegExp(`^,\\s+${det}(${role}(?![\\p{L}])[^,;.()«»"\\[\\]]{0,90})`, "du"),
    before: new RegExp(
      `(?:^|[\\s,(])${detBefore}(${role}(?![\\p{L}])[^,;.()«»"\\[\\]]{0,80}?)(?:,\\s*|\\s+)$`,
      "du",
    ),
    verbs:
      /(?<![\p{L}])(?:a (?:ete|[\p{L}]+e)|ont|est|sont|etait|etaient|fut|avait|avaient|sera|serait|has|have|is|are|was|were|had|will|would|qui|que|qu'|who|which|that|dont)(?![\p{L}])/u,
    cut: /\s+(?:qui|qu'|dont|ou|who|which|whose|that)\b[\s\S]*$|\s+$/,
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

/** A role phrase ending « de la région », "of the state": the next name is that noun's name. */
const NOUN_BEFORE_NAME =
  /(?:^|\s)(?:de|du|des|of)\s+(?:(?:la|le|les|l'|the)\s*)?\p{Ll}[\p{Ll}-]*$|(?:^|\s)d'\p{Ll}[\p{Ll}-]*$/u;

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
    const complement =
      /(?:^|[^\p{L}])(?:de|du|des|d'|of|chez|at|pour|for|avec|with|a|au|aux|dans|en|in|par|by|sur|on)\s*$/u.test(
        phrase,
      );
    // « du responsable de X Aleksander Madry et du chercheur »: another name and its role.
    const another =
      /\bet (?:du|de|des|d')|\band (?:the|of)\b/.test(phrase) ||
      /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(raw);
    // « du patron de Tesla, Sam Altman transforme »: after a comma, the name must close the aside.
    const aside = /,\s*$/.test(before[0]) && !/^\s*[,.;)]/.test(folded.slice(end, end + 2));
    // « présidente de la région Bretagne »: a common noun right before the name (no comma) is what the
    // name names (a region, a group); the role belongs to someone else.
    const named = !/,\s*$/.test(before[0]) && NOUN_BEFORE_NAME.test(raw);
    if (raw.length > 1 && !complement && !aside && !another && !named && !c.verbs.test(phrase)) {
      const gender = genderOf(phrase, c);
      return { description: raw, ...(gender ? { gender } : {}) };
    }
  }
  return null;
}
