import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** What an HTML page says about itself, next to its readable text. */
export interface HtmlArticle {
  text: string;
  title?: string;
  author?: string;
  outlet?: string;
  /** The publication date as the page states it in its metadata (ISO or free text). */
  published?: string;
  lang?: string;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";

type Doc = ReturnType<typeof parseHTML>["document"];
type Element = { querySelector(s: string): unknown; textContent: string | null };

function meta(document: Doc, ...names: string[]): string | undefined {
  for (const name of names) {
    const el =
      document.querySelector(`meta[property="${name}"]`) ??
      document.querySelector(`meta[name="${name}"]`) ??
      document.querySelector(`meta[itemprop="${name}"]`);
    const content = el?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
}

/**
 * The article of an HTML page: Readability picks the main content (dropping menus, sidebars and
 * comment widgets it recognises), then each block becomes a paragraph. Metadata comes from the
 * usual meta tags (Open Graph, article:published_time, <time datetime>), then from Readability.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const doc = parseHTML(html).document;
  const published =
    meta(doc, "article:published_time", "datePublished", "date", "dc.date", "DC.date.issued") ??
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
    undefined;
  const lang = doc.documentElement?.getAttribute("lang") ?? undefined;
  const outlet = meta(doc, "og:site_name", "application-name");
  const metaTitle = meta(doc, "og:title", "twitter:title");
  const metaAuthor = meta(doc, "author", "article:author");
  let article: ReturnType<Readability["parse"]> = null;
  try {
    // Readability is typed against the browser DOM, which linkedom implements for this use.
    article = new Readability(doc as never, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const container = article?.content
    ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document
    : doc;
  const paragraphs: string[] = [];
  const blocks = Array.from(container.querySelectorAll(BLOCKS)) as Element[];
  for (const el of blocks) {
    // Nested blocks (a p inside a blockquote) are read once, from the innermost.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const text = (container.body?.textContent ?? "").replace(/[ \t]+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  const title = metaTitle ?? article?.title ?? doc.querySelector("title")?.textContent?.trim();
  const author = metaAuthor ?? article?.byline ?? undefined;
  return {
    text: paragraphs.join("\n\n"),
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...((outlet ?? article?.siteName) ? { outlet: (outlet ?? article?.siteName)! } : {}),
    ...(published ? { published } : {}),
    ...(lang ? { lang } : {}),
  };
}
