import type { Language, Pack, Source } from "../facts/model.js";
import { textIn } from "../facts/texts.js";
import { composeQuiz } from "../generate/compose.js";
import { generateQuestions } from "../generate/index.js";
import type { ProgressPort } from "../progress/port.js";
import type { Difficulty, Question } from "../question/model.js";
import { chooseQuizQuestions } from "./choose-questions.js";
import { DEFAULT_QUIZ_LENGTH } from "./length.js";
import { unflagged } from "./record.js";
import { type QuizSession, startQuiz } from "./session.js";

/** How many candidates per question a first quiz generates, for the composition to choose from. */
const COMPOSE_ROOM = 4;

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
  // quiz builds only a few times as many as it asks (room for the composition's rules) once the
  // flagged ones are left out. Later ones choose among them all by the reader's history.
  const ranked = generateQuestions(pack, {
    seed,
    difficulty: options.difficulty,
    lang,
    count: history.length === 0 && !about ? COMPOSE_ROOM * wanted + flagged.size : undefined,
  });
  const candidates = unflagged(ranked, flagged).filter((q) => !about || isAbout(q, about));
  // The reader's history orders the candidates (what is due, then what was never asked, then
  // what was asked longest ago); the composition then takes the quiz from that order, so that
  // no kind takes over, no answer comes back and no feedback answers a later question.
  const preferred = chooseQuizQuestions(candidates, history, { count: candidates.length, now });
  const questions: Question[] = composeQuiz(preferred, { count: wanted, seed });
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
    // The pack's title in the quiz's language when the pack gives one (docs/questions.md, rule 8).
    title: textIn(pack, "title", lang, pack.language) ?? pack.title,
    seedPicked,
  };
}

/**
 * How many questions a quiz on the pack can ask: those generated, less the ones the reader
 * flagged in this version of the pack (what the pack screen offers to count from).
 */
export function questionsAvailable(
  loaded: { pack: Pack; hash: string },
  progress: ProgressPort,
): number {
  const flagged = progress.flaggedQuestions(loaded.pack.id, loaded.hash);
  return unflagged(generateQuestions(loaded.pack, { seed: 0 }), flagged).length;
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
