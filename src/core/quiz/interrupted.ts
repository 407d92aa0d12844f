import type { Language } from "../facts/model.js";
import { isLanguage } from "../i18n/language.js";
import type { QuizSession } from "./session.js";

/**
 * A quiz left before its end (Ctrl-C, a closed terminal, a kill), as the progress store keeps
 * it: the session whole (its questions, as they were shown, and every turn), and what the next
 * start needs to offer it and read its pack again.
 */
export interface InterruptedQuiz {
  session: QuizSession;
  /** The pack's file, to read it again (and check that it has not changed). */
  packFile: string;
  title: string;
  lang: Language;
  /** When it was left, in milliseconds since 1970. */
  savedAt: number;
}

/** Where a quiz stands: the question reached, and how many were answered or skipped. */
export interface QuizStanding {
  /** 1-based: the question the reader will see on resuming. */
  question: number;
  total: number;
  answered: number;
}

/** The quiz to keep for the next start; undefined for one that has ended (nothing to resume). */
export function leftQuiz(
  session: QuizSession,
  where: { packFile: string; title: string; lang: Language },
  now: number,
): InterruptedQuiz | undefined {
  if (session.phase === "done") return undefined;
  return { session, ...where, savedAt: now };
}

/** Where a left quiz stands, for the offer to take it up again. */
export function standing(quiz: InterruptedQuiz): QuizStanding {
  const { session } = quiz;
  const answered = session.turns.filter((t) => t.response || t.skipped || t.flagged).length;
  return { question: session.index + 1, total: session.items.length, answered };
}

/**
 * The session taken up again at `now`: every turn kept, the question that was shown shown
 * again, and the time away left out of the time taken.
 */
export function resumeQuiz(quiz: InterruptedQuiz, now: number): QuizSession {
  const away = Math.max(0, now - quiz.savedAt);
  const { session } = quiz;
  return { ...session, startedAt: session.startedAt + away, shownAt: now };
}

/**
 * A left quiz read back from the store, checked enough to be played (the store wrote it, but a
 * file can be edited or come from another version); undefined when it is not one.
 */
export function readInterruptedQuiz(value: unknown): InterruptedQuiz | undefined {
  const q = value as Partial<InterruptedQuiz> | null | undefined;
  const s = q?.session as Partial<QuizSession> | undefined;
  const text = (v: unknown) => typeof v === "string" && v.length > 0;
  const ok =
    q !== null &&
    typeof q === "object" &&
    text(q.packFile) &&
    typeof q.title === "string" &&
    isLanguage(q.lang) &&
    Number.isFinite(q.savedAt) &&
    typeof s === "object" &&
    s !== null &&
    text(s.id) &&
    text(s.pack) &&
    typeof s.packHash === "string" &&
    Number.isInteger(s.seed) &&
    Array.isArray(s.items) &&
    Array.isArray(s.turns) &&
    s.items.length > 0 &&
    s.turns.length === s.items.length &&
    s.items.every((i) => typeof i?.question?.id === "string") &&
    Number.isInteger(s.index) &&
    s.index! >= 0 &&
    s.index! < s.items.length &&
    (s.phase === "question" || s.phase === "feedback") &&
    Number.isFinite(s.startedAt) &&
    Number.isInteger(s.round);
  return ok ? (q as InterruptedQuiz) : undefined;
}
