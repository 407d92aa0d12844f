import type { CommandContext } from "../context.js";
import { renderReview } from "../core/progress/review-listing.js";
import { seedFrom } from "../core/random.js";
import { safeJson } from "../core/text/inert.js";
import { UsageError } from "../errors.js";
import { clockFrom } from "../io/clock.js";
import { localDay, localMinute } from "../io/local-time.js";
import { openStore, outputColumns, uiLanguage } from "./progress-context.js";
import { selectReview } from "./review-selection.js";

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
  const now = options.at === undefined ? new Date(clockFrom(ctx.env)()) : parseAt(options.at);
  const count = options.count === undefined ? undefined : positive("--count", options.count);
  const seed =
    options.seed === undefined ? seedFrom(localDay(now)) : positive("--seed", options.seed, 0);
  const mode =
    options.cram !== undefined ? "cram" : options.missed !== undefined ? "missed" : "due";
  // Questions in the language asked for, else each pack's own.
  const questionLang = options.lang === undefined ? undefined : lang;
  const request = {
    mode,
    pack: options.cram ?? options.missed,
    now,
    count,
    seed,
    lang: questionLang,
  } as const;
  const { listing } = selectReview(request, openStore(ctx), ctx);

  if (options.json) ctx.stdout.write(`${safeJson(listing)}\n`);
  else {
    ctx.stdout.write(
      renderReview(listing, { lang, columns: outputColumns(ctx), minuteOf: localMinute }),
    );
  }
  return 0;
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
