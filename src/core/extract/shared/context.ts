import type { EntityDraft, Mention, SentenceUnit, Span } from "../types.js";

/** What the sentence-level extractors see: the sentence, its mentions, and the article around it. */
export interface SentenceContext {
  sentence: SentenceUnit;
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, EntityDraft>;
  mainOrg?: string;
  /** The last person named before this sentence, for « son limogeage ». */
  lastPerson(): string | undefined;
  /** The subject of the last sentence that had one, for « il » and « a-t-il ajouté ». */
  lastSubject(): string | undefined;
  /** The sentences just before this one in its article, nearest last, with their mentions. */
  previous: readonly { sentence: SentenceUnit; mentions: readonly Mention[] }[];
  /** Quotation spans of the sentence (« ... », “...”): what is inside is someone's words. */
  quotes: readonly Span[];
  /** How many sentences the article has: one sentence is no article with a lede. */
  articleSentences: number;
  /** The article's publication date, when known (not guessed from its text). */
  published?: string;
  /** The reference date weekdays and relative dates were resolved against. */
  reference?: string;
  /** Who the sentence is about (its subject, a pronoun resolved), when known. */
  subject?: string;
  /** Whom a subject pronoun of this sentence stands for (« il », "she"), when it can tell. */
  resolve(word: string): string | undefined;
}

export function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => s.start <= at && at < s.end);
}

/** The gender an entity is known to have, for matching « il » and « elle ». */
export function genderOf(
  entities: ReadonlyMap<string, EntityDraft>,
  key: string,
): "f" | "m" | undefined {
  return entities.get(key)?.gender;
}
