import { type Card, createEmptyCard, type FSRS, fsrs, type Grade, Rating } from "ts-fsrs";
import type { AnswerRecord } from "../quiz/answer-record.js";
import { gradeOf } from "./grade.js";
import { type FlagRecord, standingFlags } from "./port.js";

/** What memory is tracked for: a fact of a pack, or a question that names no fact (by its id). */
export type ItemRef = { pack: string; fact: string } | { pack: string; question: string };

/** One item's memory, replayed from the log: FSRS card, and how it went. */
export interface Memory {
  ref: ItemRef;
  key: string;
  card: Card;
  /** Sessions in which the item was asked (one review each). */
  reviews: number;
  /** Sessions in which it was missed. */
  misses: number;
  lastGrade: Grade;
  lastReview: Date;
  /** Question id -> when it last asked about this item, to vary how the item is asked. */
  askedAt: Map<string, number>;
  /** Missed in {@link LEECH_MISSES} sessions or more: it does not stick the way it is asked. */
  leech: boolean;
}

/** Every item's memory, by {@link itemKey}. */
export type Schedule = Map<string, Memory>;

/** A fact missed in this many sessions is a leech (Anki's default threshold). */
export const LEECH_MISSES = 8;

// Fuzz off: the same log always gives the same schedule, to the second. One 10-minute step, for
// new facts and for lapses, so that a miss comes back the same day ("soon") while a right answer
// graduates at once to an interval in days ("later"). The weights are ts-fsrs's defaults; the
// schedule is derived from the log on every run, so new weights simply re-derive it.
const SCHEDULER: FSRS = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ["10m"],
  relearning_steps: ["10m"],
});

/** The FSRS scheduler newsquiz uses, for retrievability and previews. */
export function scheduler(): FSRS {
  return SCHEDULER;
}

/** A stable key for an item; pack, fact and question ids never hold a NUL. */
export function itemKey(ref: ItemRef): string {
  return "fact" in ref ? `${ref.pack}\0f\0${ref.fact}` : `${ref.pack}\0q\0${ref.question}`;
}

/** The items an answer tests: its facts, or the question itself when it names none. */
export function itemsOf(answer: Pick<AnswerRecord, "pack" | "facts" | "question">): ItemRef[] {
  if (answer.facts.length === 0) return [{ pack: answer.pack, question: answer.question }];
  return [...new Set(answer.facts)].map((fact) => ({ pack: answer.pack, fact }));
}

/** Answers to a question flagged in that version of its pack: they say nothing about memory. */
export function flaggedAnswerFilter(
  flags: readonly FlagRecord[],
): (answer: AnswerRecord) => boolean {
  const flagged = new Set(
    standingFlags(flags).map((f) => `${f.pack}\0${f.packHash}\0${f.question}`),
  );
  return (a) => flagged.has(`${a.pack}\0${a.packHash}\0${a.question}`);
}

interface Review {
  at: number;
  grade: Grade;
  questions: string[];
}

/**
 * Replays the log into one FSRS memory per item. Answers to flagged questions are left out.
 * Several answers about one item in one session make one review, graded by the worst of them,
 * at the time of the first: a question retried just after its answer was shown is not recall,
 * and two questions on one fact in a quiz test one memory.
 */
export function buildSchedule(
  answers: readonly AnswerRecord[],
  flags: readonly FlagRecord[] = [],
): Schedule {
  const isFlagged = flaggedAnswerFilter(flags);
  const reviews = new Map<string, { ref: ItemRef; bySession: Map<string, Review> }>();
  for (const answer of answers) {
    if (isFlagged(answer)) continue;
    const at = Date.parse(answer.at);
    const grade = gradeOf(answer);
    for (const ref of itemsOf(answer)) {
      const key = itemKey(ref);
      const item = reviews.get(key) ?? { ref, bySession: new Map<string, Review>() };
      reviews.set(key, item);
      const review = item.bySession.get(answer.session);
      if (!review) item.bySession.set(answer.session, { at, grade, questions: [answer.question] });
      else {
        review.grade = Math.min(review.grade, grade) as Grade;
        review.at = Math.min(review.at, at);
        review.questions.push(answer.question);
      }
    }
  }
  const schedule: Schedule = new Map();
  for (const [key, { ref, bySession }] of reviews) {
    const ordered = [...bySession.values()].sort((a, b) => a.at - b.at);
    const first = ordered[0]!;
    let card = createEmptyCard(new Date(first.at));
    const askedAt = new Map<string, number>();
    let misses = 0;
    for (const review of ordered) {
      card = SCHEDULER.next(card, new Date(review.at), review.grade).card;
      if (review.grade === Rating.Again) misses++;
      for (const q of review.questions) askedAt.set(q, review.at);
    }
    const last = ordered[ordered.length - 1]!;
    schedule.set(key, {
      ref,
      key,
      card,
      reviews: ordered.length,
      misses,
      lastGrade: last.grade,
      lastReview: new Date(last.at),
      askedAt,
      leech: misses >= LEECH_MISSES,
    });
  }
  return schedule;
}

/** How likely the item is to be recalled at `now` (FSRS retrievability, 0 to 1). */
export function retrievability(memory: Memory, now: Date): number {
  return SCHEDULER.get_retrievability(memory.card, now, false);
}
