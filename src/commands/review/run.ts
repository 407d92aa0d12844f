import type { CommandContext } from "../../context.js";
import { msg } from "../../core/i18n/msg.js";
import { nextDue, renderReview } from "../../core/progress/review-listing.js";
import { seedFrom } from "../../core/random.js";
import { safeJson } from "../../core/text/inert.js";
import { UsageError } from "../../errors.js";
import { clockFrom } from "../../io/clock.js";
import { runLineMode } from "../../play/line-mode.js";
import { uiLanguage } from "../../run/language.js";
import { localDay, localMinute } from "../../run/local-time.js";
import { outputColumns } from "../../run/output.js";
import { reviewQuiz, selectReview } from "../../run/review.js";
import { openStore } from "../../run/store.js";

export interface ReviewOptions {
  cram?: string;
  missed?: string;
  json?: boolean;
  /** Show the review instead of asking it. */
  list?: boolean;
  plain?: boolean;
  count?: string;
  at?: string;
  seed?: string;
  lang?: string;
}

/**
 * `newsquiz review`: asks what is due now across packs (or `--cram PACK`, `--missed PACK`), in
 * the order FSRS recommends, each question at the level its facts have reached: on the full
 * screen in a terminal, with prompts under --plain, line by line without a terminal, as `play`
 * does. `--list` shows the review instead, `--json` prints it for scripts; `--at` looks at
 * another moment, so it only goes with them (answers are given now).
 */
export async function runReview(options: ReviewOptions, ctx: CommandContext): Promise<number> {
  if (options.cram !== undefined && options.missed !== undefined) {
    throw new UsageError("error.review.cram-missed");
  }
  const showOnly = Boolean(options.list || options.json);
  if (options.at !== undefined && !showOnly) {
    throw new UsageError("error.review.at-alone");
  }
  const lang = uiLanguage(options.lang, ctx);
  const clock = clockFrom(ctx.env);
  const now = options.at === undefined ? new Date(clock()) : parseAt(options.at);
  const most = options.count === undefined ? undefined : positive("--count", options.count);
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
    count: most,
    seed,
    lang: questionLang,
  } as const;
  const store = openStore(ctx);
  const review = selectReview(request, store, ctx);
  const listing = review.listing;
  const text = (l: typeof listing) =>
    renderReview(l, { lang, columns: outputColumns(ctx), minuteOf: localMinute });

  if (options.json) {
    ctx.stdout.write(`${safeJson(listing)}\n`);
    return 0;
  }
  // Nothing to ask: the listing says so, and when the next review falls due.
  if (options.list || listing.questions.length === 0) {
    ctx.stdout.write(text(listing));
    return 0;
  }
  const setup = reviewQuiz(review, request, store, lang);
  const interactive = Boolean(ctx.stdin.isTTY && ctx.stdout.isTTY);
  let code = 0;
  if (interactive && !options.plain) {
    const { runReviewTui } = await import("../../ui/run-review.js");
    code = await runReviewTui(setup, ctx, store);
  } else if (interactive) {
    const { runPromptMode } = await import("../../play/prompt-mode.js");
    code = (await runPromptMode(setup, ctx, store, clock)) === "left" ? 130 : 0;
  } else {
    await runLineMode(
      setup,
      { input: ctx.stdin, output: ctx.stdout, echo: !ctx.stdin.isTTY, now: clock },
      store,
    );
  }
  // What comes next, from the schedule as the answers just given left it.
  const next = nextDue(store.schedule(), new Date(clock()));
  const lines: string[] = [];
  if (review.plan.later > 0) {
    lines.push(
      msg(lang, "review.later", { facts: msg(lang, "n.facts", { n: review.plan.later }) }),
    );
  }
  if (next) lines.push(msg(lang, "review.next", { date: localMinute(next) }));
  if (lines.length > 0) ctx.stdout.write(`\n${lines.join("\n")}\n`);
  return code;
}

/** `--at`: a date and time (local unless it names a zone), or a day, meaning the end of it. */
function parseAt(text: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const at = day
    ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59, 999)
    : new Date(text);
  if (Number.isNaN(at.getTime()) || (day && localDay(at) !== text)) {
    throw new UsageError("error.review.at-date", { text });
  }
  return at;
}

function positive(flag: string, text: string, min = 1): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError("error.whole-number", { flag, text, min });
  }
  return n;
}
