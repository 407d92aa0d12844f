import type { FactIndex } from "../facts/fact-index.js";
import type { Difficulty, Question, QuestionKind } from "../question/model.js";
import type { Random } from "../random.js";

/**
 * What a built question claims, checked by the gate against the pack: the fact's field holds
 * this value. A question whose answer its facts do not state never reaches the reader.
 */
export interface AnswerClaim {
  fact: string;
  field:
    | "type"
    | "actor"
    | "target"
    | "org"
    | "date"
    | "value"
    | "speaker"
    | "text"
    | "role"
    | "description";
  value: string | number;
}

/** A question built from a draft, with what the gate needs to judge it. */
export interface Built {
  question: Question;
  answer: AnswerClaim;
  /** Folded texts no choice but the answer may be: the answer's aliases, other true answers. */
  forbidden: Set<string>;
  /** Folded texts the prompt must not contain, or it gives the answer away. */
  giveaways: string[];
}

/** Why a draft was not kept; the coverage test reads these. */
export interface Rejection {
  id: string;
  facts: string[];
  reason: string;
}

export interface BuildOptions {
  rng: Random;
  /** Requested difficulty; undefined mixes near and far distractors. */
  difficulty: Difficulty | undefined;
}

/**
 * A question that may be asked, before its choices are drawn: cheap to list and rank, so that
 * only the questions kept are built (a large pack lists thousands).
 */
export interface Draft {
  /** Stable id: from the fact(s), the kind and the variant, never from order or seed. */
  id: string;
  kind: QuestionKind;
  facts: string[];
  sources: string[];
  score: number;
  /** What the prompt asks, folded; two drafts with one key would ask one question twice. */
  key: string;
  build(options: BuildOptions): Built | string;
}

/** Every kind generated from facts, in the order they are listed. */
export const GENERATED_KINDS: readonly QuestionKind[] = [
  "who",
  "whom",
  "when",
  "how-many",
  "role",
  "quote",
  "order",
  "true-false",
];

/** Sources of several facts, each once, in first-seen order. */
export function sourcesOf(index: FactIndex, factIds: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of factIds) {
    const fact = index.events.get(id) ?? index.claims.get(id) ?? index.quotes.get(id);
    for (const s of fact?.sources ?? []) out.add(s);
    for (const d of index.entities.get(id)?.descriptions ?? [])
      for (const s of d.sources) out.add(s);
  }
  return [...out];
}

/** A question id from its parts: `eviction-altman.who`, `murati-interim.whom.first`. */
export function questionId(...parts: string[]): string {
  return parts.join(".");
}
