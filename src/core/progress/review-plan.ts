import type { Difficulty, QuestionType } from "../question/model.js";
import { type Ask, type AskLevel, askLevel } from "./escalation.js";
import type { ReviewItem } from "./selection.js";

/** What the planner needs to know of a question (a generated or written Question fits). */
export interface AskableQuestion {
  id: string;
  type: QuestionType;
  facts: readonly string[];
  difficulty?: Difficulty;
}

/** A question the review asks, at which level, and the items its answer will review. */
export interface PlannedQuestion<Q extends AskableQuestion = AskableQuestion> {
  pack: string;
  question: Q;
  ask: Ask;
  items: ReviewItem[];
}

/** The questions of a review in order; the items no question can ask about now; what was left. */
export interface ReviewPlan<Q extends AskableQuestion = AskableQuestion> {
  questions: PlannedQuestion<Q>[];
  /** Items whose questions were all removed from the pack or flagged. */
  unaskable: ReviewItem[];
  /** Items left for a later review because of the `count` limit. */
  later: number;
}

const TYPED: readonly QuestionType[] = ["short", "numeric"];
const CHOICES: readonly QuestionType[] = [
  "single",
  "multiple",
  "truefalse",
  "matching",
  "ordering",
  "cloze",
];

/** The level a question asks at; undefined for what cannot be scored (essay, description). */
export function questionLevel(q: AskableQuestion): AskLevel | undefined {
  if (TYPED.includes(q.type)) return "typed";
  if (!CHOICES.includes(q.type)) return undefined;
  return q.difficulty === "hard" ? "hard-choice" : "choice";
}

/**
 * Where a review finds its questions. A generator asks for exactly what the plan needs: the
 * levels an item can be asked at, then questions at the level chosen; a fixed list of questions
 * is a source too ({@link listSource}).
 */
export interface QuestionSource<Q extends AskableQuestion> {
  /** The levels the pack can ask the item at (none: no question can ask about it now). */
  levels(item: ReviewItem): readonly AskLevel[];
  /** Questions about the item at this level. */
  questions(item: ReviewItem, level: AskLevel): readonly Q[];
  /** The very question the item was missed with (`--missed`), if the pack still asks it. */
  again(item: ReviewItem): Q | undefined;
}

/**
 * Picks a question for each item, in the items' order. The level comes from {@link askLevel},
 * limited to what the item's questions allow; among questions at that level, the one that asked
 * about the item longest ago (or never), so a fact is met in other wordings; an item missed
 * with `--missed` gets the very question it missed. One question answers for every item it
 * tests, so it is asked once. At most `count` questions.
 */
export function planReview<Q extends AskableQuestion>(
  items: readonly ReviewItem[],
  questionsOf: (pack: string) => readonly Q[],
  count = Number.POSITIVE_INFINITY,
): ReviewPlan<Q> {
  return planReviewFrom(items, listSource(questionsOf), count);
}

/** {@link planReview} over any source of questions. */
export function planReviewFrom<Q extends AskableQuestion>(
  items: readonly ReviewItem[],
  source: QuestionSource<Q>,
  count = Number.POSITIVE_INFINITY,
): ReviewPlan<Q> {
  const plan: ReviewPlan<Q> = { questions: [], unaskable: [], later: 0 };
  const planned = new Map<string, PlannedQuestion<Q>>();
  for (const item of items) {
    const picked = pick(item, source);
    if (!picked) {
      plan.unaskable.push(item);
      continue;
    }
    const { question: chosen, ask } = picked;
    const key = `${item.ref.pack}\0${chosen.id}`;
    const existing = planned.get(key);
    if (existing) existing.items.push(item);
    else if (plan.questions.length >= count) plan.later++;
    else {
      const entry = { pack: item.ref.pack, question: chosen, ask, items: [item] };
      planned.set(key, entry);
      plan.questions.push(entry);
    }
  }
  return plan;
}

/** The question to ask about an item and its level; undefined when none can ask about it. */
function pick<Q extends AskableQuestion>(
  item: ReviewItem,
  source: QuestionSource<Q>,
): { question: Q; ask: Ask } | undefined {
  const again = item.question === undefined ? undefined : source.again(item);
  if (again) {
    const level = questionLevel(again);
    if (level) return { question: again, ask: askLevel(item.memory, [level]) };
  }
  // A level the source names but cannot build a question at (all flagged, say) is dropped.
  let allowed = [...source.levels(item)];
  while (allowed.length > 0) {
    const ask = askLevel(item.memory, allowed);
    const candidates = source.questions(item, ask.level);
    if (candidates.length > 0) return { question: leastRecent(candidates, item), ask };
    allowed = allowed.filter((l) => l !== ask.level);
  }
  return undefined;
}

/** A source over fixed lists of questions, by pack. */
export function listSource<Q extends AskableQuestion>(
  questionsOf: (pack: string) => readonly Q[],
): QuestionSource<Q> {
  const about = (item: ReviewItem) =>
    questionsOf(item.ref.pack).filter((q) => questionLevel(q) !== undefined && asksAbout(q, item));
  return {
    levels: (item) => [...new Set(about(item).map((q) => questionLevel(q)!))],
    questions: (item, level) => about(item).filter((q) => questionLevel(q) === level),
    again: (item) => about(item).find((q) => q.id === item.question),
  };
}

function asksAbout(q: AskableQuestion, item: ReviewItem): boolean {
  return "fact" in item.ref ? q.facts.includes(item.ref.fact) : q.id === item.ref.question;
}

function leastRecent<Q extends AskableQuestion>(candidates: readonly Q[], item: ReviewItem): Q {
  const asked = (q: Q) => item.memory?.askedAt.get(q.id) ?? Number.NEGATIVE_INFINITY;
  return candidates.reduce((best, q) =>
    asked(q) < asked(best) || (asked(q) === asked(best) && q.facts.length < best.facts.length)
      ? q
      : best,
  );
}
