import type { CommandContext } from "../context.js";
import { generateQuestions } from "../core/generate/index.js";
import {
  type ReviewListing,
  type ReviewMode,
  reviewListing,
} from "../core/progress/review-listing.js";
import { planReview, type ReviewPlan } from "../core/progress/review-plan.js";
import { cramItems, dueItems, missedItems, packItems } from "../core/progress/selection.js";
import type { Question } from "../core/question/model.js";
import { type LoadedPack, loadPack } from "../io/packs.js";
import type { ProgressStore } from "../io/progress/progress-store.js";
import { packsById } from "./progress-context.js";

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
}

/** A review ready to run: its questions in order with their packs, and its listing. */
export interface Review {
  plan: ReviewPlan<Question>;
  /** The packs the questions come from, by id (for their language, hash and sources). */
  packs: Map<string, LoadedPack>;
  listing: ReviewListing;
}

/**
 * Builds a review from the store and the packs: what `newsquiz review` lists, and what the
 * quiz screens and line mode ask, in this order, at these levels. Throws a UserError when the
 * pack named for `cram` or `missed` cannot be found.
 */
export function selectReview(
  request: ReviewRequest,
  store: ProgressStore,
  ctx: CommandContext,
): Review {
  const { mode, now, count, seed } = request;
  const schedule = store.schedule();
  if (mode !== "due") {
    const loaded = loadPack(request.pack ?? "", ctx.cwd, ctx.env);
    const pack = loaded.pack.id;
    const questions = askable(loaded, store, seed);
    const items =
      mode === "cram"
        ? cramItems(schedule, packItems(pack, questions), now)
        : missedItems(store.answers(), pack, schedule, now, store.flags());
    const plan = planReview(items, () => questions, count);
    const listing = reviewListing({ mode, pack, now, plan, schedule });
    return { plan, packs: new Map([[pack, loaded]]), listing };
  }
  const items = dueItems(schedule, now);
  const packs = packsById(
    items.map((i) => i.ref.pack),
    ctx,
  );
  const questions = new Map([...packs].map(([id, loaded]) => [id, askable(loaded, store, seed)]));
  const plan = planReview(items, (pack) => questions.get(pack) ?? [], count);
  const missingPacks = [...new Set(items.map((i) => i.ref.pack))].filter((p) => !packs.has(p));
  return { plan, packs, listing: reviewListing({ mode, now, plan, schedule, missingPacks }) };
}

/**
 * The questions a review may ask in a pack: easy and hard ones from the generator, less those
 * flagged in this version of the pack. (When the generator can ask about given facts at a given
 * level, the review will ask it for exactly the planned facts instead.)
 */
function askable(loaded: LoadedPack, store: ProgressStore, seed: number): Question[] {
  const flagged = store.flaggedQuestions(loaded.pack.id, loaded.hash);
  const byId = new Map<string, Question>();
  for (const difficulty of ["easy", "hard"] as const) {
    for (const q of generateQuestions(loaded.pack, { seed, difficulty })) {
      if (!flagged.has(q.id) && !byId.has(q.id)) byId.set(q.id, q);
    }
  }
  return [...byId.values()];
}
