import type { AnswerRecord } from "../quiz/answer-record.js";

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
}

/** The last finished quiz of a pack, for the home screen. */
export interface LastScore {
  score: number;
  total: number;
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
  /** Ids of the questions flagged in this version of the pack. */
  flaggedQuestions(pack: string, packHash: string): Set<string>;
  lastScore(pack: string): LastScore | undefined;
  /** Facts of the pack due for review at `now`. */
  dueCount(pack: string, now: Date): number;
  /** Keeps an unfinished quiz so that the next start can offer to resume it. */
  saveInterrupted(snapshot: unknown): void;
  /** The unfinished quiz left by an earlier run, if any; cleared once the caller resumes or drops it. */
  takeInterrupted(): unknown | undefined;
  clearInterrupted(): void;
}

/** A port that remembers nothing: for tests, and when no store can be opened. */
export function memoryProgress(): ProgressPort & { answers: AnswerRecord[]; flags: FlagRecord[] } {
  const answers: AnswerRecord[] = [];
  const flags: FlagRecord[] = [];
  let interrupted: unknown;
  return {
    answers,
    flags,
    recordAnswer: (a) => {
      answers.push(a);
    },
    recordFlag: (f) => {
      flags.push(f);
    },
    flaggedQuestions: (pack, packHash) =>
      new Set(
        flags.filter((f) => f.pack === pack && f.packHash === packHash).map((f) => f.question),
      ),
    lastScore: () => undefined,
    dueCount: () => 0,
    saveInterrupted: (s) => {
      interrupted = s;
    },
    takeInterrupted: () => interrupted,
    clearInterrupted: () => {
      interrupted = undefined;
    },
  };
}
