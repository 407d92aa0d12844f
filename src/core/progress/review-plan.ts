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
];

/** The level a question asks at; undefined for what cannot be scored (essay, description). */
export function questionLevel(q: AskableQuestion): AskLevel | undefined {
  if (TYPED.includes(q.type)) return "typed";
  if (!CHOICES.includes(q.type)) return undefined;
  return q.difficulty === "hard" ? "hard-choice" : "choice";
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
  const plan: ReviewPlan<Q> = { questions: [], unaskable: [], later: 0 };
  const planned = new Map<string, PlannedQuestion<Q>>();
  for (const item of items) {
    const candidates = questionsOf(item.ref.pack).filter(
      (q) => questionLevel(q) !== undefined && asksAbout(q, item),
    );
    if (candidates.length === 0) {
      plan.unaskable.push(item);
      continue;
    }
    const again = candidates.find((q) => q.id === item.question);
    const allowed = (again ? [again] : candidates).map((q) => questionLevel(q)!);
    const ask = askLevel(item.memory, allowed);
    const chosen =
      again ??
      leastRecent(
        candidates.filter((q) => questionLevel(q) === ask.level),
        item,
      );
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
