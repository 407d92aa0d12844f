import type { CommandContext } from "../context.js";
import { factsJson } from "../core/facts/json.js";
import { renderFactsListing } from "../core/facts/listing.js";
import { safeJson } from "../core/text/inert.js";
import { UsageError } from "../errors.js";
import { isArticleRef } from "../io/article-ref.js";
import { loadPack } from "../io/packs.js";

export interface FactsOptions {
  json?: boolean;
  published?: string;
  lang?: "fr" | "en";
  timeout?: string;
}

/**
 * `newsquiz facts PACK` or `newsquiz facts FILE|URL...`: the facts of a pack, or those extracted
 * from articles (text, Markdown, HTML, or a page to download), as a listing or as JSON.
 */
export async function runFacts(
  refs: readonly string[],
  options: FactsOptions,
  ctx: CommandContext,
): Promise<number> {
  const articles = refs.filter((ref) => isArticleRef(ref, ctx.cwd));
  if (articles.length === 0 && refs.length === 1) {
    if (options.published !== undefined || options.lang !== undefined) {
      throw new UsageError("--published and --lang apply to article files, not to a pack");
    }
    const { pack } = loadPack(refs[0]!, ctx.cwd, ctx.env);
    print(pack, options, ctx);
    return 0;
  }
  const packs = refs.filter((ref) => !articles.includes(ref));
  if (packs.length > 0) {
    throw new UsageError(
      `${packs[0]}: not an article file; expected article files or URLs (text, Markdown, HTML), or a single pack`,
    );
  }
  const { articleFlags, fetchLimits } = await import("./add.js");
  const { packFromArticles } = await import("../io/articles.js");
  const flags = articleFlags(options);
  print(await packFromArticles(refs, flags, ctx.cwd, fetchLimits(options.timeout)), options, ctx);
  return 0;
}

function print(
  pack: Parameters<typeof factsJson>[0],
  options: FactsOptions,
  ctx: CommandContext,
): void {
  if (options.json) ctx.stdout.write(`${safeJson(factsJson(pack))}\n`);
  else ctx.stdout.write(renderFactsListing(pack));
}
