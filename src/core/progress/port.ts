import type { AnswerRecord } from "../quiz/answer-record.js";
import type { InterruptedQuiz } from "../quiz/interrupted.js";
import { DEFAULT_SETTINGS, type Settings } from "./settings.js";

/** Why the reader flagged a question with `f`. */
export type FlagReason = "wrong" | "unclear";

/** A question the reader flagged; not asked again until the pack changes (its hash differs). */
export interface FlagRecord {
  v: 1;
  pack: string;
  packHash: string;
  question: string;
  reason: FlagReason;
  at: string;
  /** The reader took the flag back (`F`, just after flagging): the question is asked again. */
  withdrawn?: true;
}

/**
 * The flags that stand: for each question of each version of a pack, its latest flag record,
 * unless that one takes the flag back. The log is append-only, so a flag taken back is a record.
 */
export function standingFlags(flags: readonly FlagRecord[]): FlagRecord[] {
  const latest = new Map<string, FlagRecord>();
  for (const f of flags) {
    const key = `${f.pack}\0${f.packHash}\0${f.question}`;
    latest.delete(key);
    latest.set(key, f);
  }
  return [...latest.values()].filter((f) => !f.withdrawn);
}

/** One item's past, as a new quiz chooses its questions by it (see chooseQuizQuestions). */
export interface ItemHistory {
  /** The fact, or the question when it tests no fact. */
  ref: { fact: string } | { question: string };
  /** When its memory falls due for review, ISO 8601. */
  due: string;
  /** When it was last asked, ISO 8601. */
  lastAsked: string;
}

/** The last finished quiz of a pack, for the home screen. */
export interface LastScore {
  score: number;
  total: number;
  at: string;
}

/**
 * A quiz finished, or stopped before its end: the score its results showed. The answers alone
 * cannot tell it (an unanswered question leaves no answer; a retry adds answers to the
 * session), so the quiz says it once, when it ends.
 */
export interface SessionRecord {
  v: 1;
  pack: string;
  packHash: string;
  session: string;
  /** Points earned: partial credit counts, flagged questions and essays do not. */
  score: number;
  /** Points possible: the scored questions asked. */
  total: number;
  /** Questions shown, scored or not. */
  asked: number;
  /** When it ended, ISO 8601. */
  at: string;
}

/**
 * What the quiz needs from the progress store. The screens and line mode talk to this port; the
 * file-backed store implements it, tests pass an in-memory one. Methods never throw: a store that
 * cannot write (read-only or full disk) reports once through its own warning channel and the quiz
 * goes on.
 */
export interface ProgressPort {
  recordAnswer(answer: AnswerRecord): void;
  recordFlag(flag: FlagRecord): void;
  /** A quiz ended: its score becomes the pack's last score. */
  recordSession(session: SessionRecord): void;
  /** Ids of the questions flagged in this version of the pack. */
  flaggedQuestions(pack: string, packHash: string): Set<string>;
  lastScore(pack: string): LastScore | undefined;
  /** Facts of the pack due for review at `now`. */
  dueCount(pack: string, now: Date): number;
  /** When the next review falls due after `now`, for one pack or (undefined) all of them. */
  nextReview(pack: string | undefined, now: Date): Date | undefined;
  /** What the log says of each item of a pack a quiz asked about: when asked, when due. */
  itemHistory(pack: string): ItemHistory[];
  /** Keeps an unfinished quiz so that the next start can offer to resume it (one at a time). */
  saveInterrupted(quiz: InterruptedQuiz): void;
  /** The unfinished quiz left by an earlier run, if any; kept until {@link clearInterrupted}. */
  takeInterrupted(): InterruptedQuiz | undefined;
  /** Forgets the unfinished quiz: taken up again, or dropped. */
  clearInterrupted(): void;
  settings(): Settings;
  /** Saves the settings; false (after one line) when they cannot be saved. */
  saveSettings(settings: Settings): boolean;
}

/** A port that remembers for the run only: for tests, and when no store can be opened. */
export function memoryProgress(): ProgressPort & {
  answers: AnswerRecord[];
  flags: FlagRecord[];
  sessions: SessionRecord[];
} {
  const answers: AnswerRecord[] = [];
  const flags: FlagRecord[] = [];
  const sessions: SessionRecord[] = [];
  let interrupted: InterruptedQuiz | undefined;
  let settings: Settings = { ...DEFAULT_SETTINGS };
  return {
    answers,
    flags,
    sessions,
    recordAnswer: (a) => {
      answers.push(a);
    },
    recordFlag: (f) => {
      flags.push(f);
    },
    recordSession: (s) => {
      sessions.push(s);
    },
    flaggedQuestions: (pack, packHash) =>
      new Set(
        standingFlags(flags)
          .filter((f) => f.pack === pack && f.packHash === packHash)
          .map((f) => f.question),
      ),
    lastScore: (pack) => lastSessionScore(sessions, pack),
    dueCount: () => 0,
    nextReview: () => undefined,
    itemHistory: () => [],
    saveInterrupted: (s) => {
      interrupted = s;
    },
    takeInterrupted: () => interrupted,
    clearInterrupted: () => {
      interrupted = undefined;
    },
    settings: () => settings,
    saveSettings: (next) => {
      settings = next;
      return true;
    },
  };
}

/** The score of the last quiz on a pack that the log says ended; undefined when none did. */
export function lastSessionScore(
  sessions: readonly SessionRecord[],
  pack: string,
): LastScore | undefined {
  for (let i = sessions.length - 1; i >= 0; i--) {
    const s = sessions[i]!;
    if (s.pack === pack) return { score: s.score, total: s.total, at: s.at };
  }
  return undefined;
}
