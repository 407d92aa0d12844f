import type { EntityKind } from "../../facts/model.js";
import { rememberedPer } from "../../memo.js";
import type { LanguageConfig, PronounRule } from "../config.js";
import type { EntityDraft, Mention, SentenceUnit, Span } from "../types.js";
import { inside } from "./context.js";

/** Who each sentence is about, so that « il », "she" and « a-t-elle ajouté » find their person. */
export interface Discourse {
  /** The subject of each sentence, resolved (a pronoun stands for whom it refers to). */
  subjects: (string | undefined)[];
  /** The entity a subject pronoun of sentence `index` refers to, looking at the sentences before. */
  resolve(word: string, index: number): string | undefined;
}

interface Compiled {
  pronouns: Map<string, PronounRule>;
  pronoun: RegExp;
  preposition: RegExp;
  role: RegExp;
}

function compileOnce(cfg: LanguageConfig): Compiled {
  const words = cfg.subjectPronouns.map((p) => p.word);
  return {
    pronouns: new Map(cfg.subjectPronouns.map((p) => [p.word, p])),
    pronoun: new RegExp(`(?<![\\p{L}'’-])(${words.join("|")})(?![\\p{L}'’])`, "gu"),
    preposition: prepositionBefore(cfg),
    role: new RegExp(
      `(?<![\\p{L}])(?:${cfg.roles.map((r) => r.match).join("|")})(?![\\p{L}])`,
      "u",
    ),
  };
}

/** {@link compileOnce}, once for each language. */
const compile = rememberedPer(compileOnce);

/** A preposition, maybe with its article (« avec l' », "with the"), at the end of a text. */
export function prepositionBefore(cfg: LanguageConfig): RegExp {
  return new RegExp(
    `(?<![\\p{L}])(?:${cfg.prepositions})(?:\\s+|(?<='))(?:(?:${cfg.determiners})(?:\\s+|(?<=')))?$`,
    "u",
  );
}

/** Whether a preposition stands right before `at` (read on the text as written, lowercase). */
export function governed(text: string, at: number, preposition: RegExp): boolean {
  return preposition.test(
    text
      .slice(Math.max(0, at - 16), at)
      .toLowerCase()
      .replace(/’/g, "'"),
  );
}

/** Whether an entity can be what a pronoun stands for. */
export function fits(rule: PronounRule, entity: EntityDraft | undefined): boolean {
  if (!entity) return false;
  const person = entity.kind === "person";
  // « ils », "they": a group named in the plural (« les syndicats »), never a company.
  if (rule.plural) return entity.plural === true;
  if (entity.plural) return false;
  if (person ? !rule.person : !rule.thing) return false;
  return !(person && rule.gender && entity.gender && entity.gender !== rule.gender);
}

/**
 * « Volkswagen chief executive Martin Winterkorn », "BP chairman Carl-Henric Svanberg": an
 * organisation followed by a post and a person's name is that person's title, not the subject.
 */
function titleHolder(
  m: Mention,
  next: Mention | undefined,
  folded: string,
  c: Compiled,
): Mention | undefined {
  if (!next || m.kind === "person" || next.kind !== "person") return undefined;
  const gap = folded.slice(m.end, next.start);
  if (gap.length > 45 || !/^[\s\p{L}'’-]*$/u.test(gap) || !c.role.test(gap)) return undefined;
  return next;
}

type Candidate = { at: number; entity?: string; pronoun?: string };

/**
 * The subject of a sentence: its first name or subject pronoun outside quotations that no
 * preposition governs (« Selon X », "alongside X" are not subjects), a title giving way to the
 * person who holds it.
 */
function subjectOf(
  sentence: SentenceUnit,
  mentions: readonly Mention[],
  quotes: readonly Span[],
  c: Compiled,
): Candidate | undefined {
  const folded = sentence.folded;
  const candidates: Candidate[] = [];
  const free = mentions.filter(
    (m) =>
      !inside(quotes, m.start) &&
      (m.kind === "person" || m.kind === "organisation" || m.kind === "group"),
  );
  free.forEach((m, i) => {
    const holder = titleHolder(m, free[i + 1], folded, c);
    candidates.push({ at: m.start, entity: (holder ?? m).entity });
  });
  c.pronoun.lastIndex = 0;
  for (let p = c.pronoun.exec(folded); p; p = c.pronoun.exec(folded)) {
    if (!inside(quotes, p.index)) candidates.push({ at: p.index, pronoun: p[1]! });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates.find((x) => !governed(sentence.text, x.at, c.preposition));
}

/** Reads who each sentence is about, in order, resolving pronouns against the sentences before. */
export function readDiscourse(
  sentences: readonly SentenceUnit[],
  mentions: readonly (readonly Mention[])[],
  quotes: readonly (readonly Span[])[],
  entities: ReadonlyMap<string, EntityDraft>,
  cfg: LanguageConfig,
): Discourse {
  const c = compile(cfg);
  const subjects: (string | undefined)[] = [];
  const byPronoun: boolean[] = [];
  const resolve = (word: string, index: number): string | undefined => {
    const rule = c.pronouns.get(word);
    if (!rule) return undefined;
    // The nearest subject before that the pronoun can stand for, three sentences back at most,
    // within the same paragraph or the one before.
    const paragraph = sentences[index]?.paragraph ?? 0;
    for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
      if (sentences[i]!.paragraph < paragraph - 1) break;
      const s = subjects[i];
      if (!s || !fits(rule, entities.get(s))) continue;
      // "Sarah Kim hired Tom Reyes. …, he said": another person the pronoun fits, named by
      // name beside a subject named by name, leaves it unknown. A subject that was itself a
      // pronoun carries on the sentence before it, and wins.
      const rival =
        !byPronoun[i] &&
        (mentions[i] ?? []).some(
          (m) =>
            m.entity !== s &&
            m.kind === "person" &&
            m.via === "name" &&
            !inside(quotes[i] ?? [], m.start) &&
            fits(rule, entities.get(m.entity)),
        );
      return rival && entities.get(s)?.kind === "person" ? undefined : s;
    }
    return undefined;
  };
  sentences.forEach((sentence, i) => {
    const found = subjectOf(sentence, mentions[i] ?? [], quotes[i] ?? [], c);
    subjects.push(found?.pronoun ? resolve(found.pronoun, i) : found?.entity);
    byPronoun.push(found?.pronoun !== undefined);
  });
  return { subjects, resolve };
}

/** The kinds of entity a speaker can be. */
export const SPEAKER_KINDS: readonly EntityKind[] = ["person", "organisation", "group"];
