import type { Language } from "../facts/model.js";
import { cleanArticle } from "../text/clean.js";
import { foldAligned } from "../text/fold.js";
import { splitSentences } from "../text/sentences.js";
import type { LanguageConfig } from "./config.js";
import { articleLanguage, publishedFromLines } from "./meta.js";
import { readDates } from "./shared/dates.js";
import type { ArticleState, Locale } from "./state.js";
import type { ArticleFacts, ArticleInput, SentenceUnit, Span } from "./types.js";

/** One empty list shared by every sentence without a quotation. */
const NO_SPANS: Span[] = [];

const QUESTION = /\?[\s»"”)]*$/;

/** The sentences of an article's paragraphs, headings left out: a heading asserts nothing. */
export function articleSentences(
  paragraphs: readonly { text: string; heading: boolean }[],
  cfg: LanguageConfig,
): SentenceUnit[] {
  const out: SentenceUnit[] = [];
  paragraphs.forEach((p, paragraph) => {
    if (p.heading) return;
    for (const s of splitSentences(p.text, cfg.lang)) {
      out.push({
        text: s.text,
        folded: foldAligned(s.text),
        index: out.length,
        paragraph,
        start: s.start,
        question: QUESTION.test(s.text),
      });
    }
  });
  return out;
}

/**
 * Reads one article: cleans it, splits it into sentences, then runs its language's pipeline of
 * parsers and refiners (entities, quotations, dates, events, figures…), each fact with the rule
 * family that read it. Not yet calibrated nor merged (see `extractArticle`). Pure and total:
 * any text gives a result.
 */
export function readArticle(
  input: ArticleInput,
  localeFor: (lang: Language) => Locale,
): ArticleFacts {
  const cleaned = cleanArticle(input.text);
  const body = cleaned.paragraphs.map((p) => p.text).join("\n");
  const lang = articleLanguage(input.meta, body);
  const { config: cfg, pipeline } = localeFor(lang);
  const meta = { ...input.meta, lang };
  if (!meta.title && cleaned.title) meta.title = cleaned.title;
  if (!meta.author && cleaned.author) meta.author = cleaned.author;
  if (!meta.published) {
    const published = publishedFromLines(cleaned.metaLines);
    if (published) meta.published = published;
  }
  const sentences = articleSentences(cleaned.paragraphs, cfg);
  const reference = meta.published ?? latestFullDate(sentences, cleaned.captions, cfg);
  const state: ArticleState = {
    cfg,
    ...(reference ? { reference } : {}),
    paragraphs: cleaned.paragraphs.map((p) => p.text),
    sentences,
    entities: new Map(),
    mentions: sentences.map(() => []),
    paragraphQuotes: [],
    quotes: sentences.map(() => NO_SPANS),
    dates: sentences.map(() => []),
    speakers: new Map(),
    facts: {
      lang,
      meta,
      ...(reference ? { reference } : {}),
      entities: [],
      events: [],
      claims: [],
      quotes: [],
    },
  };
  for (const stage of pipeline) stage.run(state);
  state.facts.entities = [...state.entities.values()];
  return state.facts;
}

/** With no publication date, the latest full date the article prints stands for it. */
function latestFullDate(
  sentences: readonly SentenceUnit[],
  captions: readonly string[],
  cfg: LanguageConfig,
): string | undefined {
  let latest: string | undefined;
  const units = [
    ...sentences,
    ...captions.map((text, i) => ({
      text,
      folded: foldAligned(text),
      index: -1 - i,
      paragraph: -1,
      start: 0,
      question: false,
    })),
  ];
  for (const s of units) {
    for (const d of readDates(s, undefined, cfg.dates)) {
      if (d.date.length === 10 && (!latest || d.date > latest)) latest = d.date;
    }
  }
  return latest;
}
