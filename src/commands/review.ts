import type { CommandContext } from "../context.js";
import { generateQuestions } from "../core/generate/index.js";
import { renderReview, reviewListing } from "../core/progress/review-listing.js";
import { planReview } from "../core/progress/review-plan.js";
import {
  cramItems,
  dueItems,
  missedItems,
  packItems,
  type ReviewItem,
} from "../core/progress/selection.js";
import type { Question } from "../core/question/model.js";
import { seedFrom } from "../core/random.js";
import { UsageError } from "../errors.js";
import { localDay, localMinute } from "../io/local-time.js";
import { type LoadedPack, loadPack } from "../io/packs.js";
import type { ProgressStore } from "../io/progress/progress-store.js";
import { openStore, outputColumns, packsById, uiLanguage } from "./progress-context.js";

export interface ReviewOptions {
  cram?: string;
  missed?: string;
  json?: boolean;
  count?: string;
  at?: string;
  seed?: string;
  lang?: string;
}

/**
 * `newsquiz review`: what is due now across packs (or `--cram PACK`, `--missed PACK`), in the
 * order it will be asked, each question at the level its facts have reached. Until the quiz
 * screens run it, the command shows the review it would run (`--json` for scripts).
 */
export async function runReview(options: ReviewOptions, ctx: CommandContext): Promise<number> {
  if (options.cram !== undefined && options.missed !== undefined) {
    throw new UsageError("--cram and --missed cannot be used together; choose one");
  }
  const lang = uiLanguage(options.lang, ctx.env);
  const now = options.at === undefined ? new Date() : parseAt(options.at);
  const count = options.count === undefined ? undefined : positive("--count", options.count);
  const seed =
    options.seed === undefined ? seedFrom(localDay(now)) : positive("--seed", options.seed, 0);
  const store = openStore(ctx);
  const schedule = store.schedule();

  const ref = options.cram ?? options.missed;
  let listing: ReturnType<typeof reviewListing>;
  if (ref !== undefined) {
    const loaded = loadPack(ref, ctx.cwd, ctx.env);
    const pack = loaded.pack.id;
    const questions = askable(loaded, store, seed);
    const items: ReviewItem[] =
      options.cram !== undefined
        ? cramItems(schedule, packItems(pack, questions), now)
        : missedItems(store.answers(), pack, schedule, now, store.flags());
    const plan = planReview(items, () => questions, count);
    const mode = options.cram !== undefined ? "cram" : "missed";
    listing = reviewListing({ mode, pack, now, plan, schedule });
  } else {
    const items = dueItems(schedule, now);
    const packs = packsById(
      items.map((i) => i.ref.pack),
      ctx,
    );
    const questions = new Map([...packs].map(([id, loaded]) => [id, askable(loaded, store, seed)]));
    const plan = planReview(items, (pack) => questions.get(pack) ?? [], count);
    const missingPacks = [...new Set(items.map((i) => i.ref.pack))].filter((p) => !packs.has(p));
    listing = reviewListing({ mode: "due", now, plan, schedule, missingPacks });
  }

  if (options.json) ctx.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
  else {
    ctx.stdout.write(
      renderReview(listing, { lang, columns: outputColumns(ctx), minuteOf: localMinute }),
    );
  }
  return 0;
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

/** `--at`: a date and time (local unless it names a zone), or a day, meaning the end of it. */
function parseAt(text: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const at = day
    ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59, 999)
    : new Date(text);
  if (Number.isNaN(at.getTime()) || (day && localDay(at) !== text)) {
    throw new UsageError(
      `--at: "${text}" is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM (such as 2024-03-16T09:00)`,
    );
  }
  return at;
}

function positive(flag: string, text: string, min = 1): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`${flag}: "${text}" is not a whole number of at least ${min}`);
  }
  return n;
}
