import * as chrono from "chrono-node";
import { parsePartialDate } from "../facts/dates.js";
import type { Language } from "../facts/model.js";
import { LANGUAGES } from "../i18n/language.js";
import { detectLanguage } from "../text/language.js";
import type { ArticleMeta } from "./types.js";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const PUBLISHED =
  /(?:publié|publiée|publie|mis à jour|mise à jour|published|updated|posted)\s+(?:le\s+|on\s+)?([^|\n]{4,60})/i;

/**
 * A publication date as YYYY-MM-DD from what a page or a flag says: ISO (« 2023-11-21T08:00Z »),
 * French or English words (« 21 novembre 2023 », « November 21, 2023 »), or « 21/11/2023 ».
 * Only a date with its year is accepted: a publication date anchors every other date.
 */
export function normaliseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = ISO_DAY.exec(trimmed);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return parsePartialDate(date) ? date : undefined;
  }
  if (!/\b\d{4}\b/.test(trimmed)) return undefined;
  for (const parser of [chrono.fr, chrono.en]) {
    const result = parser.parse(trimmed, {
      instant: new Date(Date.UTC(2000, 0, 1, 12)),
      timezone: 0,
    })[0];
    if (result?.start.isCertain("day") && result.start.isCertain("year")) {
      const y = result.start.get("year")!;
      const m = String(result.start.get("month")!).padStart(2, "0");
      const d = String(result.start.get("day")!).padStart(2, "0");
      const date = `${y}-${m}-${d}`;
      if (parsePartialDate(date)) return date;
    }
  }
  return undefined;
}

/** « Par X, publié le 21 novembre 2023 »: the date on a byline or date line, if any. */
export function publishedFromLines(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = PUBLISHED.exec(line);
    const date = m ? normaliseDate(m[1]!) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** « fr-FR » or « French » as a language code newsquiz reads, or undefined. */
export function languageOf(text: string | undefined): Language | undefined {
  const code = text?.trim().toLowerCase().slice(0, 2);
  return LANGUAGES.find((lang) => lang === code);
}

/**
 * The article's language: the one given, else the one its words show, else the first newsquiz
 * speaks (French), as a pack of no majority is (build.ts).
 */
export function articleLanguage(meta: ArticleMeta, text: string): Language {
  return meta.lang ?? detectLanguage(text)?.lang ?? LANGUAGES[0];
}

/** Metadata from front matter: common keys of static-site generators and note apps. */
export function metaFromFrontMatter(data: Record<string, unknown>): ArticleMeta {
  const str = (...keys: string[]) => {
    for (const key of keys) {
      const v = data[key];
      if (typeof v === "string" && v.trim()) return v.trim();
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
    }
    return undefined;
  };
  const published = str("published", "date", "pubDate", "publishDate", "created");
  const lang = languageOf(str("lang", "language", "locale"));
  const meta: ArticleMeta = {};
  const title = str("title");
  const outlet = str("outlet", "site", "source", "publication", "publisher");
  const author = str("author", "by", "byline");
  const url = str("url", "link", "canonical", "source_url");
  if (title) meta.title = title;
  if (outlet) meta.outlet = outlet;
  if (author) meta.author = author;
  const date = published ? normaliseDate(published) : undefined;
  if (date) meta.published = date;
  if (lang) meta.lang = lang;
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  return meta;
}
