import { Rating } from "ts-fsrs";
import type { AnswerRecord } from "../quiz/answer-record.js";
import type { FlagRecord, ItemHistory } from "./port.js";
import {
  flaggedAnswerFilter,
  type ItemRef,
  itemKey,
  itemsOf,
  type Memory,
  retrievability,
  type Schedule,
} from "./schedule.js";

/** Why an item is in a review: due at `now`, drilled with `--cram`, or missed last time. */
export type ReviewReason = "due" | "cram" | "missed";

/** Something to ask about in a review, in the order the review should ask it. */
export interface ReviewItem {
  ref: ItemRef;
  key: string;
  reason: ReviewReason;
  /** Undefined for an item never asked. */
  memory?: Memory;
  /** Recall probability at `now`; 0 for an item never asked. */
  retrievability: number;
  /** The question to ask again: with `--missed`, the one that was missed. */
  question?: string;
}

/**
 * Every item due at `now`, across packs or in one: the least likely to be recalled first (the
 * order FSRS recommends when a backlog has built up), then the longest due, then by key.
 */
export function dueItems(schedule: Schedule, now: Date, pack?: string): ReviewItem[] {
  const due: ReviewItem[] = [];
  for (const memory of schedule.values()) {
    if (pack !== undefined && memory.ref.pack !== pack) continue;
    if (memory.card.due.getTime() > now.getTime()) continue;
    due.push(item(memory.ref, "due", memory, now));
  }
  return due.sort(
    (a, b) =>
      a.retrievability - b.retrievability ||
      a.memory!.card.due.getTime() - b.memory!.card.due.getTime() ||
      compareKeys(a.key, b.key),
  );
}

/** How many items of a pack are due at `now`. */
export function dueCount(schedule: Schedule, pack: string, now: Date): number {
  let n = 0;
  for (const memory of schedule.values()) {
    if (memory.ref.pack === pack && memory.card.due.getTime() <= now.getTime()) n++;
  }
  return n;
}

/** Each item of a pack the log knows: when it falls due, when it was last asked. */
export function itemHistoryOf(schedule: Schedule, pack: string): ItemHistory[] {
  const out: ItemHistory[] = [];
  for (const memory of schedule.values()) {
    if (memory.ref.pack !== pack) continue;
    const ref =
      "fact" in memory.ref ? { fact: memory.ref.fact } : { question: memory.ref.question };
    out.push({
      ref,
      due: memory.card.due.toISOString(),
      lastAsked: memory.lastReview.toISOString(),
    });
  }
  return out;
}

/** The items a pack can ask about, in the pack's order: its questions' facts, or the questions. */
export function packItems(
  pack: string,
  questions: readonly { id: string; facts: readonly string[] }[],
): ItemRef[] {
  const seen = new Set<string>();
  const refs: ItemRef[] = [];
  for (const q of questions) {
    for (const ref of itemsOf({ pack, question: q.id, facts: [...q.facts] })) {
      const key = itemKey(ref);
      if (!seen.has(key)) refs.push(ref);
      seen.add(key);
    }
  }
  return refs;
}

/**
 * `--cram`: every item of a pack whatever its due date, weakest first: never asked or missed
 * last time, then by recall probability; ties keep the pack's order.
 */
export function cramItems(schedule: Schedule, refs: readonly ItemRef[], now: Date): ReviewItem[] {
  const items = refs.map((ref) => item(ref, "cram", schedule.get(itemKey(ref)), now));
  const weakness = (i: ReviewItem) => (i.memory?.lastGrade === Rating.Again ? 0 : i.retrievability);
  return items
    .map((i, n) => ({ i, n }))
    .sort((a, b) => weakness(a.i) - weakness(b.i) || a.n - b.n)
    .map(({ i }) => i);
}

/**
 * `--missed`: what was missed in the last session of a pack (the session of its last recorded
 * answer), in the order it was missed, each with the question that was missed. Answers to
 * flagged questions do not count.
 */
export function missedItems(
  answers: readonly AnswerRecord[],
  pack: string,
  schedule: Schedule,
  now: Date,
  flags: readonly FlagRecord[] = [],
): ReviewItem[] {
  const isFlagged = flaggedAnswerFilter(flags);
  const ofPack = answers.filter((a) => a.pack === pack);
  const session = ofPack[ofPack.length - 1]?.session;
  const items: ReviewItem[] = [];
  const seen = new Set<string>();
  for (const a of ofPack) {
    if (a.session !== session || a.correct || isFlagged(a)) continue;
    for (const ref of itemsOf(a)) {
      const key = `${itemKey(ref)}\0${a.question}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ ...item(ref, "missed", schedule.get(itemKey(ref)), now), question: a.question });
    }
  }
  return items;
}

function item(
  ref: ItemRef,
  reason: ReviewReason,
  memory: Memory | undefined,
  now: Date,
): ReviewItem {
  return {
    ref,
    key: itemKey(ref),
    reason,
    memory,
    retrievability: memory ? retrievability(memory, now) : 0,
  };
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
