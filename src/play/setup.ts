import type { Language, Pack, Source } from "../core/facts/model.js";
import { textIn } from "../core/facts/texts.js";
import { generateQuestions } from "../core/generate/index.js";
import type { ProgressPort } from "../core/progress/port.js";
import type { Difficulty, Question } from "../core/question/model.js";
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
}

/** A quiz ready to run: the session and what its text needs. */
export interface QuizSetup {
  session: QuizSession;
  lang: Language;
  sources: Map<string, Source>;
  title: string;
  /** True when the seed was picked from the clock, so the command says it. */
  seedPicked: boolean;
}

/**
 * Builds a quiz on a pack: the questions generated for the seed, less those the reader flagged
 * in this version of the pack. The language is the one asked for, else the pack's.
 */
export function setUpQuiz(
  loaded: { pack: Pack; hash: string },
  options: PlayOptions,
  progress: ProgressPort,
  now: number,
): QuizSetup {
  const { pack, hash } = loaded;
  const seedPicked = options.seed === undefined;
  const seed = options.seed ?? seedFromClock(now);
  const lang = options.lang ?? pack.language;
  const flagged = progress.flaggedQuestions(pack.id, hash);
  const wanted = options.count ?? DEFAULT_QUIZ_LENGTH;
  // The first questions of the ranked list are the same however many are asked for, so only as
  // many are built as the quiz can use once the flagged ones are left out.
  const ranked = generateQuestions(pack, {
    seed,
    difficulty: options.difficulty,
    lang,
    count: wanted + flagged.size,
  });
  const questions: Question[] = unflagged(ranked, flagged).slice(0, wanted);
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
    lang,
    sources: new Map(pack.sources.map((s) => [s.id, s])),
    // The pack's title in the quiz's language when the pack gives one (docs/questions.md, rule 8).
    title: textIn(pack, "title", lang, pack.language) ?? pack.title,
    seedPicked,
  };
}

/** A seed short enough to retype, from the clock. */
export function seedFromClock(now: number): number {
  return Math.floor(now / 1000) % 1_000_000;
}
