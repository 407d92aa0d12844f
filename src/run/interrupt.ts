import type { Language } from "../core/facts/model.js";
import { msg } from "../core/i18n/msg.js";
import type { ProgressPort } from "../core/progress/port.js";
import { type InterruptedQuiz, standing } from "../core/quiz/interrupted.js";

/** The exit code of a process stopped by a signal: 128 + its number, as shells report it. */
export const SIGNAL_EXIT: Record<"SIGINT" | "SIGTERM" | "SIGHUP", number> = {
  SIGHUP: 129,
  SIGINT: 130,
  SIGTERM: 143,
};

/** How the line said on leaving a quiz is written: in what language, naming what command. */
export interface Saying {
  lang: Language;
  /** The command the reader ran, to type again (see commandName): `newsquiz`, `npm start --`. */
  command: string;
  say: (line: string) => void;
}

/**
 * Saves the quiz in progress when the reader leaves it before its end, so that the next start
 * offers it, and says how to take it up again. Nothing is saved for a quiz that ended.
 */
export function saveLeftQuiz(
  progress: ProgressPort,
  quiz: InterruptedQuiz | undefined,
  saying: Saying,
): void {
  if (!quiz) return;
  progress.saveInterrupted(quiz);
  const where = standing(quiz);
  saying.say(
    msg(saying.lang, "resume.saved", {
      question: where.question,
      total: where.total,
      command: saying.command,
    }),
  );
}

/**
 * Until the returned function is called, Ctrl-C, a closed terminal (SIGHUP) or a kill (SIGTERM)
 * saves the quiz in progress (see {@link saveLeftQuiz}) and ends the process with the signal's
 * exit code. For the faces that are not full screen; the Ink screens restore the terminal too.
 */
export function saveOnSignal(
  progress: ProgressPort,
  current: () => InterruptedQuiz | undefined,
  saying: Saying,
): () => void {
  const signals = Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[];
  const handler = (signal: keyof typeof SIGNAL_EXIT) => {
    saveLeftQuiz(progress, current(), saying);
    process.exit(SIGNAL_EXIT[signal]);
  };
  for (const s of signals) process.on(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}
