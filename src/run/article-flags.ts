import { normaliseDate } from "../core/extract/meta.js";
import type { ArticleMeta } from "../core/extract/types.js";
import type { Language } from "../core/i18n/language.js";
import { UsageError } from "../errors.js";
import { DEFAULT_FETCH_LIMITS } from "../io/fetch-url.js";

/** Flags shared by `add` and `facts` on articles: dates and languages checked once, here. */
export function articleFlags(options: { published?: string; lang?: Language }): ArticleMeta {
  const flags: ArticleMeta = {};
  if (options.published !== undefined) {
    const date = normaliseDate(options.published);
    if (!date) throw new UsageError("error.published", { value: options.published });
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
    throw new UsageError("error.timeout", { value: timeout });
  }
  return { ...DEFAULT_FETCH_LIMITS, timeoutMs: Math.round(seconds * 1000) };
}
