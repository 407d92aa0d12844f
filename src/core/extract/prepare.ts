import { splitFrontMatter } from "../text/front-matter.js";
import type { HtmlArticle } from "../text/html.js";
import { markdownToText } from "../text/markdown.js";
import { languageOf, metaFromFrontMatter, normaliseDate } from "./meta.js";
import type { ArticleInput, ArticleMeta } from "./types.js";

/** How an article file is written. */
export type ArticleFormat = "text" | "markdown" | "html";

/**
 * An article ready to read: plain text and metadata, from text or Markdown (with front matter)
 * or from an HTML page already reduced by Readability. What the user gave on the command line
 * (`flags`) wins over what the file says, which wins over what the extractor finds in the text.
 */
export function prepareArticle(
  raw: string,
  format: ArticleFormat,
  flags: ArticleMeta,
  html?: HtmlArticle,
): ArticleInput {
  if (format === "html" && html) {
    const meta: ArticleMeta = {};
    if (html.title) meta.title = html.title;
    if (html.author) meta.author = html.author;
    if (html.outlet) meta.outlet = html.outlet;
    const published = html.published ? normaliseDate(html.published) : undefined;
    if (published) meta.published = published;
    const lang = languageOf(html.lang);
    if (lang) meta.lang = lang;
    return { text: html.text, meta: { ...meta, ...defined(flags) } };
  }
  const { data, body } = splitFrontMatter(raw);
  const text = format === "markdown" ? markdownToText(body) : body;
  return { text, meta: { ...metaFromFrontMatter(data), ...defined(flags) } };
}

/** The format of an article from its file name, then from its first bytes. */
export function formatOf(name: string, text: string): ArticleFormat {
  const lower = name.toLowerCase();
  if (/\.(?:html?|xhtml)$/.test(lower)) return "html";
  if (/\.(?:md|markdown|mdown|mkd)$/.test(lower)) return "markdown";
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 500))) return "html";
  return "text";
}

function defined(meta: ArticleMeta): ArticleMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as ArticleMeta;
}
