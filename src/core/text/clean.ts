import { CLEAN_RULES, type CleanRule, REPLY_LINE } from "./boilerplate.js";
import { inert } from "./inert.js";

/** One paragraph of article text; headings are kept apart because they are not sentences. */
export interface CleanParagraph {
  text: string;
  heading: boolean;
}

/** The article once boilerplate and comments are gone, with what was dropped and why. */
export interface CleanedArticle {
  title?: string;
  /** Byline and date lines (« Par X, publié le 21 novembre 2023 »), for the metadata readers. */
  metaLines: string[];
  /** Author named on a byline line of its own (« Nicolas Furno | »). */
  author?: string;
  paragraphs: CleanParagraph[];
  /** Captions, dropped from the text but still a hint of when the article was written. */
  captions: string[];
  dropped: { text: string; reason: string }[];
}

// Below this much kept text, a footer rule only drops its own line: a cookie banner or an account
// menu at the top of a page must not swallow the article that follows it.
const MIN_TEXT_BEFORE_FOOTER = 200;
const MAX_HEADING_LENGTH = 120;
const MAX_TITLE_LENGTH = 200;
const BYLINE = /^(?:par|by)(?![\p{L}])[^\n]{0,120}$/iu;
const PUBLISHED = /(?<![\p{L}])(?:publié|publiée|mis à jour|published|updated|posted)(?![\p{L}])/iu;
const AUTHOR_LINE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})\s*\|\s*$/u;
// A paragraph that opens with a few words and a spaced dash (« Plan B – Dimanche, ... ») has a
// run-in heading; it is a label, not the first words of the sentence.
const RUN_IN_HEADING = /^[^\s–—-][^.!–—\n]{0,48}?\s[–—]\s+(?=[\p{Lu}«“"])/u;
const SENTENCE_END = /[.!?:;»"”…)\]]$/;
const LIST_ITEM = /^[–—•*-]\s/;

/**
 * Splits raw article text into paragraphs and drops what is not the article: menus, links to
 * other articles, captions, footers and reader comments (from the first comment header on).
 * Never throws; a text with nothing to drop comes back as its paragraphs.
 */
export function cleanArticle(raw: string): CleanedArticle {
  const lines = inert(raw).split("\n");
  const out: CleanedArticle = { metaLines: [], paragraphs: [], captions: [], dropped: [] };
  let kept = 0;
  let skipList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+/g, " ").trim();
    if (line === "") {
      skipList = false;
      continue;
    }
    if (skipList && LIST_ITEM.test(line)) {
      out.dropped.push({ text: line, reason: "item of a list of links to other articles" });
      continue;
    }
    skipList = false;
    const rule = matchRule(line);
    if (rule) {
      if (rule.action === "rest" && (kept >= MIN_TEXT_BEFORE_FOOTER || rule.always)) {
        const rest = lines.slice(i).join("\n").trim();
        out.dropped.push({ text: rest, reason: rule.reason });
        break;
      }
      if (/caption/.test(rule.reason)) out.captions.push(line);
      out.dropped.push({ text: line, reason: rule.reason });
      if (rule.action === "line-and-list") skipList = true;
      continue;
    }
    if (REPLY_LINE.test(line)) {
      out.dropped.push({ text: line, reason: "reply to another reader (« @name »)" });
      continue;
    }
    if (kept === 0 && BYLINE.test(line) && (PUBLISHED.test(line) || line.length < 60)) {
      out.metaLines.push(line);
      out.dropped.push({ text: line, reason: "byline" });
      continue;
    }
    const author = kept < MIN_TEXT_BEFORE_FOOTER ? AUTHOR_LINE.exec(line) : null;
    if (author) {
      out.author ??= author[1];
      out.dropped.push({ text: line, reason: "byline (« Name | »)" });
      continue;
    }
    if (kept < MIN_TEXT_BEFORE_FOOTER && PUBLISHED.test(line) && line.length < 80) {
      out.metaLines.push(line);
      out.dropped.push({ text: line, reason: "date line" });
      continue;
    }
    const text = line.replace(RUN_IN_HEADING, "");
    // The article's last line, left without its period ("X has 38,000 stores in 100 countries,
    // including 14,000 in the US"), is no heading: headings are short and rarely hold a comma,
    // nor a sentence ended inside them (« …les critiques. C'est ce que j'ai dit hier au »).
    const sentenceLike =
      lines.slice(i + 1).every((l) => l.trim() === "") &&
      (text.includes(", ") || /[.!?…]["»”]?\s+["«“]?\p{Lu}/u.test(text)) &&
      text.split(/\s+/).length >= 10;

    const heading = text.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(text) && !sentenceLike;
    // A title stands alone above the text: short, not ended like a sentence, a blank line after
    // it and more text below.
    const isTitle =
      out.title === undefined &&
      kept === 0 &&
      out.paragraphs.length === 0 &&
      line.length <= MAX_TITLE_LENGTH &&
      !/[.!…][\s»"”)]*$/.test(line) &&
      (lines[i + 1] ?? "x").trim() === "" &&
      lines.slice(i + 1).some((l) => l.trim() !== "");
    if (isTitle) {
      out.title = line;
      continue;
    }
    if (out.title !== undefined && out.paragraphs.length === 0 && sameText(line, out.title)) {
      out.dropped.push({ text: line, reason: "title repeated under the breadcrumb" });
      continue;
    }
    out.paragraphs.push({ text, heading });
    if (!heading) kept += text.length;
  }
  if (out.title === undefined) {
    const crumb = out.dropped.find((d) => /breadcrumb/.test(d.reason));
    const title = crumb?.text.split(/[»>›]/).pop()?.trim();
    if (title) out.title = title;
  }
  return out;
}

function matchRule(line: string): CleanRule | undefined {
  for (const rule of CLEAN_RULES) if (rule.match.test(line)) return rule;
  return undefined;
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\W+/g, "").toLowerCase() === b.replace(/\W+/g, "").toLowerCase();
}
