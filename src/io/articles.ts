import { basename, resolve } from "node:path";
import type { ArticleFormat } from "../core/extract/prepare.js";
import { formatOf, prepareArticle } from "../core/extract/prepare.js";
import type { ArticleInput, ArticleMeta } from "../core/extract/types.js";
import type { Pack } from "../core/facts/model.js";
import { UserError } from "../errors.js";
import { isUrl } from "./article-ref.js";
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchPage } from "./fetch-url.js";
import { displayPath } from "./packs.js";
import { readTextFile } from "./read-text.js";

/** Largest article file read: a long feature is 100 KB; 5 MB is far past any article. */
export const MAX_ARTICLE_BYTES = 5_000_000;

/** An article as given on the command line: its raw text, format, and a name for a copy of it. */
export interface ArticleSource {
  /** What the user typed: a path or a URL. */
  ref: string;
  raw: string;
  format: ArticleFormat;
  /** A file name for the copy kept in a pack: « tribune.html », « example.com-actu.html ». */
  name: string;
  url?: string;
}

/** Reads an article file or downloads an article page; a UserError says which and why not. */
export async function readArticleSource(
  ref: string,
  cwd: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<ArticleSource> {
  if (isUrl(ref)) {
    const page = await fetchPage(ref, limits);
    const format: ArticleFormat = page.contentType.includes("html")
      ? "html"
      : page.contentType.includes("markdown")
        ? "markdown"
        : "text";
    return { ref, raw: page.text, format, name: nameFromUrl(page.url, format), url: page.url };
  }
  const path = resolve(cwd, ref);
  const raw = readTextFile(path, displayPath(path, cwd), MAX_ARTICLE_BYTES);
  return { ref, raw, format: formatOf(path, raw), name: basename(path) };
}

/** The article ready for extraction; HTML goes through Readability, loaded only when needed. */
export async function toArticleInput(
  source: ArticleSource,
  flags: ArticleMeta,
): Promise<ArticleInput> {
  const meta = { ...(source.url ? { url: source.url } : {}), ...flags };
  if (source.format === "html") {
    const { htmlToArticle } = await import("../core/text/html.js");
    const html = htmlToArticle(source.raw);
    if (!html.text.trim()) throw new UserError("error.no-article-text", { ref: source.ref });
    return prepareArticle(source.raw, "html", meta, html);
  }
  return prepareArticle(source.raw, source.format, meta);
}

function nameFromUrl(url: string, format: ArticleFormat): string {
  const u = new URL(url);
  const last = u.pathname.split("/").filter(Boolean).pop() ?? "index";
  const stem = `${u.hostname}-${last}`
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .replace(/[^a-zA-Z0-9._-]+/g, "-");
  const ext = format === "html" ? ".html" : format === "markdown" ? ".md" : ".txt";
  return `${stem.slice(0, 80)}${ext}`;
}

/**
 * The pack read from article files or URLs, as `facts`, `summary` and `questions` show it for
 * FILES: each article extracted, facts merged across them. A file's path names its source.
 */
export async function packFromArticles(
  refs: readonly string[],
  flags: ArticleMeta,
  cwd: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<Pack> {
  const { extractPack } = await import("../core/extract/index.js");
  const inputs: ArticleInput[] = [];
  for (const ref of refs) {
    const source = await readArticleSource(ref, cwd, limits);
    const input = await toArticleInput(source, flags);
    inputs.push(source.url ? input : { ...input, meta: { ...input.meta, file: ref } });
  }
  return extractPack(inputs, { id: "articles" });
}
