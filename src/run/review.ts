import type { CommandContext } from "../context.js";
import type { Language } from "../core/facts/model.js";
import { createGenerator } from "../core/generate/index.js";
import { msg } from "../core/i18n/msg.js";
import {
  type ReviewListing,
  type ReviewMode,
  reviewListing,
} from "../core/progress/review-listing.js";
import { planReviewFrom, type ReviewPlan } from "../core/progress/review-plan.js";
import { generatorSource, type ReviewPack } from "../core/progress/review-questions.js";
import { startReview } from "../core/progress/review-session.js";
import { cramItems, dueItems, missedItems, packItems } from "../core/progress/selection.js";
import type { Question } from "../core/question/model.js";
import type { QuizSetup } from "../core/quiz/setup.js";
import { seedFrom } from "../core/random.js";
import { clockFrom } from "../io/clock.js";
import { type LoadedPack, loadPack } from "../io/packs.js";
import type { ProgressStore } from "../io/progress/progress-store.js";
import { localDay } from "./local-time.js";
import { packsById } from "./packs-by-id.js";
import { openStore } from "./store.js";

/** Which review to build: what is due, or one pack crammed or its misses, as of `now`. */
export interface ReviewRequest {
  mode: ReviewMode;
  /** The pack (id or path) for `cram` and `missed`. */
  pack?: string;
  now: Date;
  /** At most this many questions. */
  count?: number;
  /** Seed of the generated questions. */
  seed: number;
  /** Language of the generated questions; each pack's own when undefined. */
  lang?: Language;
}

/** A review ready to run: its questions in order with their packs, and its listing. */
export interface Review {
  plan: ReviewPlan<Question>;
  /** The packs the questions come from, by id (for their language, hash and sources). */
  packs: Map<string, LoadedPack>;
  listing: ReviewListing;
}

/**
 * Builds a review from the store and the packs: what `newsquiz review --list` shows, and what
 * the quiz screens and line mode ask, in this order, at these levels. The questions are asked
 * of each pack's generator for the facts planned (see generatorSource). Throws a UserError when
 * the pack named for `cram` or `missed` cannot be found.
 */
export function selectReview(
  request: ReviewRequest,
  store: ProgressStore,
  ctx: CommandContext,
): Review {
  const { mode, now, count, seed } = request;
  const schedule = store.schedule();
  const prepare = (loaded: LoadedPack): ReviewPack => ({
    pack: loaded.pack,
    generator: createGenerator(loaded.pack, request.lang),
    flagged: store.flaggedQuestions(loaded.pack.id, loaded.hash),
  });
  if (mode !== "due") {
    const loaded = loadPack(request.pack ?? "", ctx.cwd, ctx.env);
    const pack = loaded.pack.id;
    const review = prepare(loaded);
    const items =
      mode === "cram"
        ? cramItems(schedule, packItems(pack, askedInQuiz(review, seed)), now)
        : missedItems(store.answers(), pack, schedule, now, store.flags());
    const plan = planReviewFrom(items, generatorSource(new Map([[pack, review]]), seed), count);
    const listing = reviewListing({ mode, pack, now, plan, schedule });
    return { plan, packs: new Map([[pack, loaded]]), listing };
  }
  const items = dueItems(schedule, now);
  const packs = packsById(
    items.map((i) => i.ref.pack),
    ctx,
  );
  const reviews = new Map([...packs].map(([id, loaded]) => [id, prepare(loaded)]));
  const plan = planReviewFrom(items, generatorSource(reviews, seed), count);
  const missingPacks = [...new Set(items.map((i) => i.ref.pack))].filter((p) => !packs.has(p));
  return { plan, packs, listing: reviewListing({ mode, now, plan, schedule, missingPacks }) };
}

/** What a quiz on the pack asks, best first, less the flagged questions: what `--cram` drills. */
function askedInQuiz(review: ReviewPack, seed: number): Question[] {
  return review.generator.generate({ seed }).questions.filter((q) => !review.flagged.has(q.id));
}

/**
 * The quiz a review asks, with what its faces print around it: the planned questions in order,
 * each recorded against its pack, in certainty mode when the reader's setting says so.
 */
export function reviewQuiz(
  review: Review,
  request: ReviewRequest,
  store: ProgressStore,
  lang: Language,
): QuizSetup {
  const now = request.now.getTime();
  const { session, sources } = startReview(review.plan, review.packs, {
    id: `review-${now.toString(36)}`,
    seed: request.seed,
    now,
    certaintyMode: store.settings().certainty,
  });
  const pack = request.pack === undefined ? "" : (review.listing.pack ?? request.pack);
  return {
    session,
    lang,
    sources,
    title: msg(lang, `review.title.${request.mode}`, { pack }),
    seedPicked: false,
  };
}

/**
 * The review of what is due now across packs, ready to ask (`r` on the home screen, as
 * `newsquiz review` asks it); undefined when nothing is due.
 */
export function dueReview(ctx: CommandContext, lang: Language): QuizSetup | undefined {
  const store = openStore(ctx);
  const now = new Date(clockFrom(ctx.env)());
  const request = { mode: "due", now, seed: seedFrom(localDay(now)) } as const;
  const review = selectReview(request, store, ctx);
  if (review.listing.questions.length === 0) return undefined;
  return reviewQuiz(review, request, store, lang);
}
