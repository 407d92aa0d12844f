import { useEffect, useState } from "react";
import { type InterruptedQuiz, resumeQuiz } from "../core/quiz/interrupted.js";
import type { QuizSession } from "../core/quiz/session.js";
import type { LoadedPack } from "../io/packs.js";
import type { ResumeChoice } from "./screens/resume/resume-state.js";
import type { AppProgress } from "./use-progress.js";

/** A quiz left unfinished, offered to the reader, and what they can do with it. */
export interface ResumeOffer {
  quiz?: InterruptedQuiz;
  /** Set when the quiz cannot be taken up again (its pack changed or is gone). */
  problem?: boolean;
  /** Settles once the quiz taken up again is on screen, or dropped, or refused. */
  choose(choice: ResumeChoice): Promise<void>;
  /** Not now: it stays saved, to be offered at the next start. */
  later(): void;
}

interface OfferOptions {
  progress: AppProgress;
  /** Offer only a quiz on this pack (`play PACK`); any pack on the home screen. */
  pack?: string;
  /** No offer at all (`play --resume` has already taken it up). */
  off?: boolean;
  load: (ref: string) => Promise<LoadedPack>;
  now: () => number;
  /** Starts the quiz taken up again. */
  start: (loaded: LoadedPack, session: QuizSession) => void;
}

/**
 * Once the store is open, the quiz an earlier run left unfinished, if any, is offered: taken up
 * again on its pack as read now (refused if the pack changed since: its questions may no longer
 * be true), dropped, or left for later.
 */
export function useResumeOffer(o: OfferOptions): ResumeOffer {
  const [quiz, setQuiz] = useState<InterruptedQuiz | undefined>(undefined);
  const [problem, setProblem] = useState(false);
  const { progress, pack, off } = o;
  useEffect(() => {
    if (off) return;
    let cancelled = false;
    progress.ready.then((port) => {
      const left = port.takeInterrupted();
      if (!cancelled && left && (pack === undefined || left.session.pack === pack)) setQuiz(left);
    });
    return () => {
      cancelled = true;
    };
  }, [progress, pack, off]);

  const close = () => {
    setQuiz(undefined);
    setProblem(false);
  };
  return {
    quiz,
    problem,
    later: () => {
      // A quiz that cannot be taken up again is not kept for later either.
      if (problem) progress.current().clearInterrupted();
      close();
    },
    async choose(choice) {
      if (!quiz) return;
      if (choice === "drop") {
        progress.current().clearInterrupted();
        return close();
      }
      await o.load(quiz.packFile).then(
        (loaded) => {
          if (loaded.hash !== quiz.session.packHash) return setProblem(true);
          progress.current().clearInterrupted();
          close();
          o.start(loaded, resumeQuiz(quiz, o.now()));
        },
        () => setProblem(true),
      );
    },
  };
}
