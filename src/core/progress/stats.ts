import type { AnswerRecord } from "../quiz/answer-record.js";
import {
  type FlagReason,
  type FlagRecord,
  type LastScore,
  lastSessionScore,
  type SessionRecord,
  standingFlags,
} from "./port.js";
import { buildSchedule, type ItemRef, itemKey, itemsOf, type Schedule } from "./schedule.js";
import { dueCount } from "./selection.js";

/** Right answers out of answers given, for one bucket of time or one group. */
export interface Tally {
  answers: number;
  correct: number;
  /** correct / answers, rounded to 4 decimals. */
  accuracy: number;
}

/** Accuracy on one day (the reader's local day, YYYY-MM-DD). */
export type DayTally = Tally & { date: string };
/** Accuracy in one session, when it started. */
export type SessionTally = Tally & { session: string; start: string };
/** Accuracy on one kind of question (who, when, how many...). */
export type KindTally = Tally & { kind: string };
/** How a fact (or a question naming no fact) went: answers, and sessions in which it was missed. */
export type FactTally = Tally & ItemRef & { missedSessions: number; leech: boolean };
/** A question the reader flagged, and why (the latest flag of that question). */
export interface FlagEntry {
  question: string;
  reason: FlagReason;
  at: string;
  packHash: string;
}

/** Everything `newsquiz stats` says about one pack. */
export interface PackStats extends Tally {
  sessions: number;
  lastScore: LastScore | null;
  /** Items due for review at `now`. */
  due: number;
  /** Oldest first. */
  days: DayTally[];
  /** Oldest first. */
  history: SessionTally[];
  /** Weakest first. */
  kinds: KindTally[];
  /** Items answered wrong at least once, weakest first. */
  weakest: FactTally[];
  leeches: ItemRef[];
  flagged: FlagEntry[];
}

/** Everything `newsquiz stats` says, across packs and per pack (by pack id, sorted). */
export interface Stats extends Tally {
  sessions: number;
  due: number;
  packs: Record<string, PackStats>;
}

export interface StatsOptions {
  now: Date;
  /** The reader's day of a moment, YYYY-MM-DD; UTC when omitted (the core has no time zone). */
  dayOf?: (at: Date) => string;
  /** The schedule, when the caller has already built it from the same log. */
  schedule?: Schedule;
  /** The quizzes that ended, for the exact last score (see {@link lastScoreFrom}). */
  sessions?: readonly SessionRecord[];
}

/** Statistics of a log: exact counts, no sampling. */
export function computeStats(
  answers: readonly AnswerRecord[],
  flags: readonly FlagRecord[],
  options: StatsOptions,
): Stats {
  const schedule = options.schedule ?? buildSchedule(answers, flags);
  const dayOf = options.dayOf ?? ((at: Date) => at.toISOString().slice(0, 10));
  const byPack = groupBy(answers, (a) => a.pack);
  const packs: Record<string, PackStats> = {};
  for (const pack of [...byPack.keys()].sort()) {
    const mine = byPack.get(pack)!;
    packs[pack] = {
      ...tally(mine),
      sessions: new Set(mine.map((a) => a.session)).size,
      lastScore: lastScoreFrom(options.sessions ?? [], mine, pack) ?? null,
      due: dueCount(schedule, pack, options.now),
      days: [...groupBy(mine, (a) => dayOf(new Date(a.at)))]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([date, list]) => ({ date, ...tally(list) })),
      history: [...groupBy(mine, (a) => a.session)].map(([session, list]) => ({
        session,
        start: list[0]!.at,
        ...tally(list),
      })),
      kinds: [...groupBy(mine, (a) => a.kind)]
        .map(([kind, list]) => ({ kind, ...tally(list) }))
        .sort((a, b) => weaker(a, b) || (a.kind < b.kind ? -1 : 1)),
      weakest: weakestItems(mine, schedule),
      leeches: [...schedule.values()]
        .filter((m) => m.ref.pack === pack && m.leech)
        .map((m) => m.ref),
      flagged: latestFlags(flags.filter((f) => f.pack === pack)),
    };
  }
  const due = Object.values(packs).reduce((n, p) => n + p.due, 0);
  return { ...tally(answers), sessions: new Set(answers.map((a) => a.session)).size, due, packs };
}

/**
 * The last score of a pack: the score the last quiz on it ended with. A log that records no
 * ended quiz at all (kept by hand, or by a newsquiz from before quizzes said so) gives the
 * score of its last session as its answers tell it.
 */
export function lastScoreFrom(
  sessions: readonly SessionRecord[],
  answers: readonly AnswerRecord[],
  pack: string,
): LastScore | undefined {
  return sessions.length > 0 ? lastSessionScore(sessions, pack) : lastScoreOf(answers, pack);
}

/**
 * The score of the last session of a pack (the session of its last recorded answer): points
 * earned (partial credit counts) out of the answers given in it.
 */
export function lastScoreOf(
  answers: readonly AnswerRecord[],
  pack?: string,
): LastScore | undefined {
  const mine = pack === undefined ? answers : answers.filter((a) => a.pack === pack);
  const last = mine[mine.length - 1];
  if (!last) return undefined;
  const session = mine.filter((a) => a.session === last.session);
  const score = session.reduce((sum, a) => sum + a.score, 0);
  return { score: Math.round(score * 100) / 100, total: session.length, at: last.at };
}

function tally(answers: readonly AnswerRecord[]): Tally {
  const correct = answers.filter((a) => a.correct).length;
  return { answers: answers.length, correct, accuracy: ratio(correct, answers.length) };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

/** Lower accuracy first, then more answers (a weakness seen often is surer). */
function weaker(a: Tally, b: Tally): number {
  return a.accuracy - b.accuracy || b.answers - a.answers;
}

function weakestItems(answers: readonly AnswerRecord[], schedule: Schedule): FactTally[] {
  const byItem = new Map<string, { ref: ItemRef; list: AnswerRecord[] }>();
  for (const a of answers) {
    for (const ref of itemsOf(a)) {
      const key = itemKey(ref);
      const entry = byItem.get(key) ?? { ref, list: [] };
      entry.list.push(a);
      byItem.set(key, entry);
    }
  }
  return [...byItem]
    .map(([key, { ref, list }]) => {
      const memory = schedule.get(key);
      const t = tally(list);
      return { key, ...ref, ...t, missedSessions: memory?.misses ?? 0, leech: !!memory?.leech };
    })
    .filter((f) => f.correct < f.answers)
    .sort((a, b) => weaker(a, b) || b.missedSessions - a.missedSessions || (a.key < b.key ? -1 : 1))
    .map(({ key: _key, ...rest }) => rest);
}

function latestFlags(flags: readonly FlagRecord[]): FlagEntry[] {
  const latest = new Map<string, FlagEntry>();
  for (const f of standingFlags(flags)) {
    latest.delete(f.question);
    latest.set(f.question, {
      question: f.question,
      reason: f.reason,
      at: f.at,
      packHash: f.packHash,
    });
  }
  return [...latest.values()];
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
