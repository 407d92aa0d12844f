import type { CommandContext } from "../context.js";
import type { Pack } from "../core/facts/model.js";
import type { Language } from "../core/i18n/language.js";
import { UsageError } from "../errors.js";
import { isArticleRef } from "../io/article-ref.js";
import { loadPack } from "../io/packs.js";

/** Flags that describe articles given on the command line. */
export interface ArticleInputOptions {
  published?: string;
  /** Language of the articles (facts), when the command's own --lang means something else. */
  articleLang?: Language;
  timeout?: string;
}

/**
 * The pack a command works on: one pack named by id or path, or the facts extracted from article
 * files and URLs (`summary FILES`, `questions FILES`, `facts FILES`). Mixing both is a usage error.
 */
export async function packFromInputs(
  refs: readonly string[],
  options: ArticleInputOptions,
  ctx: CommandContext,
): Promise<Pack> {
  const articles = refs.filter((ref) => isArticleRef(ref, ctx.cwd));
  if (articles.length === 0 && refs.length === 1) {
    if (options.published !== undefined || options.articleLang !== undefined) {
      throw new UsageError("error.published-for-articles");
    }
    return loadPack(refs[0]!, ctx.cwd, ctx.env).pack;
  }
  const packs = refs.filter((ref) => !articles.includes(ref));
  if (packs.length > 0) {
    throw new UsageError("error.not-an-article", { ref: packs[0]! });
  }
  const { articleFlags, fetchLimits } = await import("./article-flags.js");
  const { packFromArticles } = await import("../io/articles.js");
  const flags = articleFlags({
    ...(options.published !== undefined ? { published: options.published } : {}),
    ...(options.articleLang ? { lang: options.articleLang } : {}),
  });
  return packFromArticles(refs, flags, ctx.cwd, fetchLimits(options.timeout));
}
