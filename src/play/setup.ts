import type { Language, Pack, Source } from "../core/facts/model.js";
import { generateQuestions } from "../core/generate/index.js";
import type { ProgressPort } from "../core/progress/port.js";
import type { Difficulty, Question } from "../core/question/model.js";
import { chooseQuizQuestions } from "../core/quiz/choose-questions.js";
import { DEFAULT_QUIZ_LENGTH } from "../core/quiz/length.js";
import { unflagged } from "../core/quiz/record.js";
import { type QuizSession, startQuiz } from "../core/quiz/session.js";

/** The options every face of `play` shares. */
export interface PlayOptions {
  count?: number;
  seed?: number;
  difficulty?: Difficulty;
  lang?: Language;
  certainty?: boolean;
  /** Only the questions about these facts, or this one question (a search result's quiz). */
  about?: { facts: readonly string[] } | { question: string };
}

/** A quiz ready to run: the session and what its text needs. */
export interface QuizSetup {
  session: QuizSession;
  /** The interface's language (the questions are in theirs). */
  lang: Language;
  sources: Map<string, Source>;
  title: string;
  /** True when the seed was picked from the clock, so the command says it. */
  seedPicked: boolean;
}

/**
 * Builds a quiz on a pack: the questions generated for the seed, less those the reader flagged
 * in this version of the pack, chosen by what the reader's history says is due or new (see
 * chooseQuizQuestions). The questions' language is the one asked for, else the pack's.
 */
export function setUpQuiz(
  loaded: { pack: Pack; hash: string },
  options: PlayOptions,
  progress: ProgressPort,
  now: number,
  /** The interface's language; the questions' by default. */
  uiLang?: Language,
): QuizSetup {
  const { pack, hash } = loaded;
  const seedPicked = options.seed === undefined;
  const seed = options.seed ?? seedFromClock(now);
  const lang = options.lang ?? pack.language;
  const flagged = progress.flaggedQuestions(pack.id, hash);
  const wanted = options.count ?? DEFAULT_QUIZ_LENGTH;
  const history = progress.itemHistory(pack.id);
  const about = options.about;
  // The first questions of the ranked list are the same however many are asked for, so a first
  // quiz builds only as many as it can use once the flagged ones are left out. Later ones choose
  // among them all by the reader's history: what is due, then what was never asked.
  const ranked = generateQuestions(pack, {
    seed,
    difficulty: options.difficulty,
    lang,
    count: history.length === 0 && !about ? wanted + flagged.size : undefined,
  });
  const candidates = unflagged(ranked, flagged).filter((q) => !about || isAbout(q, about));
  const questions: Question[] = chooseQuizQuestions(candidates, history, {
    count: wanted,
    now,
  });
  const session = startQuiz({
    id: `${pack.id}-${now.toString(36)}-${seed}`,
    pack: pack.id,
    packHash: hash,
    seed,
    questions,
    // --certainty (or --no-certainty) for this quiz, else the reader's setting.
    certaintyMode: options.certainty ?? progress.settings().certainty,
    now,
  });
  return {
    session,
    lang: uiLang ?? lang,
    sources: new Map(pack.sources.map((s) => [s.id, s])),
    title: pack.title,
    seedPicked,
  };
}

/** A seed short enough to retype, from the clock. */
export function seedFromClock(now: number): number {
  return Math.floor(now / 1000) % 1_000_000;
}

/** Whether a question is one asked about (a search result's fact, or that very question). */
function isAbout(question: Question, about: NonNullable<PlayOptions["about"]>): boolean {
  if ("question" in about) return question.id === about.question;
  return question.facts.some((f) => about.facts.includes(f));
}
