import type { Pack } from "../facts/model.js";
import type { Generator } from "../generate/index.js";
import type { Question } from "../question/model.js";
import type { AskLevel } from "./escalation.js";
import { type QuestionSource, questionLevel } from "./review-plan.js";
import type { ReviewItem } from "./selection.js";

/** One pack as a review asks it: its generator, and what it must not ask. */
export interface ReviewPack {
  pack: Pack;
  generator: Generator;
  /** Ids of the questions flagged in this version of the pack. */
  flagged: ReadonlySet<string>;
}

/**
 * The questions of a review, asked of each pack's generator for the very facts the review
 * plans: every kind the fact can be asked as, with easy and with hard distractors (a question
 * says which it got: a fact with no near distractor stays easy), and the pack's hand-written
 * questions on it, typed ones included. The plan then keeps the level the schedule chose. An
 * item missed with `--missed` is asked with the question it was missed with, rebuilt by id.
 */
export function generatorSource(
  packs: ReadonlyMap<string, ReviewPack>,
  seed: number,
): QuestionSource<Question> {
  const memo = new Map<string, { level: AskLevel; question: Question }[]>();
  const candidates = (item: ReviewItem) => {
    let found = memo.get(item.key);
    if (!found) {
      found = askedAbout(packs.get(item.ref.pack), item, seed);
      memo.set(item.key, found);
    }
    return found;
  };
  return {
    levels: (item) => [...new Set(candidates(item).map((c) => c.level))],
    questions: (item, level) =>
      candidates(item)
        .filter((c) => c.level === level)
        .map((c) => c.question),
    again(item) {
      const review = packs.get(item.ref.pack);
      if (!review || item.question === undefined || review.flagged.has(item.question)) return;
      return review.generator.question(item.question, { seed, difficulty: "easy" });
    },
  };
}

function askedAbout(
  review: ReviewPack | undefined,
  item: ReviewItem,
  seed: number,
): { level: AskLevel; question: Question }[] {
  if (!review) return [];
  const { generator, pack, flagged } = review;
  const built: (Question | undefined)[] = [];
  if ("fact" in item.ref) {
    const fact = item.ref.fact;
    // Hand-written questions are asked as written: they come by id, every one about the fact.
    const kinds = generator.kindsFor(fact).filter((k) => k !== "written");
    for (const difficulty of ["easy", "hard"] as const) {
      built.push(
        ...generator.forFacts(
          kinds.map((kind) => ({ fact, kind, difficulty })),
          { seed },
        ),
      );
    }
    for (const q of pack.questions) {
      if (q.facts.includes(fact)) built.push(generator.question(q.id, { seed }));
    }
  } else {
    built.push(generator.question(item.ref.question, { seed }));
  }
  const seen = new Set<string>();
  const out: { level: AskLevel; question: Question }[] = [];
  for (const question of built) {
    const level = question && questionLevel(question);
    if (!question || !level || flagged.has(question.id)) continue;
    const key = `${level}\0${question.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ level, question });
  }
  return out;
}
