import { existsSync, statSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import type { CommandContext } from "../context.js";
import { factsJson } from "../core/facts/json.js";
import { renderFactsListing } from "../core/facts/listing.js";
import { UsageError } from "../errors.js";
import { isUrl } from "../io/articles.js";
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
  const articles = refs.filter((ref) => isArticle(ref, ctx.cwd));
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
  const { readArticleSource, toArticleInput } = await import("../io/articles.js");
  const { extractPack } = await import("../core/extract/index.js");
  const flags = articleFlags(options);
  const limits = fetchLimits(options.timeout);
  const inputs = [];
  for (const ref of refs) {
    const source = await readArticleSource(ref, ctx.cwd, limits);
    const input = await toArticleInput(source, flags);
    // The file names the source in the listing (« 000-b1ab5 ») when the article has no outlet.
    inputs.push(source.url ? input : { ...input, meta: { ...input.meta, file: ref } });
  }
  print(extractPack(inputs, { id: "articles" }), options, ctx);
  return 0;
}

function print(
  pack: Parameters<typeof factsJson>[0],
  options: FactsOptions,
  ctx: CommandContext,
): void {
  if (options.json) ctx.stdout.write(`${JSON.stringify(factsJson(pack), null, 2)}\n`);
  else ctx.stdout.write(renderFactsListing(pack));
}

/** An article to read rather than a pack: a URL, or a file that is not a pack's YAML. */
function isArticle(ref: string, cwd: string): boolean {
  if (isUrl(ref)) return true;
  const path = resolve(cwd, ref);
  if (!existsSync(path) || statSync(path).isDirectory()) return false;
  return basename(path) !== "pack.yaml" && ![".yaml", ".yml"].includes(extname(path).toLowerCase());
}
