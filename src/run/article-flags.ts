import { normaliseDate } from "../core/extract/meta.js";
import type { ArticleMeta } from "../core/extract/types.js";
import { UsageError } from "../errors.js";
import { DEFAULT_FETCH_LIMITS } from "../io/fetch-url.js";

/** Flags shared by `add` and `facts` on articles: dates and languages checked once, here. */
export function articleFlags(options: { published?: string; lang?: "fr" | "en" }): ArticleMeta {
  const flags: ArticleMeta = {};
  if (options.published !== undefined) {
    const date = normaliseDate(options.published);
    if (!date)
      throw new UsageError(
        `--published "${options.published}": expected a date such as 2023-11-21`,
      );
    flags.published = date;
  }
  if (options.lang) flags.lang = options.lang;
  return flags;
}

/** `--timeout SECONDS` as the limits of a download; refused past ten minutes. */
export function fetchLimits(timeout: string | undefined) {
  if (timeout === undefined) return DEFAULT_FETCH_LIMITS;
  const seconds = Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new UsageError(`--timeout "${timeout}": expected a number of seconds between 0 and 600`);
  }
  return { ...DEFAULT_FETCH_LIMITS, timeoutMs: Math.round(seconds * 1000) };
}
