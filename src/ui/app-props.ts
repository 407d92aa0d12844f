import type { Language } from "../core/facts/model.js";
import type { InterruptedQuiz } from "../core/quiz/interrupted.js";
import type { QuizSession } from "../core/quiz/session.js";
import type { PlayOptions } from "../core/quiz/setup.js";
import type { PackSummary } from "../io/pack-summaries.js";
import type { LoadedPack } from "../io/packs.js";
import type { QuizPlace } from "./app-state.js";
import type { Theme } from "./theme.js";
import type { ProgressSource } from "./use-progress.js";

/** A review ready to play on the quiz screens: its session, and what its text needs. */
export interface ReviewStart {
  session: QuizSession;
  place: QuizPlace;
}

/** How the reader left: the line to print once the terminal is back, and whether by Ctrl-C. */
export interface Leaving {
  line?: string;
  interrupted: boolean;
}

/** The quiz's code and screens (quiz-part.ts), loaded apart from the home screen's. */
export type QuizPart = typeof import("./quiz-part.js");

/** Everything the app needs from outside; tests pass their own. */
export interface AppProps {
  /** The packs for the home screen. */
  packs: PackSummary[];
  /** Reads a pack by id or path (the parser is loaded on first use); rejects when it cannot. */
  load: (ref: string) => Promise<LoadedPack>;
  /** The pack a quiz starts on, already read (`play`); `quiz` must then be given too. */
  initial?: LoadedPack;
  /** The quiz's code, already loaded (`loadQuizPart`); else loaded when a pack is first opened. */
  quiz?: QuizPart;
  /** The progress store, or its opening: the home screen paints before the store is loaded. */
  progress: ProgressSource;
  now: () => number;
  options: PlayOptions;
  /** The pack selected on the home screen. */
  packRef: string;
  /** The interface's language, every screen's (see interfaceLanguage); English by default. */
  lang?: Language;
  theme: Theme;
  /** The session to play instead of a new one on `initial` (`play --resume`). */
  initialSession?: QuizSession;
  /** Told of the quiz in progress at each change (undefined once it ended), to save it on the way out. */
  onQuiz?: (quiz: QuizInProgress | undefined) => void;
  /** Told how the reader left, once, on the way out. */
  onLeave?: (leaving: Leaving) => void;
  /** Builds the review of what is due across packs (`r` on the home screen). */
  review?: () => Promise<ReviewStart | undefined>;
}

/** A quiz being played, as it would be saved if the reader left now. */
export type QuizInProgress = Omit<InterruptedQuiz, "savedAt">;
